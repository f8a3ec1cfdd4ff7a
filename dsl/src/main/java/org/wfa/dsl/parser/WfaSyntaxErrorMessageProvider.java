package org.wfa.dsl.parser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.rules.Suggestions;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.services.WfaGrammarAccess;
import org.wfa.dsl.wfa.WfaPackage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Rewords the parser's errors for people who are not programmers: what was found, where,
 * what was expected, and the keyword that was probably meant when a word is misspelt.
 */
@Singleton
public class WfaSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);

    private final List<String> keywords;

    @Inject
    public WfaSyntaxErrorMessageProvider(WfaGrammarAccess grammarAccess) {
        Set<String> words = new TreeSet<>();
        for (Keyword keyword : GrammarUtil.containedKeywords(grammarAccess.getGrammar())) {
            if (Character.isLetter(keyword.getValue().charAt(0))) {
                words.add(keyword.getValue());
            }
        }
        keywords = List.copyOf(words);
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        String defaultMessage = context.getDefaultMessage();
        RecognitionException exception = context.getRecognitionException();
        Token token = exception != null ? exception.token : null;
        String where = describe(context.getCurrentContext());
        String message;
        if (token != null && token.getType() == Token.EOF) {
            message = "Unexpected end of file" + where + ": expected " + expectation(defaultMessage)
                    + " (is a closing '}' missing?).";
        } else {
            message = reword(defaultMessage, where);
            String text = token == null ? null : token.getText();
            if (text != null && !text.isEmpty() && Character.isLetter(text.charAt(0))) {
                List<String> close = Suggestions.closestWords(text, keywords);
                if (!close.isEmpty() && !keywords.contains(text)) {
                    message = "Unknown word '" + text + "'" + where + ": did you mean the keyword '" + close.get(0)
                            + "'?";
                }
            }
        }
        return new SyntaxErrorMessage(message, WfaIssueCodes.SYNTAX_ERROR);
    }

    private static final Map<String, String> TOKEN_NAMES = Map.of(
            "RULE_ID", "a name", "RULE_STRING", "a quoted text", "RULE_INT", "a whole number", "EOF", "end of file");

    private static String reword(String rawMessage, String where) {
        if (rawMessage == null) {
            return "Syntax error" + where + ".";
        }
        String message = rawMessage;
        for (Map.Entry<String, String> token : TOKEN_NAMES.entrySet()) {
            if (!token.getKey().equals("EOF")) {
                message = message.replace(token.getKey(), token.getValue());
            }
        }
        Matcher m = MISMATCHED.matcher(message);
        if (m.matches()) {
            return "Unexpected '" + m.group(1) + "'" + where + ": expected " + m.group(2) + ".";
        }
        m = MISSING.matcher(message);
        if (m.matches() && "EOF".equals(m.group(1))) {
            return "Unexpected '" + m.group(2) + "' after the end of the file's last element: expected nothing more"
                    + " (does a '}' close a block too early?).";
        }
        if (m.matches()) {
            return "Missing " + m.group(1) + " before '" + m.group(2) + "'" + where + ".";
        }
        m = EXTRANEOUS.matcher(message);
        if (m.matches()) {
            return "Unexpected '" + m.group(1) + "'" + where + ": expected " + m.group(2) + ".";
        }
        m = NO_VIABLE.matcher(message);
        if (m.matches()) {
            return "Unexpected '" + m.group(1) + "'" + where + ".";
        }
        return message;
    }

    private static String expectation(String message) {
        if (message != null) {
            Matcher m = MISMATCHED.matcher(message);
            if (m.matches()) {
                return TOKEN_NAMES.getOrDefault(m.group(2), m.group(2));
            }
        }
        return "more text";
    }

    /** " in stage 'Review'", naming the element being parsed where it is known. */
    private static String describe(EObject element) {
        if (element == null
                || element.eClass().getEPackage() != WfaPackage.eINSTANCE
                || element.eClass() == WfaPackage.Literals.MODEL) {
            return "";
        }
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        return " in " + WfaKinds.name(element.eClass()) + (value == null ? "" : " '" + value + "'");
    }
}

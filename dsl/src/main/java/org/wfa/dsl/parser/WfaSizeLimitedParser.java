package org.wfa.dsl.parser;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

import org.antlr.runtime.ANTLRStringStream;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.wfa.dsl.parser.antlr.WfaParser;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.workspace.WfaSources;

/**
 * The parser of the language server: a text over {@link WfaSources#MAX_EDITOR_BYTES} (UTF-8) is
 * not parsed. It gets an empty model and one syntax error on its first line that says why, so
 * that the editor shows one clear problem instead of a server busy for a minute per keystroke.
 * A text nested too deeply to parse even on the server's deep stack is refused the same way.
 */
public class WfaSizeLimitedParser extends WfaParser {

    @Override
    public IParseResult doParse(Reader reader) {
        CharArrayWriter text = new CharArrayWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new WrappedException(e);
        }
        char[] chars = text.toCharArray();
        long bytes = utf8Length(chars);
        if (bytes > WfaSources.MAX_EDITOR_BYTES) {
            return refused(new String(chars), tooLarge(bytes));
        }
        try {
            return parse(getDefaultRuleName(), new ANTLRStringStream(chars, chars.length));
        } catch (RuntimeException | StackOverflowError e) {
            // Deeper than even the server's deep stack: one error, as 'wfa check' gives, not a failed build.
            if (WfaDeepStack.overflowed(e)) {
                return refused(new String(chars), WfaDeepStack.TOO_DEEP);
            }
            throw e;
        }
    }

    /**
     * Every version is parsed whole (the server loads each anew anyway), so that a text that grows
     * past the limit is refused too.
     */
    @Override
    protected boolean isReparseSupported() {
        return false;
    }

    /** Whether the parse result stands for a text refused (too large, or nested too deeply). */
    public static boolean isRefused(IParseResult result) {
        if (result == null || result.getRootASTElement() != null) {
            return false;
        }
        for (INode error : result.getSyntaxErrors()) {
            if (WfaIssueData.decode(error.getSyntaxErrorMessage().getIssueData())
                    .refused()) {
                return true;
            }
        }
        return false;
    }

    private static String tooLarge(long bytes) {
        return String.format(
                Locale.ROOT,
                "The document is too large to check while editing (%.1f MiB;"
                        + " the editor checks documents of up to %d MiB, 'wfa check' files of up to %d MiB):"
                        + " expected a hand-written .wfa file; split it into several files, or check it with 'wfa check'.",
                bytes / (1024.0 * 1024.0),
                WfaSources.MAX_EDITOR_BYTES / (1024 * 1024),
                WfaSources.MAX_FILE_BYTES / (1024 * 1024));
    }

    /** An empty model, the whole text in one hidden leaf, and one error on the first line. */
    private IParseResult refused(String text, String message) {
        NodeModelBuilder builder = createNodeModelBuilder();
        ICompositeNode root = builder.newRootNode(text);
        int firstLine = text.indexOf('\n');
        int errorLength = firstLine < 0 ? Math.min(text.length(), 1) : firstLine;
        builder.newLeafNode(
                0,
                errorLength,
                null,
                true,
                new SyntaxErrorMessage(message, WfaIssueCodes.SYNTAX_ERROR, WfaIssueData.REFUSED_DOCUMENT.encode()),
                root);
        if (errorLength < text.length()) {
            builder.newLeafNode(errorLength, text.length() - errorLength, null, true, null, root);
        }
        return new ParseResult(null, root, true);
    }

    private static long utf8Length(char[] chars) {
        long bytes = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

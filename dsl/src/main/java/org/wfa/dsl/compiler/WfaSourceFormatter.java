package org.wfa.dsl.compiler;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaInputException;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats whole .wfa files into their canonical layout (the formatter behind {@code wfa fmt}
 * and the language server's formatting).
 */
public class WfaSourceFormatter {

    /** The canonical layout's settings: not configurable, so every file in every repository looks the same. */
    public static final Map<String, String> PREFERENCES = Map.of(
            FormatterPreferenceKeys.indentation.getId(), "    ",
            FormatterPreferenceKeys.lineSeparator.getId(), "\n");

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccessBuilders;

    @Inject
    private Provider<FormatterRequest> requests;

    @Inject
    private IFormatter2 formatter;

    /**
     * The canonical form of a file.
     *
     * @throws WfaInputException if the file has a syntax error: formatting it could lose text
     */
    public String format(SourceFile source) throws WfaInputException {
        // Parsing and laying out recurse once per nesting level: on a worker's deep stack, as
        // the compiler parses, so that what 'wfa check' reads 'wfa fmt' formats too.
        Object result = WfaWorkers.onDeepStack(() -> {
            try {
                return formatHere(source);
            } catch (WfaInputException refused) {
                return refused;
            } catch (StackOverflowError e) {
                return new WfaInputException("'" + source.displayPath() + "' nests too deeply to be formatted");
            }
        });
        if (result instanceof WfaInputException refused) {
            throw refused;
        }
        return (String) result;
    }

    private String formatHere(SourceFile source) throws WfaInputException {
        XtextResource resource = WfaResources.load(resourceSets.get(), source);
        if (resource == null) {
            throw new WfaInputException("'" + source.displayPath() + "' nests too deeply to be formatted");
        }
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            INode first = resource.getParseResult() == null
                    ? null
                    : resource.getParseResult().getSyntaxErrors().iterator().next();
            String where = first == null ? "" : ":" + first.getStartLine();
            throw new WfaInputException("'" + source.displayPath() + where
                    + "' has syntax errors: fix them (see 'wfa check') before formatting");
        }
        if (source.text().isBlank()) {
            return "";
        }
        try {
            ITextRegionAccess access =
                    regionAccessBuilders.get().forNodeModel(resource).create();
            FormatterRequest request = requests.get();
            request.setTextRegionAccess(access);
            request.setPreferences(new MapBasedPreferenceValues(PREFERENCES));
            request.setAllowIdentityEdits(false);
            List<ITextReplacement> replacements = formatter.format(request);
            return access.getRewriter().renderToString(replacements);
        } catch (RuntimeException e) {
            // A single-valued block given twice (two 'data' blocks, say) leaves an element the
            // model no longer contains; Xtext's formatter cannot lay that out. The text stays as it is.
            throw new WfaInputException(
                    "'" + source.displayPath() + "' cannot be formatted while it has errors"
                            + " (such as a clause given twice): fix what 'wfa check' reports first",
                    e);
        }
    }
}

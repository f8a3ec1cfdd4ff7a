package org.wfa.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.wfa.dsl.compiler.WfaSourceFormatter;

/**
 * Formatting in the editor gives exactly what {@code wfa fmt} gives: the editor's tab size and
 * tab/space preference are ignored, because WFA's layout is canonical (one layout in every
 * repository, so diffs show only real changes).
 */
public class WfaFormattingService extends FormattingService {

    /** A document with no model (empty, or refused as too large) has nothing to format, in part or whole. */
    @Override
    public List<TextEdit> format(
            XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
        if (resource.getContents().isEmpty()) {
            return List.of();
        }
        return super.format(resource, document, offset, length, options);
    }

    /**
     * A document with syntax errors is left as it is, as {@code wfa fmt} leaves such a file: the
     * formatter could lose the text it cannot read (and Xtext's fails on some broken models).
     * Its diagnostics say what to fix.
     */
    @Override
    protected List<ITextReplacement> format2(
            XtextResource resource, ITextRegion region, ITypedPreferenceValues editorPreferences) {
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        return super.format2(resource, region, new MapBasedPreferenceValues(WfaSourceFormatter.PREFERENCES));
    }
}

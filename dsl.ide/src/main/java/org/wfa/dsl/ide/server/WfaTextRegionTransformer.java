package org.wfa.dsl.ide.server;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.ITextRegionTransformer;
import org.eclipse.xtext.util.ITextRegion;

/** The occurrences of an element as highlights, with positions found in logarithmic time ({@link WfaDocumentLines}). */
public class WfaTextRegionTransformer implements ITextRegionTransformer {

    @Override
    public DocumentHighlight apply(Document document, ITextRegion region, DocumentHighlightKind kind) {
        return new DocumentHighlight(new Range(WfaDocumentLines.position(document, region.getOffset()),
                WfaDocumentLines.position(document, region.getOffset() + region.getLength())), kind);
    }
}

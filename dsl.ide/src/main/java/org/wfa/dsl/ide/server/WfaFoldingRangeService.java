package org.wfa.dsl.ide.server;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.folding.FoldingRangeService;

import com.google.inject.Singleton;

/** Folding ranges with positions found in logarithmic time ({@link WfaDocumentLines}). */
@Singleton
public class WfaFoldingRangeService extends FoldingRangeService {

    @Override
    protected FoldingRange toFoldingRange(Document document, org.eclipse.xtext.ide.editor.folding.FoldingRange range) {
        Position start = WfaDocumentLines.position(document, range.getOffset());
        Position end = WfaDocumentLines.position(document, range.getOffset() + range.getLength());
        FoldingRange result = new FoldingRange(start.getLine(), end.getLine());
        if (range.getKind() != null) {
            result.setKind(range.getKind().toString());
        }
        return result;
    }
}

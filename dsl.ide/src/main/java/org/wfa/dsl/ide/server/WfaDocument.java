package org.wfa.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * An open document whose positions follow the LSP rule for positions out of range: a character
 * past the end of its line means the end of the line, a line past the end of the document the end
 * of the document. Xtext's document throws instead, so a client asking about a stale position
 * (a hover sent just before an edit lands, a completion after the text shrank) got an internal
 * error, shown to the user as a failed request.
 */
class WfaDocument extends Document {

    WfaDocument(Integer version, String contents) {
        super(version, contents);
    }

    static Document of(Document document) {
        return document == null || document instanceof WfaDocument ? document
                : new WfaDocument(document.getVersion(), document.getContents());
    }

    @Override
    public int getOffSet(Position position) {
        String text = getContents();
        int line = Math.max(0, position.getLine());
        int lineStart = 0;
        for (int i = 0; i < line; i++) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                return text.length();
            }
            lineStart = end + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.length();
        } else if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        return lineStart + Math.min(Math.max(0, position.getCharacter()), lineEnd - lineStart);
    }

    @Override
    public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
        return of(super.applyTextDocumentChanges(changes));
    }

    @Override
    public Document applyChanges(Iterable<? extends TextEdit> changes) {
        return of(super.applyChanges(changes));
    }
}

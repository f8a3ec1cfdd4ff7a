package org.wfa.dsl.ide.server;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * An open document that converts between offsets and positions through its line starts, found
 * once per version (a document is immutable; each change makes a new one). Xtext's document
 * differs in two ways that matter:
 * <ul>
 * <li>it walks the text from its start for every conversion, and folding, highlights and
 * formatting convert two offsets per range: time quadratic in the document, hours for a 20 MB
 * one, while every later edit waited (docs/reliability.md);</li>
 * <li>it throws for a position out of range, so a client asking about a stale position (a hover
 * sent just before an edit lands, a completion after the text shrank) got an internal error. LSP
 * says a character past the end of its line means the end of the line; here a line past the end
 * of the document means the end of the document too.</li>
 * </ul>
 */
class WfaDocument extends Document {

    /** Where each line starts: 0, then the offset after each '\n'. */
    private volatile int[] lineStarts;

    WfaDocument(Integer version, String contents) {
        super(version, contents);
    }

    static Document of(Document document) {
        return document == null || document instanceof WfaDocument
                ? document
                : new WfaDocument(document.getVersion(), document.getContents());
    }

    @Override
    public Position getPosition(int offset) {
        int length = getContents().length();
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException(offset + " is outside the document (length " + length + ")");
        }
        int[] starts = lineStarts();
        int found = Arrays.binarySearch(starts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new Position(line, offset - starts[line]);
    }

    @Override
    public int getOffSet(Position position) {
        String text = getContents();
        int[] starts = lineStarts();
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= starts.length) {
            return text.length();
        }
        int start = starts[line];
        int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return start + Math.min(Math.max(0, position.getCharacter()), end - start);
    }

    @Override
    public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
        return of(super.applyTextDocumentChanges(changes));
    }

    @Override
    public Document applyChanges(Iterable<? extends TextEdit> changes) {
        return of(super.applyChanges(changes));
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            String text = getContents();
            int lines = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            starts = new int[lines];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return starts;
    }
}

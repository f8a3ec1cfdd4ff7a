package org.wfa.dsl.ide.server;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;

/**
 * Positions of offsets in an open document by binary search over its line starts. Xtext's
 * {@link Document#getPosition(int)} walks the text from its start on every call, so a request that
 * converts one offset per element (folding, highlights, formatting edits) took time quadratic in
 * the document: hours for a 20 MB document, while every later edit waited (docs/reliability.md).
 */
public final class WfaDocumentLines {

    /** Documents are immutable (each version is a new one); keyed by identity, dropped with them. */
    private static final LoadingCache<Document, int[]> LINE_STARTS = CacheBuilder.newBuilder().weakKeys()
            .maximumSize(16).build(CacheLoader.from(WfaDocumentLines::lineStarts));

    private WfaDocumentLines() {
    }

    /** The position of the offset, as {@link Document#getPosition(int)} gives it (lines end at '\n'). */
    public static Position position(Document document, int offset) {
        int length = document.getContents().length();
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException(offset + " is outside the document (length " + length + ")");
        }
        int[] starts = LINE_STARTS.getUnchecked(document);
        int found = Arrays.binarySearch(starts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new Position(line, offset - starts[line]);
    }

    private static int[] lineStarts(Document document) {
        String text = document.getContents();
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}

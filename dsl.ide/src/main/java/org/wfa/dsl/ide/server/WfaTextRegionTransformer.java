package org.wfa.dsl.ide.server;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.ITextRegionTransformer;
import org.eclipse.xtext.util.ITextRegion;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.inject.Singleton;

/**
 * Highlights with positions from a {@link WfaDocument}. Xtext's highlight service does not use the
 * workspace's documents: it makes a plain one per request from the parsed text and converts every
 * highlight's offsets with it, walking the text from its start each time. That document is
 * wrapped once (by identity) and its positions found by binary search.
 */
@Singleton
public class WfaTextRegionTransformer implements ITextRegionTransformer {

    private final LoadingCache<Document, Document> wrapped =
            CacheBuilder.newBuilder().weakKeys().maximumSize(16).build(CacheLoader.from(WfaDocument::of));

    @Override
    public DocumentHighlight apply(Document document, ITextRegion region, DocumentHighlightKind kind) {
        Document fast = wrapped.getUnchecked(document);
        return new DocumentHighlight(
                new Range(
                        fast.getPosition(region.getOffset()),
                        fast.getPosition(region.getOffset() + region.getLength())),
                kind);
    }
}

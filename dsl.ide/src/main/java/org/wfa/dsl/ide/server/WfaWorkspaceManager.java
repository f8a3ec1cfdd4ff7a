package org.wfa.dsl.ide.server;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's workspace manager, keeping every document as a {@link WfaDocument}, so that positions
 * out of range are read as LSP says instead of failing the request. Xtext makes documents in two
 * places: when a file is opened or changed (they go into the map of open documents) and for a
 * file that is not open.
 */
public class WfaWorkspaceManager extends WorkspaceManager {

    @Override
    protected Map<URI, Document> createOpenDocuments() {
        return new HashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Document put(URI uri, Document document) {
                return super.put(uri, WfaDocument.of(document));
            }
        };
    }

    @Override
    protected Document getDocument(XtextResource resource) {
        return WfaDocument.of(super.getDocument(resource));
    }
}

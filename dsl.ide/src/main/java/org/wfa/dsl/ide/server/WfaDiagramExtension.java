package org.wfa.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The {@code wfa/diagram} request of the live preview. Xtext's {@code LanguageServerImpl} asks
 * each language's injector for an {@link ILanguageServerExtension} ({@code WfaIdeModule} binds
 * this class) and routes the extension's {@link JsonRequest} methods to it.
 *
 * <p>The diagram is drawn from the document as the editor holds it, saved or not: the resource
 * is read through {@link ILanguageServerAccess#doRead}, which sees every change the client has
 * sent.
 */
@JsonSegment("wfa")
public class WfaDiagramExtension implements ILanguageServerExtension {

    @Inject
    private WfaWorkflowDiagrams diagrams;

    private ILanguageServerAccess access;

    @Override
    public void initialize(ILanguageServerAccess access) {
        this.access = access;
    }

    @JsonRequest("diagram")
    public CompletableFuture<DiagramResult> diagram(DiagramParams params) {
        if (params == null || params.getUri() == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "'wfa/diagram' expects parameters { uri, position? }; the 'uri' is missing"));
        }
        return access.doRead(params.getUri(), context -> {
            if (!(context.getResource() instanceof XtextResource resource)) {
                return null;
            }
            Integer offset = params.getPosition() == null || context.getDocument() == null
                    ? null
                    : context.getDocument().getOffSet(params.getPosition());
            return diagrams.diagramAt(resource, offset);
        });
    }
}

package org.wfa.dsl.ide.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.wfa.dsl.parser.WfaDeepStack;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request queue on a thread with a deep stack ({@link WfaDeepStack}): builds parse, link
 * and validate there, and on the queue's default stack a deeply nested document overflowed it, so
 * the build failed and the document got no diagnostics at all (docs/reliability.md).
 */
@Singleton
public class WfaRequestManager extends RequestManager {

    private final ExecutorService queue = Executors.newSingleThreadExecutor(WfaDeepStack.threads("wfa-lsp-queue"));

    @Inject
    public WfaRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
        super(parallel, operationCanceledManager);
    }

    @Override
    protected void submitRequest(AbstractRequest<?> request) {
        queue.submit(request);
    }

    @Override
    public void shutdown() {
        queue.shutdown();
        super.shutdown();
    }
}

package org.wfa.dsl.ide.server;

import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * Xtext's server bindings with WFA's language server; used by {@code wfa lsp} and by the tests,
 * so both talk to the same server.
 */
public final class WfaServerModule {

    private WfaServerModule() {}

    public static Module create() {
        return Modules.override(new ServerModule()).with(wfaBindings(), deepStacks());
    }

    /** What WFA changes in a server module (tests apply it over their own, synchronous one). */
    public static Module wfaBindings() {
        return binder -> {
            binder.bind(LanguageServerImpl.class).to(WfaLanguageServer.class);
            binder.bind(WorkspaceManager.class).to(WfaWorkspaceManager.class);
        };
    }

    /** Requests on deep stacks, as the compiler's workers (deeply nested documents); not for the synchronous tests. */
    private static Module deepStacks() {
        return binder -> {
            binder.bind(IRequestManager.class).to(WfaRequestManager.class);
            binder.bind(ExecutorService.class).toProvider(WfaExecutorServiceProvider.class);
        };
    }
}

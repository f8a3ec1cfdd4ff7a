package org.wfa.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

/**
 * Runs the WFA language server over a pair of streams (standard input and output for
 * {@code wfa lsp}). The server finds the language through {@code META-INF/services}
 * ({@code WfaIdeSetup}), as every Xtext language server does.
 */
public final class WfaServerLauncher {

    private WfaServerLauncher() {}

    /**
     * Serves the protocol until the client closes the input or asks the server to exit.
     *
     * <p>The output must carry nothing but protocol messages: a stray line from a library would
     * corrupt the client's framing. Standard output is therefore pointed at standard error for
     * the server's lifetime, before anything else runs, and the protocol keeps the original.
     */
    public static void serve(InputStream in, OutputStream protocolOut) throws InterruptedException {
        PrintStream console = System.out;
        System.setOut(System.err);
        try {
            LanguageServerImpl server =
                    Guice.createInjector(WfaServerModule.create()).getInstance(LanguageServerImpl.class);
            Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, protocolOut);
            server.connect(launcher.getRemoteProxy());
            launcher.startListening().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the language server's connection failed: " + e.getCause(), e.getCause());
        } finally {
            System.setOut(console);
        }
    }
}

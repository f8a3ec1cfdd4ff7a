package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaServerSession;

/**
 * The server as {@code wfa lsp} runs it, on streams: nothing but protocol on its output, even when
 * something prints to standard output meanwhile, and every capability announced in 'initialize'.
 */
class WfaProtocolTest {

    @Test
    void theOutputIsProtocolOnlyAndInitializeAnnouncesEveryCapability(@TempDir Path workspace) throws Exception {
        WfaServerSession server = WfaServerSession.start();

        // A stray print while the server runs (a library's, say) must not reach the protocol stream.
        Thread.sleep(200);
        System.out.println("stray line from a library");
        server.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\""
                + workspace.toUri() + "\",\"capabilities\":{}}}");

        String response = server.readFramed();
        server.close();

        assertTrue(response.startsWith("Content-Length:"), response);
        for (String capability : new String[] {
            "\"hoverProvider\":true",
            "\"completionProvider\"",
            "\"definitionProvider\":true",
            "\"referencesProvider\":true",
            "\"documentSymbolProvider\":true",
            "\"workspaceSymbolProvider\":true",
            "\"documentHighlightProvider\":true",
            "\"documentFormattingProvider\":true",
            "\"documentRangeFormattingProvider\":true",
            "\"codeActionProvider\":true",
            "\"renameProvider\"",
            "\"semanticTokensProvider\"",
            "\"foldingRangeProvider\":true",
            "\"signatureHelpProvider\""
        }) {
            assertTrue(response.contains(capability), () -> capability + " missing from " + response);
        }
    }
}

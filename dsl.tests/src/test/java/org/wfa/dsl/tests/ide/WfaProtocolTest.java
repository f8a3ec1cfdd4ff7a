package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.ide.server.WfaServerLauncher;

/**
 * The server as {@code wfa lsp} runs it, on streams: nothing but protocol on its output, even when
 * something prints to standard output meanwhile, and every capability announced in 'initialize'.
 */
class WfaProtocolTest {

    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    @Test
    void theOutputIsProtocolOnlyAndInitializeAnnouncesEveryCapability(@TempDir Path workspace) throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(client, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 20);
        Thread server = new Thread(() -> {
            try {
                WfaServerLauncher.serve(serverIn, serverOut);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setDaemon(true);
        server.start();

        // A stray print while the server runs (a library's, say) must not reach the protocol stream.
        Thread.sleep(200);
        System.out.println("stray line from a library");
        client.write(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + workspace.toUri()
                + "\",\"capabilities\":{}}}")
                .getBytes(StandardCharsets.UTF_8));
        client.flush();

        String response = readMessage(fromServer);
        client.close();

        assertTrue(response.startsWith("Content-Length:"), response);
        for (String capability : new String[] {"\"hoverProvider\":true", "\"completionProvider\"", "\"definitionProvider\":true",
                "\"referencesProvider\":true", "\"documentSymbolProvider\":true", "\"workspaceSymbolProvider\":true",
                "\"documentHighlightProvider\":true", "\"documentFormattingProvider\":true",
                "\"documentRangeFormattingProvider\":true", "\"codeActionProvider\":true", "\"renameProvider\"",
                "\"semanticTokensProvider\"", "\"foldingRangeProvider\":true", "\"signatureHelpProvider\""}) {
            assertTrue(response.contains(capability), () -> capability + " missing from " + response);
        }
    }

    /** Reads one framed message (header and body) from the stream. */
    private static String readMessage(InputStream in) throws Exception {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            Assertions.assertNotEquals(-1, b, "the server closed its output");
            header.write(b);
        }
        String head = header.toString(StandardCharsets.US_ASCII);
        int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        byte[] body = in.readNBytes(length);
        return head + new String(body, StandardCharsets.UTF_8);
    }
}

package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaServerSession;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server as {@code wfa lsp} runs it, on streams, fed what editors and broken clients send
 * (docs/reliability.md): a message that is not JSON, a method it does not know, positions past the
 * end of the document, a document deleted while open. It must answer each request (with a result
 * or a JSON-RPC error) and go on serving: the last request of the session is answered normally.
 */
class WfaServerRobustnessTest {

    private static final String FILE = """
            package acme.hr

            workflow Hiring "Hiring" {
                start -> done
                end done
            }
            """;

    private WfaServerSession server;
    private final List<String> seen = new ArrayList<>();

    @Test
    void malformedAndOutOfRangeRequestsAreAnsweredAndTheServerGoesOn(@TempDir Path workspace) throws Exception {
        Path file = workspace.resolve("hiring.wfa");
        Files.writeString(file, FILE);
        String uri = file.toUri().toString();
        start();
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + workspace.toUri()
                + "\",\"capabilities\":{}}}");
        assertTrue(response(1).contains("\"capabilities\""));
        send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                + "\",\"languageId\":\"wfa\",\"version\":1,\"text\":" + json(FILE) + "}}}");

        send("{ this is not JSON");
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"wfa/noSuchMethod\",\"params\":{}}");
        assertTrue(response(2).contains("\"error\""), "an unknown method is answered with an error");

        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
                + uri + "\"},\"position\":{\"line\":9999,\"character\":9999}}}");
        response(3);
        send(
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\""
                        + uri + "\"},\"position\":{\"line\":-1,\"character\":-5}}}");
        response(4);

        Files.delete(file);
        send("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeWatchedFiles\",\"params\":{\"changes\":[{\"uri\":\""
                + uri + "\",\"type\":3}]}}");
        send(
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\""
                        + uri + "\"}}}");
        response(5);

        send(
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/formatting\",\"params\":{\"textDocument\":{\"uri\":\""
                        + uri + "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}}");
        String last = response(6);
        assertTrue(last.contains("\"result\""), "the server still serves after all that: " + last);
        server.close();
    }

    /**
     * The fuzz input of 20,000 nested '(not ' (src/test/resources/fuzz): the server's build overflowed
     * its thread's stack, failed, and published nothing for the document. It now builds on a deep
     * stack and reports what 'wfa check' reports.
     */
    @Test
    void aDeeplyNestedDocumentGetsItsDiagnostics(@TempDir Path workspace) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/fuzz/seed-569-deep-not.wfa"));
        String uri = workspace.resolve("deep.wfa").toUri().toString();
        start();
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"" + workspace.toUri()
                + "\",\"capabilities\":{}}}");
        response(1);
        send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                + "\",\"languageId\":\"wfa\",\"version\":1,\"text\":" + json(text) + "}}}");
        send(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\""
                        + uri + "\"}}}");
        String symbols = response(2);
        assertTrue(symbols.contains("LoanOrigination"), "the document was built: " + symbols);
        assertTrue(
                seen.stream()
                        .anyMatch(m -> m.contains("publishDiagnostics") && m.contains(uri) && m.contains("WFA001")),
                "the findings of 'wfa check' (the syntax error, WFA001; the workflow's missing end that follows from"
                        + " it is not reported): " + summary());
        server.close();
    }

    private void start() throws Exception {
        server = WfaServerSession.start().readInBackground();
    }

    private void send(String json) throws Exception {
        server.send(json);
    }

    /** The response to the request with the id, skipping notifications; within 30 s. */
    private String response(int id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String message = server.next(1, TimeUnit.SECONDS);
            if (message != null) {
                seen.add(message);
            }
            if (message != null && isResponseTo(message, id)) {
                return message;
            }
        }
        throw new AssertionError(
                "no answer to request " + id + " within 30 s; the server sent: " + summary() + server.readFailure());
    }

    /** What the server sent, each message cut to 300 characters. */
    private List<String> summary() {
        return seen.stream()
                .map(m -> m.length() > 300 ? m.substring(0, 300) : m)
                .toList();
    }

    /** A response (a result or an error) to the request with the id; not a request of the server's. */
    private static boolean isResponseTo(String message, int id) {
        JsonObject json = JsonParser.parseString(message).getAsJsonObject();
        return !json.has("method")
                && json.has("id")
                && json.get("id").getAsString().equals(String.valueOf(id))
                && (json.has("result") || json.has("error"));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

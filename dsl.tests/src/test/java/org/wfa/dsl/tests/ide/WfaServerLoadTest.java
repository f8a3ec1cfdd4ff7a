package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaServerSession;
import org.wfa.dsl.workspace.WfaSources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server as {@code wfa lsp} runs it, under load (docs/reliability.md): a 20 MB document, a
 * document just under the editor's limit, a thousand changes sent without waiting, and requests
 * cancelled as soon as they are sent or while they run. Each answer is checked for its content,
 * and the server must answer a normal request afterwards. The time bounds only guard against a hang.
 */
class WfaServerLoadTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** A document of the workspace that the other tests ask about after the load. */
    private static final String HIRING = """
            package acme.hr

            team Ops "Operations" {
                role Lead "Lead"
            }

            workflow Hiring "Hiring " {
                owner Ops.Lead
                start -> Screen
                stage Screen "Screen" {
                    responsible Ops.Lead
                    accountable Ops.Lead
                    -> done
                }
                end done
            }
            """;

    private WfaServerSession server;
    private int nextId = 100;

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void twentyMegabyteDocumentsGetOneTooLargeDiagnosticAndTheServerGoesOn(@TempDir Path workspace) throws Exception {
        String hiring = start(workspace);
        String valid = workflows(110_000);
        assertTrue(valid.length() > 20_000_000, "a 20 MB document: " + valid.length());
        String big = workspace.resolve("big.wfa").toUri().toString();
        open(big, valid);
        JsonArray diagnostics = diagnostics(big);
        assertEquals(1, diagnostics.size(), "one diagnostic for a document over the limit: " + diagnostics);
        JsonObject tooLarge = diagnostics.get(0).getAsJsonObject();
        assertTrue(
                message(tooLarge).startsWith("The document is too large to check while editing (21."),
                message(tooLarge));
        assertTrue(message(tooLarge).contains("up to 4 MiB, 'wfa check' files of up to 32 MiB"), message(tooLarge));
        assertEquals(1, tooLarge.get("severity").getAsInt());
        assertEquals(
                0,
                tooLarge.getAsJsonObject("range")
                        .getAsJsonObject("start")
                        .get("line")
                        .getAsInt());

        // What an editor asks for right after opening: each answered, with nothing for a refused document.
        assertEquals(
                "[]",
                result(request("textDocument/documentSymbol", at(big, -1, -1))).toString());
        assertEquals(
                "[]",
                result(request("textDocument/foldingRange", at(big, -1, -1))).toString());
        assertEquals(
                "[]",
                result(request("textDocument/formatting", formatting(big))).toString());
        JsonObject completion =
                result(request("textDocument/completion", at(big, 9, 8))).getAsJsonObject();
        assertEquals(0, completion.getAsJsonArray("items").size(), completion.toString());

        // A single 20 MB line of garbage.
        StringBuilder garbage = new StringBuilder(20_000_000);
        Random random = new Random(9);
        String alphabet = "workflow stage{}()->\"@#;:.,*/+=!?\\ \t0123456789";
        while (garbage.length() < 20_000_000) {
            garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String line = workspace.resolve("line.wfa").toUri().toString();
        open(line, garbage.toString());
        JsonArray lineDiagnostics = diagnostics(line);
        assertEquals(1, lineDiagnostics.size(), lineDiagnostics.toString());
        assertTrue(message(lineDiagnostics.get(0).getAsJsonObject()).startsWith("The document is too large"));

        // Cut down below the limit, the big document is checked again: the refusal is not sticky.
        change(big, 2, "package big\n\nworkflow Small \"Small\" {\n    start -> Nowhere\n}\n");
        JsonArray after = diagnostics(big);
        assertTrue(after.toString().contains("Nowhere"), "checked once small: " + after);

        JsonArray symbols = result(request("textDocument/documentSymbol", at(hiring, -1, -1)))
                .getAsJsonArray();
        assertTrue(
                symbols.toString().contains("\"name\":\"acme.hr.Hiring\"")
                        && symbols.toString().contains("\"name\":\"acme.hr.Hiring.Screen\""),
                "the other document's symbols: " + symbols);
    }

    @Test
    void aDocumentJustUnderTheLimitIsCheckedAndItsFoldingAndHighlightsAreAnswered(@TempDir Path workspace)
            throws Exception {
        start(workspace);
        int count = 19_000;
        String text = workflows(count);
        assertTrue(text.length() > 3_400_000 && text.length() < WfaSources.MAX_EDITOR_BYTES, "size " + text.length());
        String uri = workspace.resolve("large.wfa").toUri().toString();
        open(uri, text);
        assertEquals("[]", diagnostics(uri).toString(), "the workflows are valid");

        // Xtext converted each range's offset by walking the text from its start: hours here.
        JsonArray folding =
                result(request("textDocument/foldingRange", at(uri, -1, -1))).getAsJsonArray();
        assertEquals(1 + 2 * count, folding.size(), "the team, each workflow and each stage fold");
        JsonObject last = folding.get(folding.size() - 1).getAsJsonObject();
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        assertEquals(lines - 7, last.get("startLine").getAsInt(), "the last stage: " + last);
        assertEquals(lines - 3, last.get("endLine").getAsInt(), "the last stage's closing brace: " + last);

        // The role 'Ops.Lead' (line 3, its declaration) is referred to three times in each workflow.
        JsonArray highlights = result(request("textDocument/documentHighlight", at(uri, 3, 10)))
                .getAsJsonArray();
        assertEquals(1 + 3 * count, highlights.size());
    }

    @Test
    void aThousandRapidChangesEndInTheDiagnosticsOfTheLastText(@TempDir Path workspace) throws Exception {
        String uri = start(workspace);
        JsonElement sync = capabilities.get("textDocumentSync");
        int kind = sync.isJsonObject() ? sync.getAsJsonObject().get("change").getAsInt() : sync.getAsInt();
        assertEquals(2, kind, "the server takes incremental changes: " + sync);
        open(uri, HIRING);
        diagnostics(uri);

        // Each change appends a digit to the title (a position that moves with every change, so
        // changes applied out of order or dropped give another title) and names the stage's
        // responsible role: 'Lead' after even changes, an unknown 'G<n>' after odd ones.
        int titleEnd = "workflow Hiring \"Hiring ".length();
        int roleStart = "        responsible Ops.".length();
        StringBuilder title = new StringBuilder("Hiring ");
        for (int i = 0; i < 1000; i++) {
            String role = i % 2 == 0 ? "Lead" : String.format("G%03d", i);
            JsonArray changes = new JsonArray();
            changes.add(edit(6, titleEnd + i, 6, titleEnd + i, String.valueOf(i % 10)));
            changes.add(edit(10, roleStart, 10, roleStart + 4, role));
            title.append(i % 10);
            JsonObject params = new JsonObject();
            params.add("textDocument", document(uri, i + 2));
            params.add("contentChanges", changes);
            notify("textDocument/didChange", params);
        }
        // Requests are answered after the writes before them: the diagnostics published before
        // this answer include those of the last text.
        List<JsonArray> published = new ArrayList<>();
        JsonObject hover = result(request("textDocument/hover", at(uri, 6, 10), published, uri))
                .getAsJsonObject();
        assertTrue(hover.toString().contains(title.toString()), "the title after 1,000 changes: " + hover);
        assertTrue(!published.isEmpty(), "diagnostics were published");
        JsonArray last = published.get(published.size() - 1);
        List<String> errors = new ArrayList<>();
        for (JsonElement diagnostic : last) {
            if (diagnostic.getAsJsonObject().get("severity").getAsInt() == 1) {
                errors.add(message(diagnostic.getAsJsonObject()));
            }
        }
        assertEquals(1, errors.size(), "the last text has one error: " + last);
        assertTrue(errors.get(0).contains("G999"), "the error of the last text, not an earlier one: " + errors);
        assertTrue(!last.toString().matches("(?s).*G(?!999)\\d{3}.*"), "no diagnostic of an earlier text: " + last);

        // One more change that removes the error: the next diagnostics are clean of errors.
        JsonArray fix = new JsonArray();
        fix.add(edit(10, roleStart, 10, roleStart + 4, "Lead"));
        JsonObject params = new JsonObject();
        params.add("textDocument", document(uri, 1002));
        params.add("contentChanges", fix);
        notify("textDocument/didChange", params);
        assertTrue(!diagnostics(uri).toString().contains("\"severity\":1"), "the error is gone");
    }

    @Test
    void cancelledRequestsAreAnsweredAndTheServerGoesOn(@TempDir Path workspace) throws Exception {
        String hiring = start(workspace);
        String uri = workspace.resolve("large.wfa").toUri().toString();
        open(uri, workflows(3_000));
        diagnostics(uri);

        // Cancelled at once, and cancelled while it runs (a document of 3,000 workflows: 6,000 symbols).
        for (long pause : new long[] {0, 20, 150}) {
            int id = request("textDocument/documentSymbol", at(uri, -1, -1));
            if (pause > 0) {
                Thread.sleep(pause);
            }
            JsonObject cancel = new JsonObject();
            cancel.addProperty("id", id);
            notify("$/cancelRequest", cancel);
            JsonObject answer = response(id, null, null);
            assertTrue(
                    answer.has("result")
                            || answer.getAsJsonObject("error").get("code").getAsInt() == -32800,
                    "a result or RequestCancelled (-32800): " + answer);
        }
        // A cancelled write-ordered request (queued behind a rebuild) too.
        change(uri, 2, workflows(3_001));
        int queued = request("textDocument/foldingRange", at(uri, -1, -1));
        JsonObject cancel = new JsonObject();
        cancel.addProperty("id", queued);
        notify("$/cancelRequest", cancel);
        JsonObject answer = response(queued, null, null);
        assertTrue(
                answer.has("result")
                        || answer.getAsJsonObject("error").get("code").getAsInt() == -32800,
                answer.toString());

        JsonObject hover =
                result(request("textDocument/hover", at(hiring, 6, 10))).getAsJsonObject();
        assertTrue(hover.toString().contains("Hiring"), "the server still answers: " + hover);
        JsonArray symbols =
                result(request("textDocument/documentSymbol", at(uri, -1, -1))).getAsJsonArray();
        assertTrue(symbols.toString().contains("\"name\":\"big.W3000\""), "symbols of the changed document");
    }

    // ---- the session ------------------------------------------------------------------------

    private JsonObject capabilities;

    /** Starts the server on a workspace holding hiring.wfa, opens that file; returns its URI. */
    private String start(Path workspace) throws Exception {
        Path file = workspace.resolve("hiring.wfa");
        Files.writeString(file, HIRING);
        server = WfaServerSession.start().readInBackground();
        JsonObject init = new JsonObject();
        init.addProperty("rootUri", workspace.toUri().toString());
        init.add("capabilities", new JsonObject());
        capabilities = result(request("initialize", init)).getAsJsonObject().getAsJsonObject("capabilities");
        notify("initialized", new JsonObject());
        String uri = file.toUri().toString();
        open(uri, HIRING);
        return uri;
    }

    private void open(String uri, String text) throws Exception {
        JsonObject item = document(uri, 1);
        item.addProperty("languageId", "wfa");
        item.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", item);
        notify("textDocument/didOpen", params);
    }

    /** A whole-text change. */
    private void change(String uri, int version, String text) throws Exception {
        JsonObject whole = new JsonObject();
        whole.addProperty("text", text);
        JsonArray changes = new JsonArray();
        changes.add(whole);
        JsonObject params = new JsonObject();
        params.add("textDocument", document(uri, version));
        params.add("contentChanges", changes);
        notify("textDocument/didChange", params);
    }

    private void notify(String method, JsonObject params) throws Exception {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", params);
        server.send(message.toString());
    }

    private int request(String method, JsonObject params) throws Exception {
        int id = nextId++;
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        server.send(message.toString());
        return id;
    }

    private JsonObject request(String method, JsonObject params, List<JsonArray> published, String uri)
            throws Exception {
        return response(request(method, params), published, uri);
    }

    private static JsonObject json(String body) {
        return body == null ? null : JsonParser.parseString(body).getAsJsonObject();
    }

    private static JsonElement result(JsonObject response) {
        assertTrue(response.has("result"), "a result: " + response);
        return response.get("result");
    }

    private JsonElement result(int id) throws Exception {
        return result(response(id, null, null));
    }

    /**
     * The response to the request; the diagnostics published for the URI before it are collected
     * (when a list is given). Notifications of other kinds are skipped.
     */
    private JsonObject response(int id, List<JsonArray> published, String uri) throws Exception {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = json(server.next(1, TimeUnit.SECONDS));
            if (message == null) {
                continue;
            }
            if (!message.has("method") && message.has("id") && message.get("id").getAsInt() == id) {
                return message;
            }
            if (published != null && isDiagnosticsOf(message, uri)) {
                published.add(message.getAsJsonObject("params").getAsJsonArray("diagnostics"));
            }
        }
        throw new AssertionError(
                "no answer to request " + id + " within " + HANG_GUARD.toSeconds() + " s" + server.readFailure());
    }

    /** The next diagnostics published for the URI. */
    private JsonArray diagnostics(String uri) throws Exception {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject message = json(server.next(1, TimeUnit.SECONDS));
            if (message != null && isDiagnosticsOf(message, uri)) {
                return message.getAsJsonObject("params").getAsJsonArray("diagnostics");
            }
        }
        throw new AssertionError(
                "no diagnostics for " + uri + " within " + HANG_GUARD.toSeconds() + " s" + server.readFailure());
    }

    private static boolean isDiagnosticsOf(JsonObject message, String uri) {
        return message.has("method")
                && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
                && message.getAsJsonObject("params").get("uri").getAsString().equals(uri);
    }

    // ---- messages -----------------------------------------------------------------------------

    private static JsonObject document(String uri, int version) {
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        document.addProperty("version", version);
        return document;
    }

    /** Text document parameters; with a position unless the line is negative. */
    private static JsonObject at(String uri, int line, int character) {
        JsonObject params = new JsonObject();
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        params.add("textDocument", document);
        if (line >= 0) {
            params.add("position", position(line, character));
        }
        return params;
    }

    private static JsonObject formatting(String uri) {
        JsonObject params = at(uri, -1, -1);
        JsonObject options = new JsonObject();
        options.addProperty("tabSize", 4);
        options.addProperty("insertSpaces", true);
        params.add("options", options);
        return params;
    }

    private static JsonObject edit(int startLine, int startCharacter, int endLine, int endCharacter, String text) {
        JsonObject range = new JsonObject();
        range.add("start", position(startLine, startCharacter));
        range.add("end", position(endLine, endCharacter));
        JsonObject change = new JsonObject();
        change.add("range", range);
        change.addProperty("text", text);
        return change;
    }

    private static JsonObject position(int line, int character) {
        JsonObject position = new JsonObject();
        position.addProperty("line", line);
        position.addProperty("character", character);
        return position;
    }

    private static String message(JsonObject diagnostic) {
        return diagnostic.get("message").getAsString();
    }

    /** A valid document of the given number of workflows of one stage each, over one team. */
    static String workflows(int count) {
        StringBuilder text = new StringBuilder("package big\n\nteam Ops \"Operations\" {\n    role Lead \"Lead\"\n}\n");
        for (int i = 0; i < count; i++) {
            text.append("\nworkflow W")
                    .append(i)
                    .append(" \"Workflow ")
                    .append(i)
                    .append("\" {\n    owner Ops.Lead\n")
                    .append("    start -> S")
                    .append(i)
                    .append("\n    stage S")
                    .append(i)
                    .append(" \"Step ")
                    .append(i)
                    .append(
                            "\" {\n        responsible Ops.Lead\n        accountable Ops.Lead\n        -> done\n    }\n")
                    .append("    end done\n}\n");
        }
        return text.toString();
    }
}

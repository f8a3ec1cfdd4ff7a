package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The live preview's {@code wfa/diagram} request, sent as JSON the way an editor sends it: routed
 * by Xtext's language server to the WFA extension, answered from the document's unsaved state.
 */
class WfaDiagramRequestTest extends AbstractLanguageServerTest {

    private static final String TWO_WORKFLOWS = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Hiring" {
                owner HR.Head
                start -> Draft
                stage Draft "Draft the contract" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> Done
                }
                end Done
            }

            workflow Leaving "Leaving" {
                owner HR.Head
                start -> Revoke
                stage Revoke "Revoke access" {
                    responsible IT.Admin
                    accountable HR.Head
                    -> Gone
                }
                end Gone
            }
            """;

    private MessageJsonHandler json;

    private String uri;

    WfaDiagramRequestTest() {
        super("wfa");
    }

    @BeforeEach
    void openWorkspace() {
        writeFile("org.wfa", WfaTestWorkspace.ORGANISATION);
        uri = writeFile("hr.wfa", TWO_WORKFLOWS);
        initialize();
        open(uri, TWO_WORKFLOWS);
        json = new MessageJsonHandler(languageServer.supportedMethods());
    }

    /** Sends the request as JSON text and returns the response's result as JSON (null for a null result). */
    private JsonObject request(String params) throws Exception {
        RequestMessage message = (RequestMessage) json.parseMessage(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"wfa/diagram\",\"params\":" + params + "}");
        Object result =
                languageServer.request(message.getMethod(), message.getParams()).get();
        ResponseMessage response = new ResponseMessage();
        response.setId("1");
        response.setResult(result);
        JsonObject parsed = JsonParser.parseString(json.serialize(response)).getAsJsonObject();
        return parsed.get("result") == null || parsed.get("result").isJsonNull()
                ? null
                : parsed.getAsJsonObject("result");
    }

    private String at(int line, int character) {
        return "{\"uri\":\"" + uri + "\",\"position\":{\"line\":" + line + ",\"character\":" + character + "}}";
    }

    @Test
    void isAnnouncedAmongTheServersMethods() {
        assertTrue(languageServer.supportedMethods().containsKey("wfa/diagram"));
    }

    @Test
    void drawsTheWorkflowEnclosingThePositionAsSvg() throws Exception {
        JsonObject result = request(at(19, 20));
        assertEquals("acme.hr.Leaving", result.get("workflow").getAsString());
        String svg = result.get("svg").getAsString();
        assertTrue(svg.startsWith("<svg"), () -> "not an SVG document: " + svg.substring(0, 80));
        assertTrue(svg.contains("Revoke access"), "the second workflow's stage is drawn");
        assertTrue(!svg.contains("Draft the contract"), "the first workflow's stage is not drawn");
    }

    @Test
    void drawsTheFilesFirstWorkflowWithoutAPosition() throws Exception {
        JsonObject result = request("{\"uri\":\"" + uri + "\"}");
        assertEquals("acme.hr.Hiring", result.get("workflow").getAsString());
        assertTrue(result.get("svg").getAsString().contains("Draft the contract"));
    }

    @Test
    void drawsTheFirstWorkflowForAPositionOutsideAnyWorkflow() throws Exception {
        assertEquals("acme.hr.Hiring", request(at(0, 3)).get("workflow").getAsString());
    }

    @Test
    void drawsTheUnsavedTextOfAnOpenDocument() throws Exception {
        String edited = TWO_WORKFLOWS.replace("Draft the contract", "Write the offer letter");
        languageServer.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(edited))));
        String svg = request(at(8, 10)).get("svg").getAsString();
        assertTrue(svg.contains("Write the offer letter"), "the edit is drawn before the file is saved");
        assertTrue(!svg.contains("Draft the contract"));
    }

    @Test
    void answersNullForAFileWithoutWorkflows() throws Exception {
        String org = uri.replace("hr.wfa", "org.wfa");
        assertNull(request("{\"uri\":\"" + org + "\"}"));
    }
}

package org.wfa.dsl.generator.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaEscape;
import org.wfa.dsl.generator.docs.WorkflowDoc;
import org.wfa.dsl.generator.docs.WorkspaceDoc;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code json} target: the resolved workspace — workflows with their steps, RACI, decisions,
 * information flow, AI participation, flow diagrams, metrics and findings, and the organisation's
 * roles with their assignments — as JSON documents for integrations, with their JSON Schema
 * beside them. The document is the documentation's view model, written field by field in source
 * order; the schema (a resource of this package) is the published contract, and the tests hold
 * the output to it.
 */
public class WfaJsonGenerator {

    public static final String FOLDER = "json/";

    public static final String SCHEMA_ID = "https://wfa.dev/schemas/workspace-1.schema.json";

    private static final String SCHEMA_RESOURCE = "wfa-workspace.schema.json";

    /** Text is kept as written (no escaped angle brackets): the consumer is a program, not a page. */
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /**
     * {@code workspace.json}, a document per workflow in {@code workflows/} (one file per workflow
     * keeps every file small and the memory of writing it bounded, however large the workspace),
     * and the schema.
     */
    public List<GeneratedFile> generate(WorkspaceDoc workspace) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.lazy(FOLDER + "workspace.json", () -> index(workspace)));
        for (WorkflowDoc workflow : workspace.workflows()) {
            files.add(GeneratedFile.lazy(FOLDER + documentOf(workflow), () -> workflow(workflow)));
        }
        files.add(GeneratedFile.lazy(FOLDER + "workspace.schema.json", WfaJsonGenerator::schema));
        return files;
    }

    private static String documentOf(WorkflowDoc workflow) {
        return "workflows/" + WfaEscape.fileName(workflow.ref().name()) + ".json";
    }

    private static String index(WorkspaceDoc workspace) {
        JsonObject root = header("workspace");
        JsonArray workflows = new JsonArray();
        for (WorkflowDoc workflow : workspace.workflows()) {
            JsonObject entry = new JsonObject();
            entry.add("ref", GSON.toJsonTree(workflow.ref()));
            entry.addProperty("document", documentOf(workflow));
            workflows.add(entry);
        }
        root.add("workflows", workflows);
        root.add("teams", GSON.toJsonTree(workspace.teams()));
        root.add("landscape", GSON.toJsonTree(workspace.landscape()));
        return GSON.toJson(root) + "\n";
    }

    private static String workflow(WorkflowDoc workflow) {
        JsonObject root = header("workflow");
        root.add("workflow", GSON.toJsonTree(workflow));
        return GSON.toJson(root) + "\n";
    }

    private static JsonObject header(String kind) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA_ID);
        root.addProperty("formatVersion", 1);
        root.addProperty("kind", kind);
        return root;
    }

    /** The published JSON Schema of the document. */
    public static String schema() {
        try (InputStream in = WfaJsonGenerator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON schema is missing from the distribution: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.wfa.dsl.generator.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.docs.WorkspaceDoc;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The {@code json} target: the resolved workspace — workflows with their steps, RACI, decisions,
 * information flow, AI participation, flow diagrams, metrics and findings, and the organisation's
 * roles with their assignments — as one JSON document for integrations, with its JSON Schema
 * beside it. The document is the documentation's view model, written field by field in source
 * order; the schema (a resource of this package) is the published contract, and the tests hold
 * the output to it.
 */
public class WfaJsonGenerator {

    public static final String FOLDER = "json/";

    public static final String SCHEMA_ID = "https://wfa.dev/schemas/workspace-1.schema.json";

    private static final String SCHEMA_RESOURCE = "wfa-workspace.schema.json";

    public List<GeneratedFile> generate(WorkspaceDoc workspace) {
        return List.of(GeneratedFile.lazy(FOLDER + "workspace.json", () -> render(workspace)),
                GeneratedFile.lazy(FOLDER + "workspace.schema.json", WfaJsonGenerator::schema));
    }

    private static String render(WorkspaceDoc workspace) {
        // Text is kept as written (no \u003c escapes): the consumer is a program, not a page.
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA_ID);
        root.addProperty("formatVersion", 1);
        root.add("workflows", gson.toJsonTree(workspace.workflows()));
        root.add("teams", gson.toJsonTree(workspace.teams()));
        root.add("landscape", gson.toJsonTree(workspace.landscape()));
        return gson.toJson(root) + "\n";
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

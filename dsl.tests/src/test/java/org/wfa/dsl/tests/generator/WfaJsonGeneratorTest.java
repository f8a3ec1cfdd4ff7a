package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.json.WfaJsonGenerator;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaSchemas;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaJsonGeneratorTest {

    private static final Schema schema = WfaSchemas.workspaceJson();

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    private String workspaceJson(String workspace) throws Exception {
        return WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.JSON), "json/workspace.json");
    }

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyDocumentValidatesAgainstThePublishedSchema(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.JSON);
        assertTrue(files.size() > 2, "a workspace document, a document per workflow and the schema");
        for (GeneratedFile file : files) {
            if (!file.path().endsWith("schema.json")) {
                List<Error> errors = schema.validate(file.content(), InputFormat.JSON);
                assertEquals(
                        List.of(),
                        errors.stream()
                                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                                .toList(),
                        file.path());
            }
        }
    }

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void documentMatchesTheGoldenFile(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.JSON);
        WfaDocsFixture.assertGolden(
                workspace, files, path -> path.startsWith("json/") && !path.endsWith("schema.json"));
    }

    @Test
    void theSchemaListsEveryStepKindByItsKeyword() {
        JsonObject step = JsonParser.parseString(WfaJsonGenerator.schema())
                .getAsJsonObject()
                .getAsJsonObject("$defs")
                .getAsJsonObject("step");
        Set<String> listed = new TreeSet<>();
        step.getAsJsonObject("properties")
                .getAsJsonObject("kind")
                .getAsJsonArray("enum")
                .forEach(kind -> listed.add(kind.getAsString()));
        Set<String> kinds =
                Stream.of(StepKind.values()).map(StepKind::keyword).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, listed, "the schema's step kinds are the language's (StepKind)");
    }

    @Test
    void theSchemaIsStrictAboutUnknownFields() {
        List<Error> errors = schema.validate("""
                {"$schema": "https://wfa.dev/schemas/workspace-1.schema.json", "formatVersion": 1, "kind": "workspace",
                 "workflows": [], "teams": [], "landscape": {"id": "l", "title": "t", "lanes": [], "nodes": [],
                 "edges": []}, "surprise": true}
                """, InputFormat.JSON);
        assertFalse(errors.isEmpty(), "an unknown field must be reported, so that the schema follows the output");
    }

    @Test
    void workflowsCarryTheirOwnerRaciMetricsAndFlow() throws Exception {
        JsonObject index = JsonParser.parseString(workspaceJson("examples")).getAsJsonObject();
        String document = index.getAsJsonArray("workflows").asList().stream()
                .map(e -> e.getAsJsonObject())
                .filter(w ->
                        w.getAsJsonObject("ref").get("name").getAsString().equals("acme.finance.ExpenseReimbursement"))
                .findFirst()
                .orElseThrow()
                .get("document")
                .getAsString();
        assertEquals("workflows/acme.finance.ExpenseReimbursement.json", document);
        JsonObject expenses = JsonParser.parseString(WfaMarkdownGeneratorTest.content(
                        WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.JSON), "json/" + document))
                .getAsJsonObject()
                .getAsJsonObject("workflow");
        assertEquals(
                "acme.org.Finance.FinancialController",
                expenses.getAsJsonObject("owner").get("name").getAsString());
        assertEquals(4, expenses.getAsJsonObject("metrics").get("stages").getAsInt());
        assertEquals(8, expenses.getAsJsonObject("raci").getAsJsonArray("rows").size());
        assertTrue(expenses.getAsJsonObject("swimlane").getAsJsonArray("edges").size() > 10);
    }

    @Test
    void hostileTextIsKeptAsWrittenAndStillValidJson() throws Exception {
        String json = workspaceJson("hostile");
        JsonParser.parseString(json);
        assertTrue(
                json.contains("<script>window.__wfaInjected=1</script> | Ops & \\\"Co\\\""),
                "text must be kept exactly");
    }
}

package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.cli.sarif.SarifReport;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.ide.rules.WfaRuleDocs;
import org.wfa.dsl.tests.support.WfaCliRun;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaRuleFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.tests.support.WfaUnsoundSamples;
import org.wfa.dsl.workspace.Compilation;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * {@code wfa check --format sarif}: a SARIF 2.1.0 log that code-scanning tools accept.
 */
class WfaSarifTest {

    /** One error (a misspelt owner), one warning (no title) and one accepted finding, in three files. */
    private static final WfaMarkedSource BROKEN = WfaMarkedSource.named("broken/w.wfa", """
            package acme.broken

            import acme.org.*

            workflow Hiring "Hiring" {
                owner «»HR.Haed
                sla 10 days
                start -> Draft

                stage Draft "Draft the contract" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    produces Contract
                    duration 2 days
                    -> Approve
                }

                approval Approve "Approve the contract" {
                    approver IT.Admin
                    approves Draft
                    sla 2 days escalate to HR.Head
                    approved -> Done
                    rejected -> Draft
                }

                end Done {
                    notify HR.Recruiter of Contract via email
                }
            }
            """);

    private static final String UNTITLED = """
            package acme.hr

            import acme.org.*

            workflow Hiring {
                owner HR.Head
                sla 10 days
                start -> Draft

                stage Draft "Draft the contract" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    produces Contract
                    duration 2 days
                    -> Approve
                }

                approval Approve "Approve the contract" {
                    approver IT.Admin
                    approves Draft
                    sla 2 days escalate to HR.Head
                    approved -> Done
                    rejected -> Draft
                }

                end Done {
                    notify HR.Recruiter of Contract via email
                }
            }
            """;
    private static final String ACCEPTED = """
            package acme.talent

            import acme.org.*

            @allow(missing-title, "named in the HR handbook")
            workflow Hiring {
                owner HR.Head
                sla 10 days
                start -> Draft

                stage Draft "Draft the contract" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    produces Contract
                    duration 2 days
                    -> Approve
                }

                approval Approve "Approve the contract" {
                    approver IT.Admin
                    approves Draft
                    sla 2 days escalate to HR.Head
                    approved -> Done
                    rejected -> Draft
                }

                end Done {
                    notify HR.Recruiter of Contract via email
                }
            }
            """;

    private static Schema schema;

    @TempDir
    Path workspace;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = WfaSarifTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static WfaCliRun run(String... args) {
        return WfaCliRun.run(args);
    }

    private void write(String relative, String text) throws IOException {
        WfaCliRun.write(workspace, relative, text);
    }

    private static JsonObject report() {
        Compilation compilation = WfaTestWorkspace.withOrganisation()
                .file(BROKEN)
                .file("hr/w.wfa", UNTITLED)
                .file("talent/w.wfa", ACCEPTED)
                .compile(WfaCompiler.create());
        String log = SarifReport.render(SarifReport.build(
                new SarifReport.ToolInfo("wfa", "1.2.3", "https://github.com/wfa-dev/wfa"),
                rules(),
                compilation,
                List.of()));
        return JsonParser.parseString(log).getAsJsonObject();
    }

    private static List<SarifReport.RuleInfo> rules() {
        return WfaRuleDocs.all().values().stream()
                .map(rule -> new SarifReport.RuleInfo(
                        rule.code(), rule.name(), rule.summary(), rule.explanation(), rule.url(), rule.section()))
                .toList();
    }

    private static JsonObject result(JsonObject log, String ruleId, boolean suppressed) {
        for (JsonElement element :
                log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            if (result.get("ruleId").getAsString().equals(ruleId) && result.has("suppressions") == suppressed) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId + " in " + log);
    }

    @Test
    void theLogOfACheckValidatesAgainstTheSarifSchema() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write(BROKEN.name(), BROKEN.text());
        write("hr/w.wfa", UNTITLED);
        write("talent/w.wfa", ACCEPTED);
        WfaCliRun result = run("check", "--format", "sarif", "--metrics", workspace.toString());
        assertEquals(1, result.status(), "the misspelt owner is an error: " + result.err());
        assertEquals("", result.err());
        List<Error> errors = schema.validate(result.out(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors + "\n" + result.out());
        JsonObject log = JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(
                "wfa",
                run.getAsJsonObject("tool")
                        .getAsJsonObject("driver")
                        .get("name")
                        .getAsString());
        assertEquals(
                3,
                run.getAsJsonObject("properties").getAsJsonArray("metrics").size(),
                "the figures of the three workflows");
        // Files outside the working directory are named by absolute file URIs.
        String uri = result(log, "WFA002", false)
                .getAsJsonArray("locations")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation")
                .get("uri")
                .getAsString();
        assertEquals(workspace.resolve("broken/w.wfa").toUri().toString(), uri);
        assertEquals(
                result.out(),
                run("check", "--format", "sarif", "--metrics", workspace.toString())
                        .out(),
                "the same input gives the same log");
    }

    @Test
    void aSchemaViolationIsDetected() {
        List<Error> errors =
                schema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}", InputFormat.JSON);
        assertFalse(errors.isEmpty(), "a driver without a name must be refused, or the schema checks nothing");
    }

    @Test
    void aResultNamesItsRuleLevelMessageAndRegion() {
        JsonObject log = report();
        JsonObject error = result(log, "WFA002", false);
        assertEquals("error", error.get("level").getAsString());
        assertTrue(
                error.getAsJsonObject("message")
                        .get("text")
                        .getAsString()
                        .startsWith("Unknown name 'HR.Haed': expected a role"),
                error.toString());
        JsonObject location =
                error.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        JsonObject artifact = location.getAsJsonObject("artifactLocation");
        assertEquals("broken/w.wfa", artifact.get("uri").getAsString());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
        WfaMarkedSource.Position owner = BROKEN.markers().get(0);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", owner.line());
        region.addProperty("startColumn", owner.column());
        region.addProperty("endLine", owner.line());
        region.addProperty("endColumn", owner.column() + "HR.Haed".length());
        assertEquals(region, location.getAsJsonObject("region"), "'HR.Haed', the end column just after it");
        JsonArray rules = log.getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("tool")
                .getAsJsonObject("driver")
                .getAsJsonArray("rules");
        assertEquals(
                "WFA002",
                rules.get(error.get("ruleIndex").getAsInt())
                        .getAsJsonObject()
                        .get("id")
                        .getAsString());
        assertEquals("warning", result(log, "WFA802", false).get("level").getAsString());
    }

    @Test
    void anAcceptedFindingIsASuppressedResultWithItsReason() {
        JsonObject accepted = result(report(), "WFA802", true);
        assertEquals(
                JsonParser.parseString("[{\"kind\": \"inSource\", \"justification\": \"named in the HR handbook\"}]"),
                accepted.get("suppressions"));
        assertEquals("warning", accepted.get("level").getAsString(), "the severity the finding would have had");
        assertFalse(
                accepted.getAsJsonObject("message").get("text").getAsString().startsWith("Accepted"),
                accepted.toString());
    }

    @Test
    void everyRuleIsDescribedFromTheRulesReference() {
        JsonArray rules = report().getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("tool")
                .getAsJsonObject("driver")
                .getAsJsonArray("rules");
        assertEquals(WfaRuleDocs.all().size(), rules.size());
        JsonObject unresolved = null;
        String previous = "";
        for (JsonElement element : rules) {
            JsonObject rule = element.getAsJsonObject();
            assertTrue(rule.get("id").getAsString().compareTo(previous) > 0, "rules sorted by code");
            previous = rule.get("id").getAsString();
            assertTrue(
                    rule.has("shortDescription") && rule.has("fullDescription") && rule.has("help"), rule.toString());
            if (previous.equals("WFA002")) {
                unresolved = rule;
            }
        }
        assertEquals("unresolved-reference", unresolved.get("name").getAsString());
        assertEquals(
                "a name does not resolve to an element of the expected kind",
                unresolved.getAsJsonObject("shortDescription").get("text").getAsString());
        assertTrue(
                unresolved
                        .getAsJsonObject("fullDescription")
                        .get("text")
                        .getAsString()
                        .startsWith("Ownership, hand-offs and flow are only visible"),
                unresolved.toString());
        assertTrue(unresolved.get("helpUri").getAsString().endsWith("docs/rules.md#wfa002-unresolved-reference"));
        assertTrue(
                unresolved.getAsJsonObject("help").get("markdown").getAsString().contains("**Fix.**"));
    }

    @Test
    void aCounterexampleIsACodeFlowThroughItsStepsAndTheirRelatedLocations() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/w.wfa", WfaUnsoundSamples.ACROSS_BRANCHES);
        WfaCliRun result = run("check", "--format", "sarif", workspace.toString());
        List<Error> errors = schema.validate(result.out(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors + "\n" + result.out());

        JsonObject unsound = result(JsonParser.parseString(result.out()).getAsJsonObject(), "WFA112", false);
        JsonArray steps = unsound.getAsJsonArray("codeFlows")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("threadFlows")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("locations");
        String uri = workspace.resolve("hr/w.wfa").toUri().toString();
        assertEquals(JsonParser.parseString("""
                        [
                          {"location": {"physicalLocation": {"artifactLocation": {"uri": "%1$s"},
                            "region": {"startLine": 7, "startColumn": 5, "endLine": 7, "endColumn": 19}},
                            "message": {"text": "1. the case starts"}}},
                          {"location": {"physicalLocation": {"artifactLocation": {"uri": "%1$s"},
                            "region": {"startLine": 9, "startColumn": 10, "endLine": 9, "endColumn": 15}},
                            "message": {"text": "2. 'Split' starts its branches"}}},
                          {"location": {"physicalLocation": {"artifactLocation": {"uri": "%1$s"},
                            "region": {"startLine": 14, "startColumn": 11, "endLine": 14, "endColumn": 12}},
                            "message": {"text": "3. 'A' is done"}}}
                        ]
                        """.formatted(uri)), steps);
        JsonArray related = unsound.getAsJsonArray("relatedLocations");
        assertEquals(3, related.size());
        for (int i = 0; i < related.size(); i++) {
            JsonObject location = related.get(i).getAsJsonObject();
            assertEquals(i + 1, location.get("id").getAsInt());
            JsonObject step = steps.get(i).getAsJsonObject().getAsJsonObject("location");
            assertEquals(step.get("physicalLocation"), location.get("physicalLocation"));
            assertEquals(step.get("message"), location.get("message"));
        }
    }

    @Test
    void aResultWithoutRelatedLocationsHasNoCodeFlow() {
        JsonObject error = result(report(), "WFA002", false);
        assertFalse(error.has("codeFlows"), error.toString());
        assertFalse(error.has("relatedLocations"), error.toString());
    }

    @Test
    void aCleanWorkspaceHasNoResults() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/w.wfa", WfaRuleFixture.HIRING);
        WfaCliRun result = run("check", "--format", "sarif", workspace.toString());
        assertEquals(0, result.status());
        JsonObject run = JsonParser.parseString(result.out())
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        assertEquals(0, run.getAsJsonArray("results").size());
        assertNull(run.get("properties"), "figures only with --metrics");
    }
}

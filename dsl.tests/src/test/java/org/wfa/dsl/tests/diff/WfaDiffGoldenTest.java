package org.wfa.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wfa.dsl.compiler.WfaSourceFormatter;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.tests.support.WfaCliRun;
import org.wfa.dsl.tests.support.WfaGolden;
import org.wfa.dsl.workspace.SourceFile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code wfa diff} on pairs of versions of example workflows (under src/test/resources/diff/CASE/{v1,v2}),
 * against golden outputs in every format; and the pairs that must give no diff.
 */
class WfaDiffGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/diff");

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "expense, text, txt",
        "expense, markdown, md",
        "expense, json, json",
        "procurement, text, txt",
        "procurement, markdown, md",
        "procurement, json, json"
    })
    void diffOfTwoVersionsMatchesTheGoldenOutput(String name, String format, String extension) throws IOException {
        Path dir = CASES.resolve(name);
        WfaCliRun result = WfaCliRun.run(
                "diff",
                "--format",
                format,
                dir.resolve("v1").toString(),
                dir.resolve("v2").toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        WfaGolden.assertMatches(dir.resolve("expected." + extension), result.out());
    }

    @Test
    void theSameInputTwiceGivesByteIdenticalOutput() {
        for (String format : List.of("text", "markdown", "json")) {
            String v1 = CASES.resolve("expense/v1").toString();
            String v2 = CASES.resolve("expense/v2").toString();
            assertEquals(
                    WfaCliRun.run("diff", "--format", format, v1, v2).out(),
                    WfaCliRun.run("diff", "--format", format, v1, v2).out(),
                    format);
        }
    }

    @Test
    void jsonFollowsTheDocumentedSchema() {
        WfaCliRun result = WfaCliRun.run(
                "diff",
                "--format",
                "json",
                CASES.resolve("expense/v1").toString(),
                CASES.resolve("expense/v2").toString());
        JsonObject root = JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals("wfa-diff/1", root.get("schema").getAsString());
        assertEquals(false, root.get("empty").getAsBoolean());
        assertEquals(
                4, root.getAsJsonObject("summary").get("findingsIntroduced").getAsInt());
        assertEquals(1, root.getAsJsonObject("summary").get("findingsResolved").getAsInt());
        JsonObject workflow = root.getAsJsonArray("workflows").get(0).getAsJsonObject();
        assertEquals("acme.finance.ExpenseReimbursement", workflow.get("name").getAsString());
        JsonObject rename = workflow.getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals("renamed", rename.get("action").getAsString());
        assertEquals("submitClaim", rename.get("before").getAsString());
        assertEquals("fileClaim", rename.get("after").getAsString());
    }

    @Test
    void renamedStageIsNeitherRemovedNorAdded() {
        String text = WfaCliRun.run(
                        "diff",
                        CASES.resolve("expense/v1").toString(),
                        CASES.resolve("expense/v2").toString())
                .out();
        assertTrue(text.contains("stage 'submitClaim' renamed to 'fileClaim'"), text);
        assertTrue(!text.contains("'submitClaim' removed") && !text.contains("'fileClaim' added"), text);
        // Flows into and out of the renamed stage are the same flows under its new name.
        assertTrue(!text.contains("-> fileClaim") && !text.contains("fileClaim ->"), text);
    }

    @Test
    void reformattedWorkspaceHasNoSemanticChanges() throws Exception {
        Path old = CASES.resolve("expense/v1");
        Path copy = temp.resolve("formatted");
        WfaSourceFormatter formatter = WfaStandalone.injector().getInstance(WfaSourceFormatter.class);
        try (Stream<Path> files = Files.walk(old)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(old.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.toString().endsWith(".wfa")) {
                    text = reflow(formatter.format(new SourceFile(file, file.toString(), text)));
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
        String changed = Files.readString(copy.resolve("expense-reimbursement.wfa"));
        assertTrue(!changed.equals(Files.readString(old.resolve("expense-reimbursement.wfa"))), "the copy must differ");

        WfaCliRun result = WfaCliRun.run("diff", "--exit-code", old.toString(), copy.toString());
        assertEquals("No semantic changes.\n", result.out());
        assertEquals(0, result.status());
        WfaCliRun markdown = WfaCliRun.run("diff", "--format", "markdown", old.toString(), copy.toString());
        assertTrue(markdown.out().contains("No semantic changes."), markdown.out());
    }

    /**
     * Text changes that mean nothing: comments added and removed, lines indented and spaced
     * differently, artifacts listed in another order, a condition
     * with extra parentheses and spacing, "1 day" for "1 days".
     */
    private static String reflow(String text) {
        String reflowed = text.replaceAll("(?m)^\\s*//.*\\n", "")
                .replace("informed Management.LineManager", "informed   Management.LineManager")
                .replace("consumes ExpenseClaim, AuditFindings", "consumes AuditFindings , ExpenseClaim")
                .replace(
                        "when not hasReceipts and (amount >= 25 or category not in [MEALS, OTHER])",
                        "when (not hasReceipts) and ((amount>=25) or category not in [ MEALS,OTHER ])")
                .replace("    stage ", "    // a comment that was not there\n\n      stage ");
        assertTrue(!reflowed.equals(text));
        return reflowed;
    }

    @Test
    void exitCodeReportsChanges() {
        WfaCliRun result = WfaCliRun.run(
                "diff",
                "--exit-code",
                CASES.resolve("procurement/v1").toString(),
                CASES.resolve("procurement/v2").toString());
        assertEquals(1, result.status());
    }

    @Test
    void missingSideIsAnInputError() {
        WfaCliRun result = WfaCliRun.run(
                "diff",
                CASES.resolve("expense/v1").toString(),
                CASES.resolve("nowhere").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("wfa: '") && result.err().contains("nowhere' does not exist"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void wrongNumberOfPathsIsAUsageError() {
        WfaCliRun result = WfaCliRun.run("diff", CASES.resolve("expense/v1").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("diff needs two paths"), result.err());
    }

    @Test
    void sideWithSyntaxErrorsIsReportedAndNotCompared() throws IOException {
        Path broken = temp.resolve("broken.wfa");
        Files.writeString(broken, "workflow W {\n    stage s {\n}\n");
        Path fine = temp.resolve("fine.wfa");
        Files.writeString(fine, "workflow W {\n    start -> done\n    end done\n}\n");
        WfaCliRun result = WfaCliRun.run("diff", fine.toString(), broken.toString());
        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().contains("broken.wfa:") && result.err().contains("[WFA001]"), result.err());
        assertTrue(result.err().contains("wfa: cannot compare: NEW has"), result.err());
    }
}

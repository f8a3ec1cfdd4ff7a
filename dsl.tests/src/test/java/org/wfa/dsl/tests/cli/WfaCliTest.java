package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.tests.support.WfaCliRun;
import org.wfa.dsl.tests.support.WfaGolden;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaRuleFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The {@code wfa} command line as users run it: arguments in, exit status and output out.
 */
class WfaCliTest {

    private static final String BROKEN_WORKFLOW = """
            package acme.hr

            import acme.org.*

            workflow W "Broken" {
                owner HR.Haed
                start -> Done

                end Done
            }
            """;

    @TempDir
    Path workspace;

    private static WfaCliRun run(String... args) {
        return WfaCliRun.run(args);
    }

    private Path write(String relative, String text) throws IOException {
        return WfaCliRun.write(workspace, relative, text);
    }

    @Test
    void buildGeneratesEveryTargetIntoTheOutputFolder() throws IOException {
        Path examples = WfaGolden.repositoryRoot().resolve("examples");
        Path out = workspace.resolve("site");
        WfaCliRun result = run("build", "--out", out.toString(), examples.toString());
        assertEquals(0, result.status(), result.out() + result.err());
        assertTrue(
                result.out().startsWith("Generated 160 files in " + out + " (160 changed) from 12 .wfa files."),
                result.out());
        assertTrue(Files.isRegularFile(out.resolve("docs/acme.finance.ExpenseReimbursement.md")));
        assertTrue(Files.isRegularFile(out.resolve("docs/acme.finance.ExpenseReimbursement.raci.csv")));
        assertTrue(Files.isRegularFile(out.resolve("html/workflows/acme.finance.ExpenseReimbursement.html")));
        assertTrue(Files.isRegularFile(out.resolve("bpmn/acme.finance.ExpenseReimbursement.bpmn")));
        assertTrue(Files.isRegularFile(out.resolve("bpmn-operaton/acme.finance.ExpenseReimbursement.bpmn")));
        assertTrue(Files.isRegularFile(out.resolve("bpmn-camunda8/acme.finance.ExpenseReimbursement.bpmn")));
        assertTrue(Files.isRegularFile(out.resolve("bpmn-flowable/acme.finance.ExpenseReimbursement.bpmn")));

        WfaCliRun again = run("build", "--out", out.toString(), examples.toString());
        assertTrue(again.out().startsWith("Up to date: 160 files in " + out + " from 12 .wfa files."), again.out());
    }

    @Test
    void buildGeneratesOnlyTheRequestedTarget() throws IOException {
        write("org/org.wfa", WfaTestWorkspace.ORGANISATION);
        Path out = workspace.resolve("out");
        WfaCliRun result = run(
                "build",
                "--target",
                "docs",
                "--out",
                out.toString(),
                workspace.resolve("org").toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(Files.isRegularFile(out.resolve("docs/index.md")));
        assertTrue(Files.notExists(out.resolve("html")));
    }

    @Test
    void buildGeneratesNothingWhenTheWorkspaceHasErrors() throws IOException {
        write("org/org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/broken.wfa", BROKEN_WORKFLOW);
        Path out = workspace.resolve("out");
        WfaCliRun result = run("build", "--out", out.toString(), workspace.toString());
        assertEquals(1, result.status());
        assertTrue(result.out().contains("[WFA002]"), result.out());
        assertTrue(result.out().endsWith(" Nothing generated.\n"), result.out());
        assertTrue(Files.notExists(out));
    }

    @Test
    void buildRejectsAnUnknownTarget() throws IOException {
        write("org/org.wfa", WfaTestWorkspace.ORGANISATION);
        WfaCliRun result = run("build", "--target", "pdf", workspace.toString());
        assertEquals(2, result.status());
        assertEquals(
                "wfa: unknown target 'pdf': expected one of docs, html, bpmn, bpmn:operaton, bpmn:camunda8, bpmn:flowable, dmn, sw, json\n",
                result.err());
    }

    @Test
    void checkReportsNoErrorsForAValidWorkspace() throws IOException {
        write("org/org.wfa", WfaTestWorkspace.ORGANISATION);
        WfaCliRun result = run("check", workspace.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("Checked 1 file: 0 errors, 0 warnings, 0 info.\n", result.out());
    }

    @Test
    void checkRecursesIntoDirectoriesAndSortsDiagnosticsByPathAndPosition() throws IOException {
        write("org/org.wfa", WfaTestWorkspace.ORGANISATION);
        write(
                "b/second.wfa",
                BROKEN_WORKFLOW.replace("workflow W ", "workflow W2 ").replace("package acme.hr", "package acme.b"));
        write("a/deeper/first.wfa", BROKEN_WORKFLOW);
        WfaCliRun result = run("check", workspace.toString());
        assertEquals(1, result.status());
        String[] lines = result.out().split("\n");
        assertEquals(3, lines.length, result.out());
        assertTrue(
                lines[0].endsWith("a/deeper/first.wfa:6:11: error: Unknown name 'HR.Haed': expected a role,"
                        + " person, system or agent. Did you mean 'HR.Head'? [WFA002]"),
                lines[0]);
        assertTrue(lines[1].contains("b/second.wfa:6:11: error:"), lines[1]);
        assertEquals("Checked 3 files: 2 errors, 0 warnings, 0 info.", lines[2]);
    }

    @Test
    void checkWritesJson() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("w.wfa", BROKEN_WORKFLOW);
        WfaCliRun result = run("check", "--format", "json", workspace.toString());
        assertEquals(1, result.status());
        JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals(2, json.get("files").getAsInt());
        assertEquals(1, json.get("errors").getAsInt());
        JsonObject diagnostic = json.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("WFA002", diagnostic.get("code").getAsString());
        assertEquals(6, diagnostic.get("line").getAsInt());
        assertEquals(11, diagnostic.get("column").getAsInt());
        assertEquals("error", diagnostic.get("severity").getAsString());
    }

    @Test
    void checkFailsWithExitTwoForAMissingPath() {
        WfaCliRun result = run("check", workspace.resolve("nowhere").toString());
        assertEquals(2, result.status());
        assertEquals("wfa: '" + workspace.resolve("nowhere") + "' does not exist\n", result.err());
    }

    @Test
    void checkFailsWithExitTwoForADirectoryWithoutWfaFiles() throws IOException {
        write("notes/readme.txt", "nothing here");
        WfaCliRun result = run("check", workspace.resolve("notes").toString());
        assertEquals(2, result.status());
        assertEquals("wfa: '" + workspace.resolve("notes") + "' contains no .wfa files\n", result.err());
    }

    @Test
    void checkAcceptsAnEmptyFile() throws IOException {
        Path empty = write("empty.wfa", "");
        WfaCliRun result = run("check", empty.toString());
        assertEquals(0, result.status(), result.out());
    }

    @Test
    void checkRejectsABinaryFile() throws IOException {
        Path binary = workspace.resolve("image.wfa");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        WfaCliRun result = run("check", binary.toString());
        assertEquals(2, result.status());
        assertEquals(
                "wfa: '" + binary + "' is a binary file (NUL byte at offset 4): expected UTF-8 text\n", result.err());
    }

    @Test
    void checkRejectsAFileThatIsNotUtf8() throws IOException {
        Path latin1 = workspace.resolve("latin1.wfa");
        Files.write(latin1, "team Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        WfaCliRun result = run("check", latin1.toString());
        assertEquals(2, result.status());
        assertEquals(
                "wfa: '" + latin1 + "' is not valid UTF-8 (invalid byte at offset 8): expected UTF-8 text\n",
                result.err());
    }

    @Test
    void checkHandlesATenMegabyteFile() throws IOException {
        StringBuilder text = new StringBuilder("package acme.big\n\n");
        int teams = 0;
        while (text.length() < 10 * 1024 * 1024) {
            text.append("team T")
                    .append(teams++)
                    .append(" \"Team ")
                    .append(teams)
                    .append("\" {\n    description \"")
                    .append("x".repeat(200))
                    .append("\"\n    role R\n}\n\n");
        }
        Path big = write("big.wfa", text.toString());
        WfaCliRun result = run("check", big.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("Checked 1 file: 0 errors, 0 warnings, 0 info.\n", result.out());
    }

    @Test
    void checkReportsSyntaxErrorsWithPosition() throws IOException {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    «»stag S {
                    }
                }
                """);
        Path file = write(w.name(), w.text());
        WfaCliRun result = run("check", file.toString());
        assertEquals(1, result.status());
        assertTrue(
                result.out()
                        .contains(w.at("error: Unknown word 'stag' in workflow 'W': did you mean the"
                                + " keyword 'stage'? [WFA001]")),
                result.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        WfaCliRun result = run("check", "--colour", "x.wfa");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("Unknown option: '--colour'"), result.err());
    }

    @Test
    void helpAndVersionSucceed() {
        WfaCliRun help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("check") && help.out().contains("fmt"), help.out());
        WfaCliRun checkHelp = run("check", "--help");
        assertEquals(0, checkHelp.status());
        assertTrue(checkHelp.out().contains("--format"), checkHelp.out());
        WfaCliRun version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("wfa "), version.out());
    }

    @Test
    void buildHelpListsEveryTargetWithWhatItGenerates() {
        for (String[] args : List.of(new String[] {"build", "--help"}, new String[] {"help", "build"})) {
            WfaCliRun help = run(args);
            assertEquals(0, help.status(), help.err());
            // Picocli wraps the text to the terminal's width, at spaces and after ':' and '-'.
            String text = help.out().replaceAll("\\s", "");
            assertTrue(text.contains("Whattogenerate:" + WfaTarget.ids().replace(" ", "")), help.out());
            for (WfaTarget target : WfaTarget.values()) {
                assertTrue(
                        help.out().lines().anyMatch(line -> line.startsWith("  " + target.id() + " ")),
                        target.id() + " in the list of targets:\n" + help.out());
                assertTrue(
                        text.contains((target.id() + target.description()).replaceAll("\\s", "")),
                        target.id() + " described:\n" + help.out());
            }
        }
    }

    @Test
    void fmtCheckListsUnformattedFilesAndChangesNothing() throws IOException {
        String messy = "team T {\nrole R\n}\n";
        Path file = write("t.wfa", messy);
        write("ok.wfa", "team U {\n    role R\n}\n");
        WfaCliRun result = run("fmt", "--check", workspace.toString());
        assertEquals(1, result.status());
        assertTrue(result.out().endsWith("t.wfa: not formatted\n"), result.out());
        assertEquals(messy, Files.readString(file));
    }

    @Test
    void fmtRewritesFilesInCanonicalLayout() throws IOException {
        Path file = write("t.wfa", "team T {\nrole R   \"Role\"\n}");
        WfaCliRun result = run("fmt", file.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("team T {\n    role R \"Role\"\n}\n", Files.readString(file));
        assertEquals(0, run("fmt", "--check", file.toString()).status());
    }

    @Test
    void fmtLeavesFilesWithSyntaxErrorsUntouched() throws IOException {
        String broken = "team T {\n  role\n";
        Path file = write("broken.wfa", broken);
        WfaCliRun result = run("fmt", file.toString());
        assertEquals(1, result.status());
        assertTrue(result.err().contains("has syntax errors"), result.err());
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void configurationChangesSeveritiesAndItsMistakesAreReported() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/w.wfa", """
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
                """);
        WfaCliRun before = run("check", workspace.toString());
        assertTrue(
                before.out().contains("warning: Workflow 'Hiring' has neither a title nor a description"),
                before.out());
        write("wfa.yaml", "rules:\n  missing-title: error\n  unknown-rule: off\n");
        WfaCliRun after = run("check", workspace.toString());
        assertEquals(1, after.status());
        assertTrue(after.out().contains("error: Workflow 'Hiring' has neither a title nor a description"), after.out());
        assertTrue(
                after.out()
                        .contains("wfa.yaml:3:3: error: Unknown rule 'unknown-rule': expected a rule name"
                                + " from docs/rules.md. [WFA018]"),
                after.out());
        write("wfa.yaml", "rules:\n  missing-title: off\n");
        assertEquals(
                "Checked 2 files: 0 errors, 0 warnings, 0 info.\n",
                run("check", workspace.toString()).out());
    }

    @Test
    void acceptedFindingsAreHiddenUnlessAskedFor() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/w.wfa", """
                package acme.hr

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
                """);
        WfaCliRun hidden = run("check", workspace.toString());
        assertEquals("Checked 2 files: 0 errors, 0 warnings, 0 info, 1 accepted.\n", hidden.out());
        WfaCliRun shown = run("check", "--show-suppressed", workspace.toString());
        assertTrue(
                shown.out()
                        .contains("info: Accepted (named in the HR handbook): Workflow 'Hiring' has neither a"
                                + " title nor a description"),
                shown.out());
    }

    @Test
    void metricsReportEachWorkflowsFigures() throws IOException {
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/w.wfa", WfaRuleFixture.HIRING);
        WfaCliRun result = run("check", "--metrics", workspace.toString());
        assertEquals(0, result.status(), result.out());
        assertEquals("""
                workflow Hiring: 1 stage, 0 decisions, 1 approval; 2 hand-offs (2 across teams); 0 of the stages by\
                 systems, 0 by AI (0 reviewed by a person); critical path 2 days against SLA 10 days
                  load: HR.Recruiter 1, HR.Head 1
                Checked 2 files: 0 errors, 0 warnings, 0 info.
                """, result.out());
    }

    @Test
    void checkReadsDeeplyNestedConditionsWithoutCrashing() throws IOException {
        String condition = "(".repeat(20_000) + "a > 1" + ")".repeat(20_000);
        Path file = write(
                "deep.wfa",
                "workflow W \"Deep\" {\n    data {\n        a: number\n    }\n    start -> D\n\n"
                        + "    decision D {\n        when " + condition
                        + " -> E\n        otherwise -> E\n    }\n\n    end E\n}\n");
        WfaCliRun result = run("check", file.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("[WFA105]"), result.out());
    }
}

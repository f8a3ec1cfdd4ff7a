package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaCliRun;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

/**
 * {@code --fail-on warning|error}: the least severe finding that fails {@code check} and {@code build}.
 */
class WfaFailOnTest {

    /** The clean hiring workflow without a title: one warning. */
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

    /** The same, with the missing title accepted. */
    private static final String ACCEPTED = """
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
            """;

    @TempDir
    Path workspace;

    private static WfaCliRun run(String... args) {
        return WfaCliRun.run(args);
    }

    private void write(String relative, String text) throws IOException {
        WfaCliRun.write(workspace, relative, text);
    }

    /** A workspace with one warning (a workflow without a title) and no errors. */
    @BeforeEach
    void warningOnly() throws IOException {
        write("src/org.wfa", WfaTestWorkspace.ORGANISATION);
        write("src/hr/w.wfa", UNTITLED);
    }

    @Test
    void warningsPassByDefaultAndFailWithFailOnWarning() {
        String src = workspace.resolve("src").toString();
        assertEquals(0, run("check", src).status());
        assertEquals(0, run("check", "--fail-on", "error", src).status());
        WfaCliRun strict = run("check", "--fail-on", "warning", src);
        assertEquals(1, strict.status());
        assertTrue(strict.out().contains("Checked 2 files: 0 errors, 1 warning, 0 info."), strict.out());
        assertEquals(
                1, run("check", "--fail-on", "warning", "--format", "json", src).status());
        assertEquals(
                1,
                run("check", "--fail-on", "warning", "--format", "sarif", src).status());
    }

    @Test
    void anAcceptedWarningDoesNotFail() throws IOException {
        write("src/hr/w.wfa", ACCEPTED);
        assertEquals(
                0,
                run("check", "--fail-on", "warning", workspace.resolve("src").toString())
                        .status());
    }

    @Test
    void aBuildThatFailsOnWarningsGeneratesNothing() {
        Path out = workspace.resolve("out");
        WfaCliRun result = run(
                "build",
                "--fail-on",
                "warning",
                "--out",
                out.toString(),
                workspace.resolve("src").toString());
        assertEquals(1, result.status());
        assertTrue(
                result.out().endsWith("Checked 2 files: 0 errors, 1 warning, 0 info. Nothing generated.\n"),
                result.out());
        assertTrue(Files.notExists(out));
        assertEquals(
                0,
                run("build", "--out", out.toString(), workspace.resolve("src").toString())
                        .status());
    }

    @Test
    void anUnknownSeverityIsAUsageError() {
        WfaCliRun result =
                run("check", "--fail-on", "info", workspace.resolve("src").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("--fail-on"), result.err());
    }
}

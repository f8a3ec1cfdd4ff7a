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
import org.wfa.dsl.tests.support.WfaRuleFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

/**
 * {@code --fail-on warning|error}: the least severe finding that fails {@code check} and {@code build}.
 */
class WfaFailOnTest {

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
        write("src/hr/w.wfa", WfaRuleFixture.hiringWith("workflow Hiring \"Hiring\" {", "workflow Hiring {"));
    }

    @Test
    void warningsPassByDefaultAndFailWithFailOnWarning() {
        String src = workspace.resolve("src").toString();
        assertEquals(0, run("check", src).status());
        assertEquals(0, run("check", "--fail-on", "error", src).status());
        WfaCliRun strict = run("check", "--fail-on", "warning", src);
        assertEquals(1, strict.status());
        assertTrue(strict.out().contains("Checked 2 files: 0 errors, 1 warning, 0 info."), strict.out());
        assertEquals(1, run("check", "--fail-on", "warning", "--format", "json", src).status());
        assertEquals(1, run("check", "--fail-on", "warning", "--format", "sarif", src).status());
    }

    @Test
    void anAcceptedWarningDoesNotFail() throws IOException {
        write("src/hr/w.wfa", WfaRuleFixture.hiringWith("workflow Hiring \"Hiring\" {",
                "@allow(missing-title, \"named in the HR handbook\")\nworkflow Hiring {"));
        assertEquals(0, run("check", "--fail-on", "warning", workspace.resolve("src").toString()).status());
    }

    @Test
    void aBuildThatFailsOnWarningsGeneratesNothing() {
        Path out = workspace.resolve("out");
        WfaCliRun result = run("build", "--fail-on", "warning", "--out", out.toString(), workspace.resolve("src").toString());
        assertEquals(1, result.status());
        assertTrue(result.out().endsWith("Checked 2 files: 0 errors, 1 warning, 0 info. Nothing generated.\n"),
                result.out());
        assertTrue(Files.notExists(out));
        assertEquals(0, run("build", "--out", out.toString(), workspace.resolve("src").toString()).status());
    }

    @Test
    void anUnknownSeverityIsAUsageError() {
        WfaCliRun result = run("check", "--fail-on", "info", workspace.resolve("src").toString());
        assertEquals(2, result.status());
        assertTrue(result.err().contains("--fail-on"), result.err());
    }
}

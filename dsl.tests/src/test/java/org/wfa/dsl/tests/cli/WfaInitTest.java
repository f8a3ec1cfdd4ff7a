package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaCliRun;

/**
 * {@code wfa init}: a new workspace that checks clean, is in canonical layout and builds.
 */
class WfaInitTest {

    @TempDir
    Path temp;

    private static WfaCliRun run(String... args) {
        return WfaCliRun.run(args);
    }

    @Test
    void theNewWorkspaceChecksWithoutAnyFindingAndIsCanonical() {
        Path folder = temp.resolve("architecture");
        WfaCliRun init = run("init", folder.toString());
        assertEquals(0, init.status(), init.err());
        assertTrue(
                init.out()
                        .endsWith("Created a workspace with 5 files in " + folder + ". Next: wfa check " + folder
                                + " (see README.md).\n"),
                init.out());
        WfaCliRun check = run("check", folder.toString());
        assertEquals("Checked 2 files: 0 errors, 0 warnings, 0 info.\n", check.out());
        assertEquals(0, check.status());
        WfaCliRun fmt = run("fmt", "--check", folder.toString());
        assertEquals(0, fmt.status(), fmt.out() + fmt.err());
        assertEquals("", fmt.out());
        WfaCliRun build =
                run("build", "--target", "docs", "--out", temp.resolve("out").toString(), folder.toString());
        assertEquals(0, build.status(), build.out() + build.err());
    }

    @Test
    void theWorkspaceHasItsConfigurationGitAttributesAndNextSteps() throws IOException {
        run("init", temp.toString());
        assertTrue(Files.readString(temp.resolve(".gitattributes")).contains("*.wfa text eol=lf diff=wfa\n"));
        assertTrue(Files.readString(temp.resolve("wfa.yaml")).contains("rules:"));
        assertTrue(
                Files.readString(temp.resolve("README.md")).contains("git config diff.wfa.textconv \"wfa outline\""));
        assertTrue(Files.isRegularFile(temp.resolve("org/organisation.wfa")));
        assertTrue(Files.isRegularFile(temp.resolve("purchasing/purchase-request.wfa")));
    }

    @Test
    void existingFilesAreNotOverwrittenWithoutForce() throws IOException {
        Files.writeString(temp.resolve("wfa.yaml"), "rules: {}\n");
        WfaCliRun refused = run("init", temp.toString());
        assertEquals(2, refused.status());
        assertEquals(
                "wfa: '" + temp + "' already has 'wfa.yaml': expected none of the workspace's files; nothing was"
                        + " written (use --force to overwrite them)\n",
                refused.err());
        assertEquals("rules: {}\n", Files.readString(temp.resolve("wfa.yaml")));
        assertTrue(Files.notExists(temp.resolve("org")), "nothing written");

        Files.writeString(temp.resolve("notes.md"), "mine");
        WfaCliRun forced = run("init", "--force", temp.toString());
        assertEquals(0, forced.status(), forced.err());
        assertTrue(Files.readString(temp.resolve("wfa.yaml")).contains("rules:"));
        assertEquals(
                "mine", Files.readString(temp.resolve("notes.md")), "files not of the workspace are never touched");
    }

    @Test
    void aFileGivenAsTheFolderIsAnInputError() throws IOException {
        Path file = Files.writeString(temp.resolve("plain"), "");
        WfaCliRun result = run("init", file.toString());
        assertEquals(2, result.status());
        assertEquals("wfa: '" + file + "' is a file: expected a folder for the new workspace\n", result.err());
    }
}

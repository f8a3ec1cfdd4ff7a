package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaCliRun;

/**
 * {@code wfa outline FILE}: the outline on standard output, exit 0 even for a file with syntax
 * errors (git's textconv must always get text), exit 2 when there is no file to read.
 */
class WfaOutlineCommandTest {

    @TempDir
    Path workspace;

    private static WfaCliRun run(String... args) {
        return WfaCliRun.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = workspace.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsTheOutlineOfAFileWhateverItsName() throws IOException {
        // git hands textconv a temporary file whose name need not end in .wfa
        Path file = write(
                "XYZ123_hiring",
                "package acme.hr\nworkflow Hiring \"Hiring\" { owner HR.Head start -> done end done }\n");
        WfaCliRun result = run("outline", file.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("""
                package acme.hr
                workflow acme.hr.Hiring "Hiring"
                  owner HR.Head
                  start -> done
                  end done
                """, result.out());
        assertEquals("", result.err());
    }

    @Test
    void exitsWithZeroAndListsSyntaxErrorsForABrokenFile() throws IOException {
        Path file = write("broken.wfa", "team T {\n    role R\n    rol S\n}\n");
        WfaCliRun result = run("outline", file.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("team T\n  role R\n"), result.out());
        assertTrue(result.out().contains("! syntax error at 3:5: "), result.out());
        assertEquals("", result.err());
    }

    @Test
    void exitsWithTwoForAMissingFile() {
        WfaCliRun result = run("outline", workspace.resolve("missing.wfa").toString());
        assertEquals(2, result.status());
        assertEquals("wfa: '" + workspace.resolve("missing.wfa") + "' does not exist\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void exitsWithTwoForADirectoryOrABinaryFile() throws IOException {
        WfaCliRun directory = run("outline", workspace.toString());
        assertEquals(2, directory.status());
        assertEquals("wfa: '" + workspace + "' is a directory: expected one .wfa file\n", directory.err());

        Path binary = workspace.resolve("binary.wfa");
        Files.write(binary, new byte[] {'t', 0, 'x'});
        WfaCliRun result = run("outline", binary.toString());
        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("wfa: '" + binary + "' is a binary file"), result.err());
    }

    @Test
    void takesExactlyOneFile() throws IOException {
        Path file = write("a.wfa", "team T\n");
        assertEquals(2, run("outline").status());
        assertEquals(2, run("outline", file.toString(), file.toString()).status());
    }
}

package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.build.WfaOutput;
import org.wfa.dsl.generator.GeneratedFile;

class WfaOutputTest {

    @TempDir
    Path temp;

    @Test
    void writesFilesInTheirFoldersAndLeavesNoTemporaryFiles() throws IOException {
        Path out = temp.resolve("out");
        WfaOutput.Result result = WfaOutput.write(
                out, List.of(new GeneratedFile("docs/a.md", "A"), new GeneratedFile("html/teams/b.html", "B")));
        assertEquals(2, result.written());
        assertEquals("A", Files.readString(out.resolve("docs/a.md")));
        assertEquals("B", Files.readString(out.resolve("html/teams/b.html")));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(2, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void leavesUnchangedFilesUntouched() throws IOException {
        Path out = temp.resolve("out");
        WfaOutput.write(out, List.of(new GeneratedFile("a.md", "same"), new GeneratedFile("b.md", "old")));
        FileTime long_ago = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(out.resolve("a.md"), long_ago);
        WfaOutput.Result result =
                WfaOutput.write(out, List.of(new GeneratedFile("a.md", "same"), new GeneratedFile("b.md", "new")));
        assertEquals(1, result.written());
        assertEquals(1, result.unchanged());
        assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("a.md")));
        assertEquals("new", Files.readString(out.resolve("b.md")));
    }

    @Test
    void newFilesAreReadableByAllAndReplacedFilesKeepTheirPermissions() throws IOException {
        Path out = temp.resolve("out");
        WfaOutput.write(out, List.of(new GeneratedFile("a.md", "1"), new GeneratedFile("b.md", "1")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("a.md"))));
        Files.setPosixFilePermissions(out.resolve("b.md"), PosixFilePermissions.fromString("rw-rw----"));
        WfaOutput.write(out, List.of(new GeneratedFile("b.md", "2")));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("b.md"))));
    }

    @Test
    void refusesPathsThatLeaveTheOutputFolder() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile("../escape.md", ""));
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile("/etc/passwd", ""));
        assertThrows(IllegalArgumentException.class, () -> new GeneratedFile("docs/../../x", ""));
    }

    @Test
    void refusesToWriteThroughASymbolicLinkOutOfTheOutputFolder() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("docs"), elsewhere);
        IOException error = assertThrows(
                IOException.class, () -> WfaOutput.write(out, List.of(new GeneratedFile("docs/a.md", "A"))));
        assertTrue(
                error.getMessage().contains("'docs/a.md' would be written outside the output folder"),
                error.getMessage());
        assertFalse(Files.exists(elsewhere.resolve("a.md")));
    }

    @Test
    void makesNoFolderOutsideTheOutputFolderThroughASymbolicLink() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("docs"), elsewhere);
        IOException error = assertThrows(
                IOException.class, () -> WfaOutput.write(out, List.of(new GeneratedFile("docs/deep/er/a.md", "A"))));
        assertTrue(
                error.getMessage().contains("'docs/deep/er/a.md' would be written outside the output folder"),
                error.getMessage());
        assertFalse(Files.exists(elsewhere.resolve("deep")), "a folder was made outside the output folder");
    }

    @Test
    void aFileThatFailsToRenderHalfWayLeavesEveryPreviousFileAsItWas() throws IOException {
        Path out = temp.resolve("out");
        List<GeneratedFile> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(new GeneratedFile("docs/page" + i + ".md", "old " + i));
        }
        WfaOutput.write(out, first);
        List<GeneratedFile> second = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            second.add(GeneratedFile.lazy("docs/page" + i + ".md", () -> {
                if (n == 13) {
                    throw new IllegalStateException("generator failed");
                }
                return "new " + n;
            }));
        }
        assertThrows(IllegalStateException.class, () -> WfaOutput.write(out, second));
        for (int i = 0; i < 20; i++) {
            assertEquals("old " + i, Files.readString(out.resolve("docs/page" + i + ".md")));
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(20, files.filter(Files::isRegularFile).count(), "no temporary files left");
        }
    }

    @Test
    void reportsTheHashOfEveryFile() throws IOException {
        WfaOutput.Result result = WfaOutput.write(temp.resolve("out"), List.of(new GeneratedFile("a.md", "abc")));
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                result.hashes().get("a.md"));
    }
}

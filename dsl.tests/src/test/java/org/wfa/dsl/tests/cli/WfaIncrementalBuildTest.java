package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaCliRun;
import org.wfa.dsl.tests.support.WfaRuleFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code wfa build} is incremental: it records what its outputs were made from in the output
 * folder, generates nothing when nothing changed, removes what it generated earlier and no
 * longer generates, and leaves the previous outputs intact when it fails.
 */
class WfaIncrementalBuildTest {

    private static final String SECOND = WfaRuleFixture.HIRING.replace("package acme.hr", "package acme.talent");

    /** The hiring workflow with its first stage retitled: a changed input. */
    private static final String RETITLED = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Hiring" {
                owner HR.Head
                sla 10 days
                start -> Draft

                stage Draft "Write the contract" {
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

    private Path sources;
    private Path out;

    private WfaCliRun build(String... targets) {
        String[] args = Stream.concat(
                        Stream.of("build", "--out", out.toString()),
                        Stream.concat(
                                Stream.of(targets).flatMap(t -> Stream.of("--target", t)),
                                Stream.of(sources.toString())))
                .toArray(String[]::new);
        return WfaCliRun.run(args);
    }

    private void write(String relative, String text) throws IOException {
        WfaCliRun.write(sources, relative, text);
    }

    /** Every file under the output folder with its content. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @BeforeEach
    void workspace() throws IOException {
        sources = workspace.resolve("src");
        out = workspace.resolve("out");
        write("org.wfa", WfaTestWorkspace.ORGANISATION);
        write("hr/hiring.wfa", WfaRuleFixture.HIRING);
        write("talent/hiring.wfa", SECOND);
    }

    @Test
    void aSecondBuildOfUnchangedInputsGeneratesNothing() throws IOException {
        WfaCliRun first = build("docs");
        assertEquals(0, first.status(), first.out() + first.err());
        assertTrue(first.out().startsWith("Generated "), first.out());
        Map<String, String> before = snapshot();
        WfaCliRun second = build("docs");
        assertEquals(0, second.status());
        int files = before.size() - 1;
        assertEquals("Up to date: " + files + " files in " + out + " from 3 .wfa files.\n", second.out());
        assertEquals(before, snapshot());
        assertEquals("", first.err() + second.err(), "no progress or other noise outside a terminal");
    }

    @Test
    void theManifestRecordsInputsTargetsAndGeneratedFiles() throws IOException {
        build("docs");
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve(".wfa-build.json")))
                .getAsJsonObject();
        assertTrue(manifest.get("tool").getAsString().startsWith("wfa "), manifest.toString());
        assertEquals("[\"docs\"]", manifest.get("targets").toString());
        assertEquals(3, manifest.getAsJsonObject("sources").size());
        assertTrue(manifest.getAsJsonObject("files").has("docs/acme.hr.Hiring.md"), manifest.toString());
        assertEquals(snapshot().size() - 1, manifest.getAsJsonObject("files").size());
    }

    @Test
    void aChangedInputOrOtherTargetsRegenerate() throws IOException {
        build("docs");
        write("hr/hiring.wfa", RETITLED);
        WfaCliRun changed = build("docs");
        assertTrue(changed.out().startsWith("Generated ") && !changed.out().contains("(0 changed"), changed.out());
        assertTrue(Files.readString(out.resolve("docs/acme.hr.Hiring.md")).contains("Write the contract"));
        WfaCliRun otherTargets = build("docs", "bpmn");
        assertTrue(otherTargets.out().startsWith("Generated "), otherTargets.out());
        assertTrue(Files.isRegularFile(out.resolve("bpmn/acme.hr.Hiring.bpmn")));
    }

    @Test
    void anOutputChangedByHandIsRestored() throws IOException {
        build("docs");
        Path page = out.resolve("docs/acme.hr.Hiring.md");
        String generated = Files.readString(page);
        Files.writeString(page, "edited");
        WfaCliRun result = build("docs");
        assertTrue(result.out().startsWith("Generated ") && result.out().contains("(1 changed)"), result.out());
        assertEquals(generated, Files.readString(page));
    }

    @Test
    void filesNoLongerGeneratedAreRemovedAndNothingElseIsTouched() throws IOException {
        build("docs", "bpmn");
        Path own = out.resolve("docs/notes.txt");
        Files.writeString(own, "mine");
        Files.delete(sources.resolve("talent/hiring.wfa"));
        WfaCliRun result = build("docs");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains(" removed)"), result.out());
        assertFalse(Files.exists(out.resolve("docs/acme.talent.Hiring.md")));
        assertFalse(Files.exists(out.resolve("bpmn")), "the folder of a target no longer built goes with its files");
        assertTrue(Files.isRegularFile(out.resolve("docs/acme.hr.Hiring.md")));
        assertEquals("mine", Files.readString(own), "a file the build did not write stays");
    }

    @Test
    void aBuildThatFailsHalfWayLeavesThePreviousOutputsIntact() throws IOException {
        build("docs");
        Map<String, String> before = snapshot();
        // A folder where the build must write a file: the write fails after others are rendered.
        Path page = out.resolve("docs/acme.talent.Hiring.md");
        Files.delete(page);
        Files.createDirectories(page.resolve("in-the-way"));
        before.remove("docs/acme.talent.Hiring.md");
        write("hr/hiring.wfa", RETITLED);
        write("talent/hiring.wfa", SECOND.replace("\"Draft the contract\"", "\"Write the contract\""));
        WfaCliRun result = build("docs");
        assertEquals(2, result.status(), result.out());
        assertTrue(
                result.err()
                        .startsWith("wfa: cannot write to '" + out + "': 'docs/acme.talent.Hiring.md' cannot"
                                + " be written in the output folder"),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals(before, snapshot(), "no output and not the manifest changed");
        try (Stream<Path> walk = Files.walk(out)) {
            assertTrue(walk.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
        Files.delete(page.resolve("in-the-way"));
        Files.delete(page);
        WfaCliRun repaired = build("docs");
        assertEquals(0, repaired.status(), repaired.err());
        assertTrue(Files.readString(out.resolve("docs/acme.talent.Hiring.md")).contains("Write the contract"));
    }

    @Test
    void aFailedCheckKeepsTheManifestSoTheNextBuildStillKnowsItsFiles() throws IOException {
        build("docs");
        String manifest = Files.readString(out.resolve(".wfa-build.json"));
        write("hr/hiring.wfa", WfaRuleFixture.HIRING.replace("owner HR.Head", "owner HR.Haed"));
        assertEquals(1, build("docs").status());
        assertEquals(manifest, Files.readString(out.resolve(".wfa-build.json")));
    }

    @Test
    void aManifestNamingFilesOutsideTheOutputFolderDeletesNothingThere() throws IOException {
        build("docs");
        Path victim = Files.writeString(workspace.resolve("victim.txt"), "keep");
        Path absolute = Files.writeString(workspace.resolve("absolute.txt"), "keep");
        Path manifest = out.resolve(".wfa-build.json");
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace(
                                "\"files\": {",
                                "\"files\": {\n    \"../victim.txt\": \"0\",\n    \"" + absolute.toAbsolutePath()
                                        + "\": \"0\","));
        WfaCliRun result = build("docs");
        assertEquals(0, result.status(), result.err());
        assertEquals("keep", Files.readString(victim));
        assertEquals("keep", Files.readString(absolute));
    }

    @Test
    void anUnreadableManifestMeansAFullBuildThatRemovesNothing() throws IOException {
        build("docs");
        Path own = Files.writeString(out.resolve("docs/notes.txt"), "mine");
        Files.writeString(out.resolve(".wfa-build.json"), "{ not json");
        WfaCliRun result = build("docs");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("Generated ") && result.out().contains("(0 changed)"), result.out());
        assertEquals("mine", Files.readString(own));
        assertTrue(Files.readString(out.resolve(".wfa-build.json")).contains("\"files\""), "a new manifest");
    }
}

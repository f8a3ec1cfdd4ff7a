package org.wfa.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaCliRun;

/**
 * {@code wfa diff --git} and the {@code git difftool} set-up of docs/diff.md, with a real git
 * repository built in a temporary directory.
 */
class WfaDiffGitTest {

    private static final String V1 = """
            workflow Leave "Leave request" {
                start -> request

                stage request "Request leave" {
                    responsible Staff.Employee
                    accountable Staff.Employee
                    -> approve
                }

                approval approve "Approve leave" {
                    approver Staff.Manager
                    approves request
                    sla 2 days escalate to Staff.Manager
                    approved -> booked
                    rejected -> refused
                }

                end booked "Leave booked"
                end refused "Leave refused"
            }

            team Staff {
                role Employee
                role Manager
            }
            """;

    private static final String V2 = V1.replace("sla 2 days", "sla 1 day")
            .replace("approver Staff.Manager", "approver Staff.Manager, Staff.Director")
            .replace("    role Manager\n", "    role Manager\n    role Director\n");

    @TempDir
    Path repo;

    @BeforeEach
    void requireGit() throws Exception {
        boolean present;
        try {
            present = new ProcessBuilder("git", "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            present = false;
        }
        assumeTrue(present, "git is not installed");
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=WFA",
                "-c",
                "user.email=wfa@example.org",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", repo.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + out);
        return out;
    }

    private void commitTwoVersions() throws Exception {
        git("init", "-q");
        Files.createDirectories(repo.resolve("flows"));
        Files.writeString(repo.resolve("flows/leave.wfa"), V1);
        Files.writeString(repo.resolve("README.txt"), "not a workflow");
        git("add", ".");
        git("commit", "-q", "-m", "v1");
        Files.writeString(repo.resolve("flows/leave.wfa"), V2);
        git("commit", "-q", "-am", "v2");
    }

    @Test
    void diffOfTwoCommits() throws Exception {
        commitTwoVersions();
        WfaCliRun result = WfaCliRun.run("diff", "-C", repo.toString(), "--git", "HEAD~1..HEAD");
        assertEquals(0, result.status(), result.err());
        assertEquals("""
                workflow 'Leave' changed
                  approval 'approve': approver Staff.Manager \u2192 Staff.Director, Staff.Manager
                  approval 'approve': sla 2 days escalate to Staff.Manager \u2192 1 day escalate to Staff.Manager
                organisation
                  role 'Staff.Director' added
                1 workflow changed, 0 added, 0 removed; 1 organisation change; 0 findings introduced, 0 resolved.
                """, result.out());
    }

    @Test
    void diffOfACommitAgainstTheWorkingTreeRestrictedToPaths() throws Exception {
        commitTwoVersions();
        Files.writeString(
                repo.resolve("flows/leave.wfa"),
                V2.replace("end refused \"Leave refused\"", "end refused \"Leave declined\""));
        WfaCliRun result = WfaCliRun.run("diff", "-C", repo.toString(), "--git", "HEAD", "flows");
        assertEquals(0, result.status(), result.err());
        assertEquals("""
                workflow 'Leave' changed
                  end 'refused': title Leave refused \u2192 Leave declined
                1 workflow changed, 0 added, 0 removed; 0 organisation changes; 0 findings introduced, 0 resolved.
                """, result.out());
        WfaCliRun same = WfaCliRun.run("diff", "-C", repo.toString(), "--exit-code", "--git", "HEAD", "README.txt");
        assertEquals("No semantic changes.\n", same.out());
        assertEquals(0, same.status(), same.err());
    }

    @Test
    void unknownRevisionIsAOneLineInputError() throws Exception {
        commitTwoVersions();
        WfaCliRun result = WfaCliRun.run("diff", "-C", repo.toString(), "--git", "nosuchbranch..HEAD");
        assertEquals(2, result.status());
        assertTrue(
                result.err().startsWith("wfa: unknown revision 'nosuchbranch': expected a commit, branch or tag"),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void directoryOutsideARepositoryIsAOneLineInputError() throws Exception {
        WfaCliRun result = WfaCliRun.run("diff", "-C", repo.toString(), "--git", "HEAD");
        assertEquals(2, result.status());
        assertTrue(result.err().contains("is not in a git repository: --git needs one"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    /** The difftool configuration of docs/diff.md, with the CLI started from this test's class path. */
    @Test
    void gitDifftoolRunsWfaDiffOnEachChangedFile() throws Exception {
        commitTwoVersions();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path script = repo.resolve("wfa-dev");
        // git runs the tool in the repository: the class path must not depend on this test's directory.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        Files.writeString(
                script, "#!/bin/sh\nexec '" + java + "' -cp '" + classPath + "' org.wfa.cli.WfaMain \"$@\"\n");
        assertTrue(script.toFile().setExecutable(true));
        git("config", "difftool.wfa.cmd", "'" + script + "' diff \"$LOCAL\" \"$REMOTE\"");
        String out = git("difftool", "-y", "--tool=wfa", "HEAD~1", "HEAD", "--", "flows");
        assertTrue(
                out.contains(
                        "approval 'approve': sla 2 days escalate to Staff.Manager \u2192 1 day escalate to Staff.Manager"),
                out);
    }
}

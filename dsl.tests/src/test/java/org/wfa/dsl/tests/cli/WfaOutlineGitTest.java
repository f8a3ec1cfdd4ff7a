package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wfa outline} as git's textconv driver, with the real git in a temporary repository:
 * a commit that only changes the layout shows no change, a commit that changes the design
 * shows the facts that changed.
 */
class WfaOutlineGitTest {

    private static final String V1 = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Recrutement – équipe RH" {
                owner HR.Head
                start -> screen

                stage screen "Screen candidates" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    produces Shortlist
                    -> interview
                }

                stage interview "Interview" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> hired
                }

                end hired "Hired"
            }
            """;

    /** V1 in another layout: comments, other indentation, clauses in another order, one line per stage. */
    private static final String V1_REFORMATTED = """
            package acme.hr
            import acme.org.*
            // Hiring: from screening to a hire.
            workflow Hiring "Recrutement – équipe RH" {
              start -> screen
              owner HR.Head
              stage screen "Screen candidates" { accountable HR.Head responsible HR.Recruiter -> interview produces Shortlist }
              /* the interview panel */
              stage interview "Interview" { -> hired accountable HR.Head responsible HR.Recruiter }
              end hired "Hired"
            }
            """;

    /** The design changes: another accountable for screening, and a new stage before the hire. */
    private static final String V2 = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Recrutement – équipe RH" {
                owner HR.Head
                start -> screen

                stage screen "Screen candidates" {
                    responsible HR.Recruiter
                    accountable HR.Director
                    produces Shortlist
                    -> interview
                }

                stage interview "Interview" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> signContract
                }

                stage signContract "Vertrag unterschreiben" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> hired
                }

                end hired "Hired"
            }
            """;

    /** A line of a diff that adds or removes content (not the '---'/'+++' file names). */
    private static final Pattern CHANGED_LINE = Pattern.compile("(?m)^[-+](?!--|\\+\\+)");

    @TempDir
    Path repository;

    /** Home of the git processes: holds the textconv script, and keeps the user's git configuration out. */
    @TempDir
    Path home;

    @Test
    void gitShowsNoChangeForALayoutChangeAndTheChangedFactsForARealChange() throws Exception {
        Assumptions.assumeTrue(gitIsInstalled(), "git is not installed");
        Path textconv = textconvScript(home);
        git("init", "-q");
        git("config", "user.name", "Test");
        git("config", "user.email", "test@example.org");
        git("config", "diff.wfa.textconv", textconv.toString());
        git("config", "diff.wfa.cachetextconv", "true");
        Files.writeString(repository.resolve(".gitattributes"), "*.wfa diff=wfa\n");
        Path workflow = repository.resolve("hiring.wfa");

        commit(workflow, V1, "v1");
        commit(workflow, V1_REFORMATTED, "layout only");
        String layoutDiff = git("diff", "HEAD~1", "HEAD");
        assertFalse(CHANGED_LINE.matcher(layoutDiff).find(), layoutDiff);
        String layoutLog = git("log", "-p", "-1");
        assertFalse(CHANGED_LINE.matcher(layoutLog).find(), layoutLog);
        // The text did change: it is the outline that hides the layout.
        assertTrue(CHANGED_LINE
                .matcher(git("diff", "--no-textconv", "HEAD~1", "HEAD"))
                .find());

        commit(workflow, V2, "reassign screening, add contract signature");
        String log = git("log", "-p", "-1");
        List<String> changed =
                log.lines().filter(line -> CHANGED_LINE.matcher(line).find()).toList();
        assertTrue(log.contains("\n-    accountable HR.Head\n+    accountable HR.Director\n"), log);
        assertTrue(changed.contains("+    -> signContract"), log);
        assertTrue(changed.contains("+  stage signContract \"Vertrag unterschreiben\""), log);
        // Only facts changed: no braces, no layout, and nothing else.
        assertTrue(changed.size() <= 8, log);
        assertTrue(changed.stream().noneMatch(line -> line.contains("{") || line.contains("}")), log);
        // Unchanged context keeps its accents through git, whatever the locale.
        assertTrue(log.contains("workflow acme.hr.Hiring \"Recrutement – équipe RH\""), log);
    }

    /** The CLI through this test's class path, as 'wfa outline' is run from an installed jar. */
    private static Path textconvScript(Path home) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Path script = home.resolve("wfa-outline");
        Files.writeString(
                script,
                "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '" + classPath
                        + "' org.wfa.cli.WfaMain outline \"$1\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private void commit(Path file, String text, String message) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    private String git(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(concat("git", args))
                .directory(repository.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // The user's own configuration stays out; a C locale checks that names keep their accents.
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("GIT_PAGER", "cat");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "git " + String.join(" ", args) + " did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ":\n" + text);
        return text;
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(rest));
        return all;
    }

    private static boolean gitIsInstalled() {
        try {
            Process process = new ProcessBuilder("git", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

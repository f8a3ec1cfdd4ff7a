package org.wfa.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.wfa.dsl.config.WfaSettings;
import org.wfa.dsl.config.WfaSettingsProvider;
import org.wfa.dsl.rules.WfaIssueCodes;

/**
 * The mistakes in a workspace configuration file ({@code wfa.yaml}, WFA018) as diagnostics of
 * that file, with the messages and positions {@code wfa check} gives them. They belong to the
 * configuration file, not to the .wfa files it applies to: that is where they are fixed, and one
 * mistake would otherwise be shown once per .wfa file.
 *
 * <p>As in {@code wfa check}, a configuration file is reported when it applies to a .wfa file:
 * its problems are published after such a file has been validated, whenever they differ from
 * the ones published last. A deleted configuration file's diagnostics are cleared.
 */
final class WfaConfigurationDiagnostics {

    private final Supplier<WfaSettingsProvider> settings;

    private final Procedure2<? super URI, ? super Iterable<Issue>> publisher;

    private final Map<Path, List<WfaSettings.Problem>> published = new HashMap<>();

    /**
     * @param settings  the language's settings provider (the one the validators read, so that a
     *                  change reaches both)
     * @param publisher publishes a file's diagnostics to the client
     */
    WfaConfigurationDiagnostics(
            Supplier<WfaSettingsProvider> settings, Procedure2<? super URI, ? super Iterable<Issue>> publisher) {
        this.settings = settings;
        this.publisher = publisher;
    }

    /** A .wfa file has been validated: the problems of the configuration that applies to it, if they changed. */
    void validated(URI source) {
        WfaSettingsProvider provider = settings.get();
        if (provider == null || !source.isFile()) {
            return;
        }
        Path directory = Path.of(source.toFileString()).toAbsolutePath().getParent();
        WfaSettings applied = directory == null ? WfaSettings.DEFAULT : provider.forDirectory(directory);
        if (applied.file() != null) {
            publish(applied.file(), applied.problems());
        }
    }

    /** Configuration files changed: they are read again by the build that follows. */
    void changed(List<Path> files) {
        WfaSettingsProvider provider = settings.get();
        if (provider != null) {
            files.forEach(provider::changed);
        }
    }

    /** After the build that followed a change: the diagnostics of a configuration file that is gone are cleared. */
    void built(List<Path> changed) {
        for (Path file : changed) {
            if (!Files.isRegularFile(file)) {
                publish(file, List.of());
            }
        }
    }

    private synchronized void publish(Path file, List<WfaSettings.Problem> problems) {
        if (problems.equals(published.getOrDefault(file, List.of()))) {
            return;
        }
        if (problems.isEmpty()) {
            published.remove(file);
        } else {
            published.put(file, List.copyOf(problems));
        }
        URI uri = URI.createFileURI(file.toString());
        publisher.apply(
                uri, problems.stream().map(problem -> issue(uri, problem)).toList());
    }

    /** A problem as an error of the file, at the problem's line and column (LSP shows the word there). */
    private static Issue issue(URI file, WfaSettings.Problem problem) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setUriToProblem(file);
        issue.setSeverity(Severity.ERROR);
        issue.setType(CheckType.FAST);
        issue.setCode(WfaIssueCodes.CONFIGURATION_ERROR);
        issue.setMessage(problem.message());
        issue.setLineNumber(problem.line());
        issue.setColumn(problem.column());
        issue.setLineNumberEnd(problem.line());
        issue.setColumnEnd(problem.column());
        return issue;
    }
}

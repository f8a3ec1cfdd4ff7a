package org.wfa.cli;

import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

import picocli.CommandLine.Option;

/** {@code --fail-on}: the least severe finding that makes {@code check} and {@code build} exit with status 1. */
final class FailOnOption {

    enum Level {
        warning(WfaDiagnostic.Severity.WARNING), error(WfaDiagnostic.Severity.ERROR);

        private final WfaDiagnostic.Severity severity;

        Level(WfaDiagnostic.Severity severity) {
            this.severity = severity;
        }
    }

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with status 1 when a finding of this severity or a worse one exists:"
                    + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Accepted findings never count.")
    private Level level = Level.error;

    boolean fails(Compilation compilation) {
        return compilation.hasFindingsAtLeast(level.severity);
    }

    String label() {
        return level.name();
    }
}

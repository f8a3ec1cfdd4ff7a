package org.wfa.maven;

import org.apache.maven.plugin.logging.Log;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.compiler.WfaSummary;

/**
 * Reports a compilation through Maven's log: each finding as the same line that {@code wfa check}
 * prints, at the level of its severity (so that Maven shows errors as [ERROR] and IDEs and CI
 * annotate them), then the summary.
 */
final class DiagnosticLog {

    private DiagnosticLog() {
    }

    static void report(Compilation compilation, Log log) {
        for (WfaDiagnostic diagnostic : compilation.diagnostics()) {
            if (diagnostic.accepted()) {
                // Accepted with @allow(rule, "reason"): a recorded decision, not a finding.
                continue;
            }
            String line = diagnostic.toText();
            switch (diagnostic.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        log.info(WfaSummary.of(compilation));
    }
}

package org.wfa.maven;

import org.apache.maven.plugin.logging.Log;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * Reports a compilation's findings through Maven's log: each as the same lines that
 * {@code wfa check} prints, at the level of its severity (so that Maven shows errors as [ERROR]
 * and IDEs and CI annotate them). The goal's summary line follows.
 */
final class DiagnosticLog {

    private DiagnosticLog() {}

    static void report(Compilation compilation, Log log) {
        for (WfaDiagnostic diagnostic : compilation.diagnostics()) {
            if (diagnostic.accepted()) {
                // Accepted with @allow(rule, "reason"): a recorded decision, not a finding.
                continue;
            }
            // Related locations (a counterexample's steps) follow on indented lines of the same entry.
            String line = diagnostic.toTextWithRelated();
            switch (diagnostic.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
    }
}

package org.wfa.dsl.compiler;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * The least severe finding that fails a check or a build: {@code --fail-on} of the command line,
 * {@code failOn} of the Maven plugin. Accepted findings never count.
 */
public enum WfaFailOn {
    WARNING(WfaDiagnostic.Severity.WARNING),
    ERROR(WfaDiagnostic.Severity.ERROR);

    private final WfaDiagnostic.Severity severity;

    WfaFailOn(WfaDiagnostic.Severity severity) {
        this.severity = severity;
    }

    /** The level as the user writes it: {@code warning} or {@code error}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level with this id, or null. */
    public static WfaFailOn byId(String id) {
        return Arrays.stream(values())
                .filter(level -> level.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** Every id, in the order of the help texts: {@code warning, error}. */
    public static String ids() {
        return Arrays.stream(values()).map(WfaFailOn::id).collect(Collectors.joining(", "));
    }

    /** How many findings of the compilation fail it at this level. */
    public long failures(Compilation compilation) {
        // Severities are declared from the worst down.
        return compilation.diagnostics().stream()
                .filter(d -> !d.accepted() && d.severity().compareTo(severity) <= 0)
                .count();
    }

    public boolean fails(Compilation compilation) {
        return failures(compilation) > 0;
    }
}

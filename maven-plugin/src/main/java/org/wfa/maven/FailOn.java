package org.wfa.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

/** Which findings fail the build: errors only (the default), or warnings too. */
enum FailOn {
    ERROR("error"), WARNING("warning");

    private final String id;

    FailOn(String id) {
        this.id = id;
    }

    /** The setting as written in the pom or with {@code -Dwfa.failOn}. */
    static FailOn parse(String value) throws MojoExecutionException {
        for (FailOn level : values()) {
            if (level.id.equals(value == null ? "" : value.trim())) {
                return level;
            }
        }
        throw new MojoExecutionException("wfa: failOn '" + value + "' is not a level: expected 'error' or 'warning'");
    }

    /** How many findings of a compilation fail the build at this level. */
    long failures(Compilation compilation) {
        long errors = compilation.count(WfaDiagnostic.Severity.ERROR);
        return this == WARNING ? errors + compilation.count(WfaDiagnostic.Severity.WARNING) : errors;
    }

    String id() {
        return id;
    }
}

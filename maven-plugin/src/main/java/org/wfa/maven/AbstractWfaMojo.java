package org.wfa.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.wfa.dsl.compiler.WfaFailOn;

/**
 * What both goals share: their parameters, finding the workspace, and how findings fail the
 * build. A goal then does its own work on the workspace through the library (the check, or the
 * build use case) and reports it with {@link #finish}. Each execution compiles into a resource
 * set of its own, so that executions may run in parallel (mvn -T).
 */
abstract class AbstractWfaMojo extends AbstractMojo {

    /** The folder of the project's .wfa files, searched recursively; a missing folder means no sources. */
    @Parameter(property = "wfa.sourceDirectory", defaultValue = "${project.basedir}/src/main/wfa")
    private File sourceDirectory;

    /** Further .wfa files or folders compiled with the source folder as one workspace; each must exist. */
    @Parameter
    private List<File> paths;

    /** Which findings fail the build: 'error' (the default) or 'warning' (errors and warnings). */
    @Parameter(property = "wfa.failOn", defaultValue = "error")
    private String failOn;

    /** Skips the goal. */
    @Parameter(property = "wfa.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping WFA (wfa.skip is set).");
            return;
        }
        WfaFailOn level = WfaFailOn.byId(failOn == null ? "" : failOn.trim());
        if (level == null) {
            throw new MojoExecutionException(
                    "wfa: failOn '" + failOn + "' is not a level: expected one of " + WfaFailOn.ids());
        }
        prepare();
        List<Path> workspace = workspace();
        if (workspace.isEmpty()) {
            getLog().info("No .wfa sources: '" + sourceDirectory + "' does not exist.");
            return;
        }
        run(workspace, level);
    }

    /** Checks the goal's own settings before anything is compiled, so that a mistake there fails fast. */
    protected void prepare() throws MojoExecutionException {}

    /** The goal's work on the workspace. */
    protected abstract void run(List<Path> workspace, WfaFailOn failOn)
            throws MojoExecutionException, MojoFailureException;

    /** Logs the goal's summary line, and fails the build when findings of the fail-on severity were found. */
    protected void finish(WfaFailOn level, long failures, String summary) throws MojoFailureException {
        getLog().info(summary);
        if (failures > 0) {
            throw new MojoFailureException("WFA found " + failures + (failures == 1 ? " finding" : " findings")
                    + " at level '" + level.id() + "' or above. " + summary + " See the diagnostics above.");
        }
    }

    /** The source folder (when it exists) and the extra paths (which must: the compiler says so otherwise). */
    private List<Path> workspace() {
        List<Path> workspace = new ArrayList<>();
        if (sourceDirectory != null && sourceDirectory.exists()) {
            workspace.add(sourceDirectory.toPath());
        }
        if (paths != null) {
            paths.stream().map(File::toPath).forEach(workspace::add);
        }
        return workspace;
    }
}

package org.wfa.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.compiler.WfaSummary;

/**
 * What both goals share: finding the workspace, compiling it with the one compiler API, reporting
 * its findings and failing the build on them. A goal then does its own work with the compilation.
 * Each execution compiles into a resource set of its own, so that executions may run in parallel
 * (mvn -T).
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
        FailOn level = FailOn.parse(failOn);
        prepare();
        List<Path> workspace = workspace();
        if (workspace.isEmpty()) {
            getLog().info("No .wfa sources: '" + sourceDirectory + "' does not exist.");
            return;
        }
        WfaCompiler compiler = WfaCompiler.create();
        Compilation compilation;
        try {
            compilation = compile(compiler, workspace);
        } catch (WfaInputException e) {
            throw new MojoExecutionException("wfa: " + e.getMessage(), e);
        }
        DiagnosticLog.report(compilation, getLog());
        long failures = level.failures(compilation);
        if (failures > 0) {
            throw new MojoFailureException("WFA found " + failures + (failures == 1 ? " finding" : " findings")
                    + " at level '" + level.id() + "' or above" + afterFailure() + ". "
                    + WfaSummary.of(compilation) + " See the diagnostics above.");
        }
        compiled(compiler, compilation);
    }

    /** Checks the goal's own settings before anything is compiled, so that a mistake there fails fast. */
    protected void prepare() throws MojoExecutionException {
    }

    /** What the failure message adds about the goal, such as that nothing was generated. */
    protected String afterFailure() {
        return "";
    }

    /** Compiles the workspace, keeping the models the goal's work needs. */
    protected Compilation compile(WfaCompiler compiler, List<Path> workspace) throws WfaInputException {
        return compiler.compile(workspace);
    }

    /** The goal's work on a compilation that passed. */
    protected abstract void compiled(WfaCompiler compiler, Compilation compilation) throws MojoExecutionException;

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

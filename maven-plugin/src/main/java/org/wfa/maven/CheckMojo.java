package org.wfa.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaFailOn;
import org.wfa.dsl.compiler.WfaSummary;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaInputException;

/**
 * Parses, links and validates the project's .wfa files as one workspace, like {@code wfa check}:
 * logs every finding and fails the build on errors (or on warnings too, with failOn=warning).
 * Bound to {@code validate}, so that a broken workflow stops the build before anything is compiled
 * or tested.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractWfaMojo {

    @Override
    protected void run(List<Path> workspace, WfaFailOn failOn) throws MojoExecutionException, MojoFailureException {
        Compilation compilation;
        try {
            // Without keeping the models, in bounded memory like wfa check.
            compilation = WfaCompiler.create().check(workspace, false).compilation();
        } catch (WfaInputException e) {
            throw new MojoExecutionException("wfa: " + e.getMessage(), e);
        }
        DiagnosticLog.report(compilation, getLog());
        finish(failOn, failOn.failures(compilation), WfaSummary.of(compilation));
    }
}

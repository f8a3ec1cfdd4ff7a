package org.wfa.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.WfaInputException;

/**
 * Parses, links and validates the project's .wfa files as one workspace, like {@code wfa check}:
 * logs every finding and fails the build on errors (or on warnings too, with failOn=warning).
 * Bound to {@code validate}, so that a broken workflow stops the build before anything is compiled
 * or tested.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractWfaMojo {

    /** Checks without keeping the models, in bounded memory like {@code wfa check}. */
    @Override
    protected Compilation compile(WfaCompiler compiler, List<Path> workspace) throws WfaInputException {
        return compiler.check(workspace, false).compilation();
    }

    @Override
    protected void compiled(WfaCompiler compiler, Compilation compilation) {
        // The check is the whole goal: the findings are logged and none fails the build.
    }
}

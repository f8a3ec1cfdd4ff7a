package org.wfa.maven;

import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.build.WfaOutput;
import org.wfa.dsl.build.WfaTarget;

/**
 * Checks the project's .wfa files like the check goal and, when that passes, generates
 * documentation and engine configurations like {@code wfa build}. Bound to
 * {@code generate-resources}, so that the generated files (BPMN for an engine, say) can be packaged
 * as resources. Files whose content is unchanged are left untouched; a failed check generates
 * nothing, so that the previous output stays as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true,
        requiresProject = true)
public class GenerateMojo extends AbstractWfaMojo {

    /**
     * What to generate, by the names of {@code wfa build --target}: docs, html, bpmn, bpmn:operaton,
     * bpmn:camunda8, bpmn:flowable, dmn, sw, json. Default: all.
     */
    @Parameter(property = "wfa.targets")
    private List<String> targets;

    /** The output folder; each target writes into its own subfolder. */
    @Parameter(property = "wfa.outputDirectory", defaultValue = "${project.build.directory}/wfa")
    private File outputDirectory;

    private Set<WfaTarget> selected;

    @Override
    protected void prepare() throws MojoExecutionException {
        selected = EnumSet.noneOf(WfaTarget.class);
        for (String id : targets == null ? List.<String>of() : targets) {
            WfaTarget target = WfaTarget.byId(id.trim());
            if (target == null) {
                throw new MojoExecutionException("wfa: unknown target '" + id + "': expected one of " + WfaTarget.ids());
            }
            selected.add(target);
        }
        if (selected.isEmpty()) {
            selected = EnumSet.allOf(WfaTarget.class);
        }
    }

    @Override
    protected String afterFailure() {
        return "; nothing generated";
    }

    @Override
    protected void compiled(WfaCompiler compiler, Compilation compilation) throws MojoExecutionException {
        List<GeneratedFile> files = compiler.generate(compilation, selected);
        WfaOutput.Result result;
        try {
            result = WfaOutput.write(outputDirectory.toPath(), files);
        } catch (IOException e) {
            throw new MojoExecutionException("wfa: cannot write to '" + outputDirectory + "': " + e.getMessage(), e);
        }
        long warnings = compilation.count(WfaDiagnostic.Severity.WARNING);
        getLog().info("Generated " + files.size() + (files.size() == 1 ? " file" : " files") + " in " + outputDirectory
                + " (" + result.written() + " changed, " + result.unchanged() + " unchanged) from "
                + compilation.sources().size() + (compilation.sources().size() == 1 ? " .wfa file" : " .wfa files")
                + (warnings > 0 ? "; " + warnings + (warnings == 1 ? " warning" : " warnings") : "") + ".");
    }
}

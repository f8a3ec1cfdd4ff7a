package org.wfa.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.wfa.dsl.build.WfaBuild;
import org.wfa.dsl.build.WfaBuildRequest;
import org.wfa.dsl.build.WfaBuilder;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaFailOn;
import org.wfa.dsl.workspace.WfaInputException;

/**
 * Checks the project's .wfa files like the check goal and, when that passes, generates
 * documentation and engine configurations: the build use case of {@code wfa build}
 * ({@link WfaBuilder}), incremental in the same way (a build of unchanged sources writes nothing
 * and reports the output up to date; files no longer generated are removed). Bound to
 * {@code generate-resources}, so that the generated files (BPMN for an engine, say) can be
 * packaged as resources. A failed check generates nothing, so that the previous output stays as
 * it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractWfaMojo {

    /**
     * What to generate, by the target ids of {@code wfa build --target} (which {@code wfa build --help}
     * lists with what each generates, as does the plugin's documentation). Default: all.
     */
    @Parameter(property = "wfa.targets")
    private List<String> targets;

    /** The output folder; each target writes into its own subfolder. */
    @Parameter(property = "wfa.outputDirectory", defaultValue = "${project.build.directory}/wfa")
    private File outputDirectory;

    /** The plugin's version, recorded in the output folder's build manifest. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    private Set<WfaTarget> selected;

    @Override
    protected void prepare() throws MojoExecutionException {
        try {
            selected = WfaTarget.parse(targets == null ? List.of() : targets);
        } catch (WfaInputException e) {
            throw new MojoExecutionException("wfa: " + e.getMessage(), e);
        }
    }

    @Override
    protected void run(List<Path> workspace, WfaFailOn failOn) throws MojoExecutionException, MojoFailureException {
        WfaBuildRequest request = new WfaBuildRequest(
                workspace,
                selected,
                failOn,
                outputDirectory.toPath(),
                WfaBuild.identity("wfa-maven-plugin", pluginVersion));
        WfaBuilder.Result result;
        try {
            result = WfaBuilder.create()
                    .build(request, compilation -> DiagnosticLog.report(compilation, getLog()), (done, total) -> {});
        } catch (WfaInputException | IOException e) {
            throw new MojoExecutionException("wfa: " + e.getMessage(), e);
        }
        finish(failOn, result.failures(), result.summary());
    }
}

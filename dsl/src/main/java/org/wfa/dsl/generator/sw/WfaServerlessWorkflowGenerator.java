package org.wfa.dsl.generator.sw;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaEscape;
import org.wfa.dsl.generator.WfaGeneratorRefusal;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/**
 * The {@code sw} target: a CNCF Serverless Workflow (DSL 1.0.3) document per workflow, in
 * {@code sw/<workflow>.sw.yaml}; see {@link SwWorkflowBuilder} for the mapping.
 */
public class WfaServerlessWorkflowGenerator {

    public static final String FOLDER = "sw/";

    @Inject
    private WfaRefs refs;

    @Inject
    private WfaAnalyzer analyzer;

    /**
     * The documents of the workspace; each is built when it is written.
     *
     * @throws WfaGeneratorRefusal before any document is built, when a workflow has a construct that
     *     Serverless Workflow cannot run as the execution semantics says
     */
    public List<GeneratedFile> generate(Compilation compilation) {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < compilation.resources().size(); i++) {
            XtextResource resource = compilation.resources().get(i);
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
                continue;
            }
            String file = compilation.sources().get(i).displayPath();
            for (Workflow workflow : model.getWorkflows()) {
                new SwWorkflowBuilder(workflow, analyzer.analyze(workflow), refs).refuseWhatItCannotRun(file);
                String name = refs.of(workflow).name();
                files.add(GeneratedFile.lazy(
                        FOLDER + WfaEscape.fileName(name) + ".sw.yaml",
                        () -> SwYaml.dump(new SwWorkflowBuilder(workflow, analyzer.analyze(workflow), refs).build())));
            }
        }
        return files;
    }
}

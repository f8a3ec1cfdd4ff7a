package org.wfa.dsl.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.wfa.dsl.compiler.Compilation;
import org.wfa.dsl.generator.bpmn.BpmnFlavour;
import org.wfa.dsl.generator.bpmn.WfaBpmnGenerator;
import org.wfa.dsl.generator.dmn.WfaDmnGenerator;
import org.wfa.dsl.generator.docs.WfaDocsGenerator;
import org.wfa.dsl.generator.docs.WfaWorkspaceDocBuilder;
import org.wfa.dsl.generator.docs.WorkspaceDoc;
import org.wfa.dsl.generator.html.WfaHtmlGenerator;
import org.wfa.dsl.generator.json.WfaJsonGenerator;
import org.wfa.dsl.generator.sw.WfaServerlessWorkflowGenerator;

import com.google.inject.Inject;

/**
 * Runs the generators of the requested targets over a compiled workspace. Generation is pure:
 * it returns the files to write, in path order; {@link WfaOutput} writes them.
 */
public class WfaGenerator {

    @Inject
    private WfaWorkspaceDocBuilder workspaceDocs;

    @Inject
    private WfaDocsGenerator docs;

    @Inject
    private WfaHtmlGenerator html;

    @Inject
    private WfaServerlessWorkflowGenerator serverlessWorkflow;

    @Inject
    private WfaJsonGenerator json;

    @Inject
    private WfaDmnGenerator dmn;

    @Inject
    private WfaBpmnGenerator bpmn;

    public List<GeneratedFile> generate(Compilation compilation, Set<WfaTarget> targets) {
        List<GeneratedFile> files = new ArrayList<>();
        WorkspaceDoc workspace = null;
        List<WfaBpmnGenerator.Planned> processes = null;
        for (WfaTarget target : WfaTarget.values()) {
            if (!targets.contains(target)) {
                continue;
            }
            if (target == WfaTarget.BPMN || target == WfaTarget.BPMN_OPERATON) {
                if (processes == null) {
                    processes = bpmn.plan(compilation);
                }
                BpmnFlavour flavour = target == WfaTarget.BPMN ? BpmnFlavour.STANDARD : BpmnFlavour.OPERATON;
                files.addAll(bpmn.generate(processes, flavour));
                continue;
            }
            if (target == WfaTarget.SW || target == WfaTarget.DMN) {
                files.addAll(target == WfaTarget.SW ? serverlessWorkflow.generate(compilation)
                        : dmn.generate(compilation));
                continue;
            }
            if (workspace == null) {
                workspace = workspaceDocs.build(compilation);
            }
            switch (target) {
                case DOCS -> files.addAll(docs.generate(workspace));
                case HTML -> files.addAll(html.generate(workspace));
                case JSON -> files.addAll(json.generate(workspace));
                default -> throw new IllegalStateException("target '" + target.id() + "' has no generator");
            }
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }
}

package org.wfa.dsl.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaGeneratorRefusal;
import org.wfa.dsl.generator.bpmn.BpmnFlavour;
import org.wfa.dsl.generator.bpmn.WfaBpmnGenerator;
import org.wfa.dsl.generator.dmn.WfaDmnGenerator;
import org.wfa.dsl.generator.docs.WfaDocsGenerator;
import org.wfa.dsl.generator.docs.WfaWorkspaceDocBuilder;
import org.wfa.dsl.generator.docs.WorkspaceDoc;
import org.wfa.dsl.generator.html.WfaHtmlGenerator;
import org.wfa.dsl.generator.json.WfaJsonGenerator;
import org.wfa.dsl.generator.sw.WfaServerlessWorkflowGenerator;
import org.wfa.dsl.workspace.Compilation;

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

    /** A generator with the language's own injector, for use outside a language server. */
    public static WfaGenerator create() {
        return WfaStandalone.injector().getInstance(WfaGenerator.class);
    }

    /**
     * The files the given targets generate from a compiled workspace, in path order; nothing is written.
     *
     * @throws WfaGeneratorRefusal when a target's engine cannot run a construct of the workspace as
     *     the execution semantics says (today: {@code sw}, see docs/semantics.md)
     */
    public List<GeneratedFile> generate(Compilation compilation, Set<WfaTarget> targets) {
        // The documentation's view model and the BPMN plans are shared by several targets each:
        // each is built once, and only when a requested target needs it.
        Supplier<WorkspaceDoc> views = once(() -> workspaceDocs.build(compilation));
        Supplier<List<WfaBpmnGenerator.Planned>> plans = once(() -> bpmn.plan(compilation));
        List<GeneratedFile> files = new ArrayList<>();
        for (WfaTarget target : WfaTarget.values()) {
            if (targets.contains(target)) {
                files.addAll(
                        switch (target) {
                            case DOCS -> docs.generate(views.get());
                            case HTML -> html.generate(views.get());
                            case JSON -> json.generate(views.get());
                            case BPMN -> bpmn.generate(plans.get(), BpmnFlavour.STANDARD);
                            case BPMN_OPERATON -> bpmn.generate(plans.get(), BpmnFlavour.OPERATON);
                            case BPMN_CAMUNDA8 -> bpmn.generate(plans.get(), BpmnFlavour.CAMUNDA8);
                            case BPMN_FLOWABLE -> bpmn.generate(plans.get(), BpmnFlavour.FLOWABLE);
                            case DMN -> dmn.generate(compilation);
                            case SW -> serverlessWorkflow.generate(compilation);
                        });
            }
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }

    private static <T> Supplier<T> once(Supplier<T> compute) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            if (value.isEmpty()) {
                value.add(compute.get());
            }
            return value.get(0);
        };
    }
}

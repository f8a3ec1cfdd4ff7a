package org.wfa.dsl.generator.bpmn;

import java.util.ArrayList;
import java.util.List;

import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.impl.BpmnModelConstants;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaEscape;
import org.wfa.dsl.generator.docs.WfaSwimlaneDiagrams;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/**
 * The {@code bpmn} targets: one BPMN 2.0 file per workflow, an executable process in a pool
 * with its lanes and its diagram, in {@code bpmn/} (standard BPMN), {@code bpmn-operaton/}
 * (with Operaton's extensions), {@code bpmn-camunda8/} (with Zeebe's) or {@code bpmn-flowable/}
 * (with Flowable's).
 *
 * <p>The plans are made from the model when the files are listed, one thread at a time (the
 * EMF model and its caches are not thread-safe); the files are rendered later, possibly in
 * parallel, from the plans alone.
 */
public class WfaBpmnGenerator {

    static final String TARGET_NAMESPACE = "https://wfa.dev/bpmn";

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private WfaSwimlaneDiagrams swimlanes;

    @Inject
    private BpmnPlanner planner;

    @Inject
    private WfaRefs refs;

    /** The plans of the workspace's workflows, in file and source order. */
    public List<Planned> plan(Compilation compilation) {
        List<Planned> plans = new ArrayList<>();
        for (Workflow workflow : compilation.workflows()) {
            WorkflowAnalysis analysis = analyzer.analyze(workflow);
            plans.add(new Planned(
                    refs.of(workflow).name(),
                    planner.plan(workflow, analysis, swimlanes.swimlane(workflow, analysis))));
        }
        return plans;
    }

    /** A workflow's plan and its qualified name. */
    public record Planned(String qualifiedName, BpmnPlan plan) {}

    public List<GeneratedFile> generate(List<Planned> plans, BpmnFlavour flavour) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Planned planned : plans) {
            files.add(GeneratedFile.lazy(
                    flavour.folder() + WfaEscape.fileName(planned.qualifiedName()) + ".bpmn",
                    () -> render(planned.plan(), flavour)));
        }
        return files;
    }

    /** The BPMN model of a plan, with its diagram; without Zeebe's extensions, which {@link #render} adds. */
    public static BpmnModelInstance model(BpmnPlan plan, BpmnFlavour flavour) {
        BpmnModelInstance model = Bpmn.createEmptyModel();
        Definitions definitions = model.newInstance(Definitions.class, "definitions-" + plan.processId());
        definitions.setTargetNamespace(TARGET_NAMESPACE);
        definitions.setExporter("WFA");
        model.setDefinitions(definitions);
        // Conventional prefixes, so that the XML reads as modelers write it.
        definitions.getDomElement().registerNamespace("bpmndi", BpmnModelConstants.BPMNDI_NS);
        definitions.getDomElement().registerNamespace("dc", BpmnModelConstants.DC_NS);
        definitions.getDomElement().registerNamespace("di", BpmnModelConstants.DI_NS);
        if (flavour.isOperaton()) {
            definitions.getDomElement().registerNamespace("operaton", BpmnModelConstants.OPERATON_NS);
        } else if (flavour.isFlowable()) {
            definitions.getDomElement().registerNamespace("flowable", FlowableExtensions.NAMESPACE);
        }
        Collaboration collaboration = new BpmnProcessWriter(model, flavour).write(plan);
        new BpmnDiagramWriter(model).write(plan, collaboration, BpmnLayout.layout(plan));
        return model;
    }

    public static String render(BpmnPlan plan, BpmnFlavour flavour) {
        BpmnModelInstance model = model(plan, flavour);
        String xml = flavour == BpmnFlavour.CAMUNDA8
                ? io.camunda.zeebe.model.bpmn.Bpmn.convertToString(BpmnZeebeExtensions.add(model, plan))
                : Bpmn.convertToString(model);
        return xml.replace("\r\n", "\n");
    }
}

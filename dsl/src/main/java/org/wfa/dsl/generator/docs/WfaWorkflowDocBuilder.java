package org.wfa.dsl.generator.docs;

import static org.wfa.dsl.model.StepParts.notificationsOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.rules.WfaRule;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Dependency;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Notification;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.inject.Inject;

/** Resolves one workflow into the view model its documents render. */
public class WfaWorkflowDocBuilder {

    @Inject
    private WfaRefs refs;

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private WfaSwimlaneDiagrams diagrams;

    /**
     * @param file        the source file's display path
     * @param diagnostics the findings of that file; those inside the workflow are kept
     */
    public WorkflowDoc build(Workflow workflow, String file, List<WfaDiagnostic> diagnostics) {
        WorkflowAnalysis analysis = analyzer.analyze(workflow);
        List<StepDoc> steps = new ArrayList<>();
        List<StepDoc> work = new ArrayList<>();
        List<DecisionDoc> decisions = new ArrayList<>();
        List<ApprovalDoc> approvals = new ArrayList<>();
        List<NotificationDoc> notifications = new ArrayList<>();
        List<AiDoc> ai = new ArrayList<>();
        for (Node node : workflow.getNodes()) {
            StepDoc step = step(node);
            steps.add(step);
            // Which of the handbook's tables lists the step, besides the list of all steps.
            Runnable listed = switch (StepKind.of(node)) {
                case STAGE, CALL ->
                    () -> {
                        work.add(step);
                        aiWork((Activity) node).ifPresent(ai::add);
                    };
                case DECISION -> () -> decisions.add(decision((Decision) node));
                case APPROVAL -> () -> approvals.add(approval((Approval) node));
                case FORK, JOIN, WAIT, END -> () -> {};
            };
            listed.run();
            notificationsOf(node).forEach(n -> notifications.add(notification(node, n)));
        }
        Party owner = workflow.getOwner();
        List<FindingDoc> findings = new ArrayList<>();
        long accepted = 0;
        ICompositeNode text = NodeModelUtils.getNode(workflow);
        for (WfaDiagnostic diagnostic : diagnostics) {
            if (text != null && diagnostic.offset() >= text.getOffset() && diagnostic.offset() < text.getEndOffset()) {
                if (diagnostic.accepted()) {
                    accepted++;
                } else {
                    WfaRule rule = WfaRule.byCode(diagnostic.code());
                    findings.add(new FindingDoc(
                            diagnostic.severity().label(),
                            diagnostic.code(),
                            rule == null ? "" : rule.ruleName(),
                            diagnostic.message(),
                            diagnostic.line(),
                            diagnostic.column()));
                }
            }
        }
        return new WorkflowDoc(
                refs.of(workflow),
                file,
                nonNull(workflow.getDescription()),
                nonNull(workflow.getVersion()),
                refs.of(owner),
                owner == null ? null : refs.teamOf(owner),
                nonNull(workflow.getGoal()),
                nonNull(workflow.getTrigger()),
                workflow.getSla() == null ? "" : refs.sla(workflow.getSla()),
                refs.of(workflow.getInputs()),
                workflow.getDependencies().stream().map(this::dependency).toList(),
                steps,
                work,
                decisions,
                approvals,
                artifacts(workflow, notifications),
                notifications,
                ai,
                handoffs(analysis),
                raci(workflow),
                WorkflowMetrics.of(analysis),
                findings,
                accepted,
                diagrams.swimlane(workflow, analysis));
    }

    private StepDoc step(Node node) {
        List<Ref> none = List.of();
        List<Ref> next = refs.of(FlowGraph.targetsOf(node));
        String kind = StepKind.of(node).keyword();
        return switch (StepKind.of(node)) {
            case STAGE -> {
                Stage stage = (Stage) node;
                yield work(
                        stage,
                        kind,
                        refs.of(stage.getConsumes()),
                        refs.of(stage.getProduces()),
                        refs.of(stage.getUses()),
                        next);
            }
            case CALL -> {
                Call call = (Call) node;
                yield work(
                        call,
                        kind,
                        none,
                        none,
                        call.getCalled() == null ? none : List.of(refs.of(call.getCalled())),
                        next);
            }
            case APPROVAL -> {
                Approval approval = (Approval) node;
                yield new StepDoc(
                        refs.of(node),
                        kind,
                        nonNull(approval.getDescription()),
                        "human",
                        refs.of(approval.getApprovers()),
                        none,
                        none,
                        refs.of(approval.getInformed()),
                        none,
                        none,
                        none,
                        "",
                        approval.getSlas().stream().map(refs::sla).toList(),
                        next);
            }
            case DECISION -> {
                Ref decider = refs.of(((Decision) node).getDecidedBy());
                yield routing(node, kind, decider == null ? none : List.of(decider), next);
            }
            case FORK, JOIN, WAIT, END -> routing(node, kind, none, next);
        };
    }

    /** A stage or a call: work, with its RACI, what it needs and gives, and its time limits. */
    private StepDoc work(
            Activity activity, String kind, List<Ref> consumes, List<Ref> produces, List<Ref> systems, List<Ref> next) {
        Party performer = activity.getResponsible().isEmpty()
                ? null
                : activity.getResponsible().get(0);
        String how = performer instanceof Agent ? "AI" : performer instanceof SystemDecl ? "system" : "human";
        return new StepDoc(
                refs.of(activity),
                kind,
                nonNull(activity.getDescription()),
                how,
                refs.of(activity.getResponsible()),
                refs.of(activity.getAccountable()),
                refs.of(activity.getConsulted()),
                refs.of(activity.getInformed()),
                consumes,
                produces,
                systems,
                WfaRefs.duration(activity.getDuration()),
                activity.getSlas().stream().map(refs::sla).toList(),
                next);
    }

    /** A step that only routes the case (or ends it): described, and for a decision who decides. */
    private StepDoc routing(Node node, String kind, List<Ref> responsible, List<Ref> next) {
        List<Ref> none = List.of();
        return new StepDoc(
                refs.of(node),
                kind,
                nonNull(descriptionOf(node)),
                "",
                responsible,
                none,
                none,
                none,
                none,
                none,
                none,
                "",
                List.of(),
                next);
    }

    private DecisionDoc decision(Decision decision) {
        List<DecisionDoc.Outcome> outcomes = new ArrayList<>();
        for (Outcome outcome : decision.getOutcomes()) {
            outcomes.add(new DecisionDoc.Outcome(
                    WfaRefs.sourceText(outcome.getCondition()),
                    refs.of(outcome.getTarget()),
                    nonNull(outcome.getLabel())));
        }
        DecisionDoc.RuleTable table = null;
        if (decision.getTable() != null) {
            List<DecisionDoc.Row> rows = new ArrayList<>();
            for (RuleRow row : decision.getTable().getRows()) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row.getCells()) {
                    cells.add(WfaRefs.sourceText(cell));
                }
                rows.add(new DecisionDoc.Row(cells, refs.of(row.getTarget()), nonNull(row.getLabel())));
            }
            List<String> inputs = decision.getTable().getInputs().stream()
                    .map(input -> input.eIsProxy() ? "?" : input.getName())
                    .toList();
            table = new DecisionDoc.RuleTable(decision.getTable().getHitPolicy().getLiteral(), inputs, rows);
        }
        if (decision.getOtherwise() != null) {
            outcomes.add(new DecisionDoc.Outcome("otherwise", refs.of(decision.getOtherwise()), ""));
        }
        return new DecisionDoc(
                refs.of(decision),
                nonNull(decision.getDescription()),
                refs.of(decision.getDecidedBy()),
                outcomes,
                table);
    }

    private ApprovalDoc approval(Approval approval) {
        return new ApprovalDoc(
                refs.of(approval),
                nonNull(approval.getDescription()),
                refs.of(approval.getSubject()),
                refs.of(approval.getApprovers()),
                refs.of(approval.getInformed()),
                approval.getSlas().stream().map(refs::sla).toList(),
                refs.of(approval.getApproved()),
                refs.of(approval.getRejected()));
    }

    private NotificationDoc notification(Node step, Notification notification) {
        Ref artifact = refs.of(notification.getArtifact());
        String about = artifact != null ? artifact.label() : nonNull(notification.getMessage());
        String channel = WfaRefs.isWritten(notification, WfaPackage.Literals.NOTIFICATION__CHANNEL)
                ? notification.getChannel().getLiteral()
                : "";
        return new NotificationDoc(refs.of(step), refs.of(notification.getRecipients()), about, channel);
    }

    private Optional<AiDoc> aiWork(Activity activity) {
        for (Party party : activity.getResponsible()) {
            if (party instanceof Agent agent && !agent.eIsProxy()) {
                List<Party> reviewers = activity instanceof Stage stage ? stage.getReviewers() : List.of();
                boolean overseen = reviewers.stream().anyMatch(WfaOrganisation::isHuman);
                return Optional.of(new AiDoc(
                        refs.of(activity),
                        refs.of(agent),
                        agent.getCapabilities(),
                        refs.of(agent.getSupervisor()),
                        refs.of(reviewers),
                        refs.of(activity.getAccountable()),
                        overseen));
            }
        }
        return Optional.empty();
    }

    /** Every artifact the workflow receives, produces, consumes or notifies about, in order of first mention. */
    private List<ArtifactDoc> artifacts(Workflow workflow, List<NotificationDoc> notifications) {
        Map<Artifact, List<List<Ref>>> flows = new LinkedHashMap<>();
        Set<Artifact> received = new LinkedHashSet<>(workflow.getInputs());
        received.forEach(a -> flow(flows, a));
        workflow.getArtifacts().forEach(a -> flow(flows, a));
        for (Node node : workflow.getNodes()) {
            Ref step = refs.of(node);
            if (node instanceof Stage stage) {
                stage.getProduces().forEach(a -> flow(flows, a).get(0).add(step));
                stage.getConsumes().forEach(a -> flow(flows, a).get(1).add(step));
            }
            for (Notification notification : notificationsOf(node)) {
                if (notification.getArtifact() != null) {
                    flow(flows, notification.getArtifact()).get(2).add(step);
                }
            }
        }
        List<ArtifactDoc> artifacts = new ArrayList<>();
        flows.forEach((artifact, lists) -> {
            if (!artifact.eIsProxy()) {
                artifacts.add(new ArtifactDoc(
                        refs.of(artifact),
                        WfaRefs.isWritten(artifact, WfaPackage.Literals.ARTIFACT__CLASSIFICATION)
                                ? artifact.getClassification().getLiteral()
                                : "",
                        received.contains(artifact),
                        lists.get(0),
                        lists.get(1),
                        lists.get(2)));
            }
        });
        return artifacts;
    }

    private static List<List<Ref>> flow(Map<Artifact, List<List<Ref>>> flows, Artifact artifact) {
        return flows.computeIfAbsent(artifact, a -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    private List<HandoffDoc> handoffs(WorkflowAnalysis analysis) {
        List<HandoffDoc> handoffs = new ArrayList<>();
        for (WorkflowAnalysis.Handoff handoff : analysis.handoffs()) {
            handoffs.add(new HandoffDoc(
                    refs.of(handoff.from()),
                    refs.of(handoff.to()),
                    refs.of(WfaOrganisation.ownerOf(handoff.from())),
                    refs.of(WfaOrganisation.ownerOf(handoff.to())),
                    refs.of(handoff.fromTeam()),
                    refs.of(handoff.toTeam()),
                    handoff.crossTeam(),
                    refs.of(handoff.artifacts())));
        }
        return handoffs;
    }

    private RaciMatrix raci(Workflow workflow) {
        Map<String, Ref> parties = new LinkedHashMap<>();
        List<Map<String, String>> letters = new ArrayList<>();
        List<Ref> steps = new ArrayList<>();
        for (Node node : workflow.getNodes()) {
            Map<String, String> row = new LinkedHashMap<>();
            boolean hasRow = switch (StepKind.of(node)) {
                case STAGE, CALL -> {
                    Activity activity = (Activity) node;
                    assign(row, parties, activity.getResponsible(), "R");
                    assign(row, parties, activity.getAccountable(), "A");
                    assign(row, parties, activity.getConsulted(), "C");
                    assign(row, parties, activity.getInformed(), "I");
                    yield true;
                }
                case APPROVAL -> {
                    Approval approval = (Approval) node;
                    // An approver decides and answers for the approval: accountable and responsible at once.
                    assign(row, parties, approval.getApprovers(), "R");
                    assign(row, parties, approval.getApprovers(), "A");
                    assign(row, parties, approval.getInformed(), "I");
                    yield true;
                }
                case DECISION -> {
                    Party decider = ((Decision) node).getDecidedBy();
                    if (decider != null) {
                        assign(row, parties, List.of(decider), "R");
                    }
                    yield decider != null;
                }
                case FORK, JOIN, WAIT, END -> false;
            };
            if (!hasRow) {
                continue;
            }
            steps.add(refs.of(node));
            letters.add(row);
        }
        List<RaciMatrix.Row> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, String> row = letters.get(i);
            rows.add(new RaciMatrix.Row(
                    steps.get(i),
                    parties.keySet().stream().map(p -> row.getOrDefault(p, "")).toList()));
        }
        return new RaciMatrix(List.copyOf(parties.values()), rows);
    }

    private void assign(
            Map<String, String> row, Map<String, Ref> parties, List<? extends Party> assigned, String letter) {
        for (Party party : assigned) {
            Ref ref = refs.of(party);
            if (ref != null) {
                parties.putIfAbsent(ref.name(), ref);
                row.merge(ref.name(), letter, (a, b) -> a.contains(b) ? a : a + "/" + b);
            }
        }
    }

    private String dependency(Dependency dependency) {
        EObject target = dependency.getTeam() != null
                ? dependency.getTeam()
                : dependency.getSystem() != null
                        ? dependency.getSystem()
                        : dependency.getAgent() != null ? dependency.getAgent() : dependency.getWorkflow();
        Ref ref = refs.of(target);
        String text = ref == null ? "?" : ref.kind() + " " + ref.label();
        return dependency.getReason() == null ? text : text + ": " + dependency.getReason();
    }

    private static String descriptionOf(EObject element) {
        var feature = element.eClass().getEStructuralFeature("description");
        return feature == null ? null : (String) element.eGet(feature);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

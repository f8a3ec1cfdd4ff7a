package org.wfa.dsl.generator.bpmn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.generator.WfaEscape;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Boundary;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Condition;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Data;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Flow;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Kind;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.engine.WfaConditionTranslator;
import org.wfa.dsl.generator.engine.WfaConditionTranslator.Dialect;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Decides the BPMN process of a workflow (see {@link BpmnPlan}): one element per step, plus the
 * elements that make it executable — a review task after an AI agent's stage, a gateway after an
 * approval or a rule table, an event-based gateway with a timer for a wait with a timeout, a
 * timer boundary event per SLA. Each element sits in the lane the swimlane diagram gives its
 * step, so that the documentation and the BPMN show the same lanes.
 */
public class BpmnPlanner {

    @Inject
    private WfaRefs refs;

    /**
     * @param swimlane the workflow's swimlane diagram; its nodes are the flow graph's vertices, in order
     */
    public BpmnPlan plan(Workflow workflow, WorkflowAnalysis analysis, Diagram swimlane) {
        return new Builder(workflow, analysis, swimlane).build();
    }

    /** The state of planning one workflow. */
    private final class Builder {

        private final Workflow workflow;
        private final WorkflowAnalysis analysis;
        private final FlowGraph graph;
        private final Diagram swimlane;
        private final String qualifiedName;
        private final List<BpmnPlan.Node> nodes = new ArrayList<>();
        private final List<Boundary> boundaries = new ArrayList<>();
        /** The step an element added after it belongs to (an AI stage's review task): its routes are the step's. */
        private final Map<String, String> stepOfAddedElement = new LinkedHashMap<>();

        private final List<Flow> flows = new ArrayList<>();
        private final Set<String> flowIds = new LinkedHashSet<>();
        private final Map<Artifact, DataUse> data = new LinkedHashMap<>();

        Builder(Workflow workflow, WorkflowAnalysis analysis, Diagram swimlane) {
            this.workflow = workflow;
            this.analysis = analysis;
            this.graph = analysis.graph();
            this.swimlane = swimlane;
            this.qualifiedName = refs.of(workflow).name();
        }

        BpmnPlan build() {
            workflow.getInputs().forEach(this::use);
            for (int v = 0; v < graph.size(); v++) {
                plan(graph.vertex(v), swimlane.nodes().get(v).laneId());
            }
            mergeBeforeForks();
            mergeBeforeJoins();
            List<Data> objects = new ArrayList<>();
            data.forEach((artifact, use) -> {
                Ref ref = refs.of(artifact);
                objects.add(new Data(
                        BpmnIds.dataObject(ref.name()),
                        BpmnIds.dataObjectReference(ref.name()),
                        WfaEscape.visible(ref.label()),
                        use.producers,
                        use.consumers));
            });
            return new BpmnPlan(
                    BpmnIds.process(qualifiedName),
                    WfaEscape.visible(refs.of(workflow).label()),
                    swimlane.lanes(),
                    nodes,
                    boundaries,
                    flows,
                    objects);
        }

        private void plan(EObject vertex, String lane) {
            if (vertex instanceof Start start) {
                String id = idOf(start);
                nodes.add(BpmnPlan.Node.start(id, label(start), lane));
                flow(id, start.getTarget(), null, null, false);
            } else if (vertex instanceof Node step) {
                plan(step, lane);
            }
        }

        private void plan(Node step, String lane) {
            // A switch expression, so that the compiler asks for a plan of each kind of step.
            Runnable planning = switch (StepKind.of(step)) {
                case STAGE, CALL -> () -> planActivity((Activity) step, lane);
                case DECISION -> () -> planDecision((Decision) step, lane);
                case APPROVAL -> () -> planApproval((Approval) step, lane);
                case FORK -> () -> planFork((Fork) step, lane);
                case JOIN -> () -> planJoin((Join) step, lane);
                case WAIT -> () -> planWait((Wait) step, lane);
                case END -> () -> nodes.add(BpmnPlan.Node.end(idOf(step), label(step), lane));
            };
            planning.run();
        }

        private void planFork(Fork fork, String lane) {
            nodes.add(BpmnPlan.Node.parallelFork(idOf(fork), label(fork), lane));
            fork.getBranches().forEach(branch -> flow(idOf(fork), branch, null, null, false));
        }

        private void planJoin(Join join, String lane) {
            nodes.add(BpmnPlan.Node.parallelJoin(idOf(join), label(join), lane));
            join.getNext().forEach(next -> flow(idOf(join), next, null, null, false));
        }

        private void planActivity(Activity activity, String lane) {
            String id = idOf(activity);
            Party performer = activity.getResponsible().isEmpty()
                    ? null
                    : activity.getResponsible().get(0);
            String exit = id;
            if (activity instanceof Call call) {
                String called = call.getCalled() == null || call.getCalled().eIsProxy()
                        ? null
                        : BpmnIds.process(refs.of(call.getCalled()).name());
                nodes.add(BpmnPlan.Node.callActivity(id, label(call), lane, called));
            } else if (performer instanceof Agent || performer instanceof SystemDecl) {
                nodes.add(BpmnPlan.Node.serviceTask(
                        id, label(activity), lane, refs.of(performer).name()));
                // AI work is looked at by people before the case moves on: the review is a task of its own.
                if (performer instanceof Agent
                        && activity instanceof Stage stage
                        && !stage.getReviewers().isEmpty()) {
                    exit = BpmnIds.review(stage.getName());
                    stepOfAddedElement.put(exit, id);
                    nodes.add(userTask(exit, "Review: " + label(stage), lane, stage.getReviewers()));
                    flow(id, exit, null, null, false);
                }
            } else {
                nodes.add(userTask(id, label(activity), lane, activity.getResponsible()));
            }
            for (Node next : activity.getNext()) {
                flow(exit, next, null, null, false);
            }
            slas(id, activity.getSlas(), lane);
            if (activity instanceof Stage stage) {
                stage.getProduces().forEach(artifact -> use(artifact).producers.add(id));
                stage.getConsumes().forEach(artifact -> use(artifact).consumers.add(id));
            }
        }

        private void planDecision(Decision decision, String lane) {
            String id = idOf(decision);
            if (decision.getTable() == null) {
                nodes.add(BpmnPlan.Node.exclusiveGateway(id, label(decision), lane));
                for (Outcome outcome : decision.getOutcomes()) {
                    String name = outcome.getLabel() != null
                            ? outcome.getLabel()
                            : WfaRefs.sourceText(outcome.getCondition());
                    flow(
                            id,
                            outcome.getTarget(),
                            name,
                            new Condition(
                                    WfaConditionTranslator.condition(outcome.getCondition(), Dialect.JUEL),
                                    WfaConditionTranslator.condition(outcome.getCondition(), Dialect.FEEL)),
                            false);
                }
                flow(id, decision.getOtherwise(), "otherwise", null, true);
                return;
            }
            // The rule table is a DMN decision; the task stores which step it chose, a gateway routes on it.
            String route = BpmnIds.routeVariable(decision.getName());
            nodes.add(BpmnPlan.Node.businessRuleTask(
                    id, label(decision), lane, BpmnIds.dmnDecision(qualifiedName, decision.getName()), route));
            String gateway = BpmnIds.ruleGateway(decision.getName());
            nodes.add(BpmnPlan.Node.exclusiveGateway(gateway, label(decision), lane));
            flow(id, gateway, null, null, false);
            Set<Node> routed = new LinkedHashSet<>();
            for (RuleRow row : decision.getTable().getRows()) {
                Node target = row.getTarget();
                if (target != null && !target.eIsProxy() && target != decision.getOtherwise() && routed.add(target)) {
                    flow(gateway, target, target.getName(), routeCondition(route, target.getName()), false);
                }
            }
            flow(gateway, decision.getOtherwise(), "otherwise", null, true);
        }

        private void planApproval(Approval approval, String lane) {
            String id = idOf(approval);
            nodes.add(userTask(id, label(approval), lane, approval.getApprovers()));
            String gateway = BpmnIds.approvalGateway(approval.getName());
            nodes.add(BpmnPlan.Node.exclusiveGateway(gateway, label(approval) + ": approved?", lane));
            flow(id, gateway, null, null, false);
            String approved = BpmnIds.approvedVariable(approval.getName());
            flow(
                    gateway,
                    approval.getApproved(),
                    "approved",
                    new Condition(
                            "${" + WfaConditionTranslator.variable(approved, Dialect.JUEL) + "}",
                            "=" + WfaConditionTranslator.variable(approved, Dialect.FEEL)),
                    false);
            flow(gateway, approval.getRejected(), "rejected", null, true);
            slas(id, approval.getSlas(), lane);
        }

        private void planWait(Wait wait, String lane) {
            String id = idOf(wait);
            String message = wait.getWorkflow() != null && !wait.getWorkflow().eIsProxy()
                    ? refs.of(wait.getWorkflow()).name()
                    : WfaEscape.visible(wait.getEvent() == null ? wait.getName() : wait.getEvent());
            if (wait.getTimeout() == null) {
                nodes.add(BpmnPlan.Node.messageCatch(id, label(wait), lane, message));
                wait.getNext().forEach(next -> flow(id, next, null, null, false));
                return;
            }
            // Whichever comes first, the message or the timeout: an event-based gateway.
            String event = BpmnIds.waitEvent(wait.getName());
            String timer = BpmnIds.waitTimeout(wait.getName());
            nodes.add(BpmnPlan.Node.eventGateway(id, label(wait), lane));
            nodes.add(BpmnPlan.Node.messageCatch(event, message, lane, message));
            String timeout = "timeout " + WfaRefs.duration(wait.getTimeout());
            nodes.add(BpmnPlan.Node.timerCatch(timer, timeout, lane, BpmnIds.isoDuration(wait.getTimeout())));
            flow(id, event, null, null, false);
            flow(id, timer, null, null, false);
            wait.getNext().forEach(next -> flow(event, next, null, null, false));
            flow(timer, wait.getTimeoutRoute(), timeout, null, false);
        }

        /**
         * An SLA with a breach route interrupts its step and leads there; one without only
         * escalates: a non-interrupting timer throws an escalation named after whom to tell,
         * and the step carries on.
         */
        private void slas(String host, List<Sla> slas, String lane) {
            for (int i = 0; i < slas.size(); i++) {
                Sla sla = slas.get(i);
                String id = BpmnIds.slaTimer(host, i + 1);
                String within = WfaRefs.duration(sla.getWithin());
                boolean breachRoute = sla.getRoute() != null && !sla.getRoute().eIsProxy();
                boundaries.add(new Boundary(
                        id, host, "SLA " + within, BpmnIds.isoDuration(sla.getWithin()), breachRoute, lane));
                if (breachRoute) {
                    flow(id, sla.getRoute(), "SLA " + within + " breached", null, false);
                } else {
                    Ref to = refs.of(sla.getEscalateTo());
                    String end = BpmnIds.slaEscalation(host, i + 1);
                    String escalation = to == null ? "SLA breached" : WfaEscape.visible("Escalate to " + to.label());
                    nodes.add(BpmnPlan.Node.escalationEnd(
                            end, escalation, lane, to == null ? "sla-breach" : to.name(), escalation));
                    flow(id, end, null, null, false);
                }
            }
        }

        private BpmnPlan.Node userTask(String id, String name, String lane, List<? extends Party> parties) {
            List<String> groups = new ArrayList<>();
            List<String> users = new ArrayList<>();
            for (Party party : parties) {
                Ref ref = refs.of(party);
                if (ref != null && !(party instanceof SystemDecl) && !(party instanceof Agent)) {
                    (party instanceof Person ? users : groups).add(ref.name());
                }
            }
            return BpmnPlan.Node.userTask(id, name, lane, groups, users);
        }

        /**
         * A parallel gateway with several incoming flows waits for a token on each: a fork that
         * several routes lead to would never start. The routes meet at an exclusive gateway first.
         */
        private void mergeBeforeForks() {
            Map<String, List<Integer>> incoming = new LinkedHashMap<>();
            for (int f = 0; f < flows.size(); f++) {
                incoming.computeIfAbsent(flows.get(f).targetId(), id -> new ArrayList<>())
                        .add(f);
            }
            List<BpmnPlan.Node> planned = new ArrayList<>(nodes);
            nodes.clear();
            for (BpmnPlan.Node node : planned) {
                List<Integer> into = incoming.getOrDefault(node.id(), List.of());
                if (node.kind() == Kind.PARALLEL_FORK && into.size() > 1) {
                    String merge = BpmnIds.forkMerge(node.id());
                    nodes.add(BpmnPlan.Node.exclusiveGateway(merge, null, node.laneId()));
                    into.forEach(f -> redirect(f, merge));
                    flow(merge, node.id(), null, null, false);
                }
                nodes.add(node);
            }
        }

        /**
         * BPMN's parallel join waits for a token on each of its incoming flows; WFA's join waits
         * for each branch of its fork. A branch that reaches the join by several routes (through a
         * decision, or an SLA's breach route) sends its one token down one of them, and the join
         * would wait for ever. Such a branch's routes are first merged by an exclusive gateway.
         */
        private void mergeBeforeJoins() {
            Map<String, List<String>> next = new LinkedHashMap<>();
            flows.forEach(f ->
                    next.computeIfAbsent(f.sourceId(), id -> new ArrayList<>()).add(f.targetId()));
            boundaries.forEach(b ->
                    next.computeIfAbsent(b.hostId(), id -> new ArrayList<>()).add(b.id()));
            Map<String, Fork> forkOfJoin = new LinkedHashMap<>();
            for (int v = 0; v < graph.size(); v++) {
                if (graph.vertex(v) instanceof Join join && analysis.forkOf(join) != null) {
                    forkOfJoin.put(idOf(join), analysis.forkOf(join));
                }
            }
            List<BpmnPlan.Node> planned = new ArrayList<>(nodes);
            nodes.clear();
            for (BpmnPlan.Node node : planned) {
                Fork fork = forkOfJoin.get(node.id());
                if (node.kind() == Kind.PARALLEL_JOIN && fork != null) {
                    mergeBranches(node, idOf(fork), next);
                }
                if (node.kind() == Kind.PARALLEL_JOIN) {
                    mergeRoutesOfOneStep(node, fork == null ? 0 : branchCount(idOf(fork)));
                }
                nodes.add(node);
            }
        }

        private void mergeBranches(BpmnPlan.Node join, String forkId, Map<String, List<String>> next) {
            List<String> branches = flows.stream()
                    .filter(f -> f.sourceId().equals(forkId))
                    .map(Flow::targetId)
                    .toList();
            Set<Integer> merged = new LinkedHashSet<>();
            for (int b = 0; b < branches.size(); b++) {
                Set<String> branch = reach(branches.get(b), join.id(), next);
                List<Integer> arriving = new ArrayList<>();
                for (int f = 0; f < flows.size(); f++) {
                    if (flows.get(f).targetId().equals(join.id())
                            && branch.contains(flows.get(f).sourceId())
                            && merged.add(f)) {
                        arriving.add(f);
                    }
                }
                if (arriving.size() > 1) {
                    String merge = BpmnIds.joinMerge(join.id(), b + 1);
                    nodes.add(BpmnPlan.Node.exclusiveGateway(merge, null, join.laneId()));
                    arriving.forEach(f -> redirect(f, merge));
                    flow(merge, join.id(), null, null, false);
                }
            }
        }

        private int branchCount(String forkId) {
            return (int) flows.stream().filter(f -> f.sourceId().equals(forkId)).count();
        }

        /**
         * The routes into a join that no branch of its fork merged (a join without a matched fork,
         * routes from outside the fork) are merged per step they leave: a step's routes (its
         * {@code ->}, through its review task if it has one, and an SLA breach route, an approval's
         * verdicts) are alternatives, one token
         * takes one of them, and the token model has one input per such step (docs/semantics.md,
         * "Joins and their inputs"). Without the merge the parallel join would wait for a token on
         * each of them, for ever.
         */
        private void mergeRoutesOfOneStep(BpmnPlan.Node join, int branches) {
            Map<String, String> hostOf = new LinkedHashMap<>(stepOfAddedElement);
            boundaries.forEach(b -> hostOf.put(b.id(), b.hostId()));
            Map<String, List<Integer>> byStep = new LinkedHashMap<>();
            for (int f = 0; f < flows.size(); f++) {
                if (flows.get(f).targetId().equals(join.id())) {
                    String source = flows.get(f).sourceId();
                    byStep.computeIfAbsent(hostOf.getOrDefault(source, source), s -> new ArrayList<>())
                            .add(f);
                }
            }
            int n = branches;
            for (List<Integer> arriving : byStep.values()) {
                if (arriving.size() > 1) {
                    String merge = BpmnIds.joinMerge(join.id(), ++n);
                    nodes.add(BpmnPlan.Node.exclusiveGateway(merge, null, join.laneId()));
                    arriving.forEach(f -> redirect(f, merge));
                    flow(merge, join.id(), null, null, false);
                }
            }
        }

        /** Points the flow at another target, under an id that names it. */
        private void redirect(int flow, String target) {
            Flow route = flows.get(flow);
            flowIds.remove(route.id());
            flows.set(
                    flow,
                    new Flow(
                            uniqueFlowId(route.sourceId(), target),
                            route.sourceId(),
                            target,
                            route.name(),
                            route.condition(),
                            route.isDefault()));
        }

        /** The BPMN elements reachable from the start without passing the stop. */
        private static Set<String> reach(String start, String stop, Map<String, List<String>> next) {
            Set<String> reached = new LinkedHashSet<>();
            List<String> pending = new ArrayList<>(List.of(start));
            while (!pending.isEmpty()) {
                String id = pending.remove(pending.size() - 1);
                if (!id.equals(stop) && reached.add(id)) {
                    pending.addAll(next.getOrDefault(id, List.of()));
                }
            }
            return reached;
        }

        /** Whether the rule table's result variable names the step. */
        private Condition routeCondition(String route, String step) {
            return new Condition(
                    "${" + WfaConditionTranslator.variable(route, Dialect.JUEL) + " == "
                            + WfaConditionTranslator.text(step, Dialect.JUEL) + "}",
                    "=" + WfaConditionTranslator.variable(route, Dialect.FEEL) + " = "
                            + WfaConditionTranslator.text(step, Dialect.FEEL));
        }

        private void flow(String source, Node target, String name, Condition condition, boolean isDefault) {
            if (target != null && !target.eIsProxy()) {
                flow(source, idOf(target), name, condition, isDefault);
            }
        }

        private void flow(String source, String target, String name, Condition condition, boolean isDefault) {
            flows.add(new Flow(
                    uniqueFlowId(source, target),
                    source,
                    target,
                    name == null ? null : WfaEscape.visible(name),
                    condition,
                    isDefault));
        }

        private String uniqueFlowId(String source, String target) {
            String base = BpmnIds.flow(source, target);
            String id = base;
            for (int n = 2; !flowIds.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        private DataUse use(Artifact artifact) {
            return data.computeIfAbsent(artifact, a -> new DataUse());
        }

        private String idOf(EObject vertex) {
            return BpmnIds.step(swimlane.nodes().get(graph.indexOf(vertex)).id());
        }

        private String label(EObject element) {
            return WfaEscape.visible(refs.of(element).label());
        }
    }

    private static final class DataUse {
        final List<String> producers = new ArrayList<>();
        final List<String> consumers = new ArrayList<>();
    }
}

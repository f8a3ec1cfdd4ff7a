package org.wfa.dsl.generator.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * The swimlane diagram of a workflow: a lane per team (for work done by people), per system and
 * per AI agent, in order of first appearance. Work sits in the lane of whoever performs it, a
 * decision in its decider's lane, an approval in its approver's; routing steps (forks, joins,
 * waits, ends) sit in the lane of the step that leads to them, and a start in the lane of its
 * first step. Edges between lanes are hand-offs.
 */
public class WfaSwimlaneDiagrams {

    private static final String UNASSIGNED = "-unassigned";

    @Inject
    private WfaRefs refs;

    public Diagram swimlane(Workflow workflow, WorkflowAnalysis analysis) {
        FlowGraph graph = analysis.graph();
        Map<String, Diagram.Lane> lanes = new LinkedHashMap<>();
        String[] laneOf = new String[graph.size()];
        for (int v = 0; v < graph.size(); v++) {
            Party performer = performerOf(graph.vertex(v));
            if (performer != null && !performer.eIsProxy()) {
                laneOf[v] = lane(lanes, performer);
            }
        }
        inheritLanes(graph, laneOf);
        List<Diagram.Node> nodes = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            if (laneOf[v] == null) {
                laneOf[v] = UNASSIGNED;
                lanes.putIfAbsent(UNASSIGNED, new Diagram.Lane(UNASSIGNED, "Unassigned"));
            }
            EObject vertex = graph.vertex(v);
            Ref ref = refs.of(vertex);
            nodes.add(new Diagram.Node(
                    idOf(vertex, v), ref.label(), shapeOf(vertex), laneOf[v], tooltipOf(vertex), null));
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            EObject vertex = graph.vertex(v);
            for (Route route : routesOf(vertex)) {
                int w = graph.indexOf(route.target());
                if (w >= 0 && !route.target().eIsProxy()) {
                    EdgeStyle style = route.escalation()
                            ? EdgeStyle.ESCALATION
                            : laneOf[v].equals(laneOf[w]) || graph.vertex(v) instanceof Start
                                    ? EdgeStyle.FLOW
                                    : EdgeStyle.HANDOFF;
                    edges.add(new Diagram.Edge(idOf(vertex, v), idOf(route.target(), w), route.label(), style));
                }
            }
        }
        Ref ref = refs.of(workflow);
        return new Diagram(ref.name(), ref.label() + ": swimlane diagram", List.copyOf(lanes.values()), nodes, edges);
    }

    /** Who does the step: the first responsible party, the approver, the decider; null for routing steps. */
    static Party performerOf(EObject step) {
        if (!(step instanceof Node node)) {
            return null;
        }
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) node;
                yield activity.getResponsible().isEmpty()
                        ? WfaOrganisation.ownerOf(activity)
                        : activity.getResponsible().get(0);
            }
            case APPROVAL, DECISION -> WfaOrganisation.ownerOf(node);
            case FORK, JOIN, WAIT, END -> null;
        };
    }

    private String lane(Map<String, Diagram.Lane> lanes, Party performer) {
        Team team = performer instanceof SystemDecl || performer instanceof Agent
                ? null
                : WfaOrganisation.teamOf(performer);
        Ref ref = refs.of(team != null ? team : performer);
        String label = switch (ref.kind()) {
            case "system" -> ref.label() + " (system)";
            case "agent" -> ref.label() + " (AI agent)";
            default -> ref.label();
        };
        lanes.putIfAbsent(ref.name(), new Diagram.Lane(ref.name(), label));
        return ref.name();
    }

    /**
     * Routing steps take the lane of the step that leads to them, found breadth-first from the
     * lanes already known so that each inherits from its nearest performer; starts then take the
     * lane of their first step.
     */
    private static void inheritLanes(FlowGraph graph, String[] laneOf) {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < graph.size(); v++) {
            if (laneOf[v] != null) {
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : graph.successors(v)) {
                if (laneOf[w] == null && !(graph.vertex(w) instanceof Start)) {
                    laneOf[w] = laneOf[v];
                    queue.add(w);
                }
            }
        }
        for (int v = 0; v < graph.size(); v++) {
            if (laneOf[v] == null && graph.vertex(v) instanceof Start) {
                for (int w : graph.successors(v)) {
                    laneOf[v] = laneOf[w];
                }
            }
        }
    }

    private record Route(Node target, String label, boolean escalation) {}

    private static List<Route> routesOf(EObject vertex) {
        List<Route> routes = new ArrayList<>();
        if (vertex instanceof Start start) {
            routes.add(new Route(start.getTarget(), null, false));
        } else if (vertex instanceof Node step) {
            routes.addAll(routesOf(step));
        }
        routes.removeIf(r -> r.target() == null);
        return routes;
    }

    private static List<Route> routesOf(Node step) {
        List<Route> routes = new ArrayList<>();
        return switch (StepKind.of(step)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) step;
                activity.getNext().forEach(n -> routes.add(new Route(n, null, false)));
                slaRoutes(activity.getSlas(), routes);
                yield routes;
            }
            case DECISION -> {
                Decision decision = (Decision) step;
                for (Outcome outcome : decision.getOutcomes()) {
                    String label = outcome.getLabel() != null
                            ? outcome.getLabel()
                            : WfaRefs.sourceText(outcome.getCondition());
                    routes.add(new Route(outcome.getTarget(), label, false));
                }
                if (decision.getTable() != null) {
                    for (RuleRow row : decision.getTable().getRows()) {
                        routes.add(new Route(row.getTarget(), row.getLabel(), false));
                    }
                }
                routes.add(new Route(decision.getOtherwise(), "otherwise", false));
                yield routes;
            }
            case APPROVAL -> {
                Approval approval = (Approval) step;
                routes.add(new Route(approval.getApproved(), "approved", false));
                routes.add(new Route(approval.getRejected(), "rejected", false));
                slaRoutes(approval.getSlas(), routes);
                yield routes;
            }
            case FORK -> {
                ((Fork) step).getBranches().forEach(n -> routes.add(new Route(n, null, false)));
                yield routes;
            }
            case JOIN -> {
                ((Join) step).getNext().forEach(n -> routes.add(new Route(n, null, false)));
                yield routes;
            }
            case WAIT -> {
                Wait wait = (Wait) step;
                wait.getNext().forEach(n -> routes.add(new Route(n, null, false)));
                if (wait.getTimeout() != null) {
                    routes.add(
                            new Route(wait.getTimeoutRoute(), "timeout " + WfaRefs.duration(wait.getTimeout()), true));
                }
                yield routes;
            }
            case END -> routes;
        };
    }

    private static void slaRoutes(List<Sla> slas, List<Route> routes) {
        for (Sla sla : slas) {
            routes.add(new Route(sla.getRoute(), "SLA " + WfaRefs.duration(sla.getWithin()) + " breached", true));
        }
    }

    /** Step names are unique in a workflow; unnamed starts are numbered by their position. */
    static String idOf(EObject vertex, int index) {
        if (vertex instanceof Start start) {
            return start.getName() == null ? "start-" + index : "start-" + start.getName();
        }
        return ((Node) vertex).getName();
    }

    private static Shape shapeOf(EObject vertex) {
        if (!(vertex instanceof Node step)) {
            return Shape.START;
        }
        StepKind kind = StepKind.of(step);
        if (kind != StepKind.STAGE) {
            return Shape.of(kind);
        }
        Party performer = performerOf(step);
        return performer instanceof Agent
                ? Shape.AI_TASK
                : performer instanceof SystemDecl ? Shape.SYSTEM_TASK : Shape.of(kind);
    }

    private String tooltipOf(EObject vertex) {
        Party performer = performerOf(vertex);
        Ref ref = refs.of(performer);
        return ref == null ? null : ref.label();
    }
}

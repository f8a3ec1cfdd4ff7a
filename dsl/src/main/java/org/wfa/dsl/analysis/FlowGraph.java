package org.wfa.dsl.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

/**
 * The flow of one workflow as a directed graph: a vertex per start and per step, in source
 * order, and an edge per route ('->', outcomes, rule rows, otherwise, approved and rejected,
 * SLA breach routes, wait timeouts). Unresolved targets are left out: they are reported as
 * unresolved names, not as flow problems.
 */
public final class FlowGraph {

    private final List<EObject> vertices;
    private final Map<EObject, Integer> index;
    private final int[][] successors;
    private final int[][] predecessors;

    private FlowGraph(List<EObject> vertices, Map<EObject, Integer> index, int[][] successors, int[][] predecessors) {
        this.vertices = vertices;
        this.index = index;
        this.successors = successors;
        this.predecessors = predecessors;
    }

    public static FlowGraph of(Workflow workflow) {
        List<EObject> vertices = new ArrayList<>(workflow.getStarts());
        vertices.addAll(workflow.getNodes());
        Map<EObject, Integer> index = new HashMap<>(vertices.size() * 2);
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        List<List<Integer>> out = new ArrayList<>(vertices.size());
        int[] inDegree = new int[vertices.size()];
        for (EObject vertex : vertices) {
            List<Integer> targets = new ArrayList<>(2);
            for (Node target : targetsOf(vertex)) {
                Integer t = target == null || target.eIsProxy() ? null : index.get(target);
                if (t != null && !targets.contains(t)) {
                    targets.add(t);
                    inDegree[t]++;
                }
            }
            out.add(targets);
        }
        int[][] successors = new int[vertices.size()][];
        int[][] predecessors = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            predecessors[i] = new int[inDegree[i]];
        }
        int[] filled = new int[vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            successors[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
            for (int t : successors[i]) {
                predecessors[t][filled[t]++] = i;
            }
        }
        return new FlowGraph(List.copyOf(vertices), index, successors, predecessors);
    }

    /**
     * The normal successors ('->') of a stage, call, join or wait; null for steps that route
     * otherwise (decisions, approvals, forks, ends) and for starts.
     */
    public static List<Node> nextOf(EObject step) {
        if (!(step instanceof Node node)) {
            return null;
        }
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> ((Activity) node).getNext();
            case JOIN -> ((Join) node).getNext();
            case WAIT -> ((Wait) node).getNext();
            case DECISION, APPROVAL, FORK, END -> null;
        };
    }

    /** The routes out of a start or step, in source order (missing targets left out). */
    public static List<Node> targetsOf(EObject vertex) {
        List<Node> targets = new ArrayList<>();
        if (vertex instanceof Start start) {
            targets.add(start.getTarget());
        } else if (vertex instanceof Node step) {
            targets.addAll(routesOf(step));
        }
        targets.removeIf(t -> t == null);
        return targets;
    }

    private static List<Node> routesOf(Node step) {
        List<Node> targets = new ArrayList<>();
        return switch (StepKind.of(step)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) step;
                targets.addAll(activity.getNext());
                activity.getSlas().stream().map(Sla::getRoute).forEach(targets::add);
                yield targets;
            }
            case DECISION -> {
                Decision decision = (Decision) step;
                decision.getOutcomes().stream().map(Outcome::getTarget).forEach(targets::add);
                if (decision.getTable() != null) {
                    decision.getTable().getRows().stream()
                            .map(RuleRow::getTarget)
                            .forEach(targets::add);
                }
                targets.add(decision.getOtherwise());
                yield targets;
            }
            case APPROVAL -> {
                Approval approval = (Approval) step;
                targets.add(approval.getApproved());
                targets.add(approval.getRejected());
                approval.getSlas().stream().map(Sla::getRoute).forEach(targets::add);
                yield targets;
            }
            case FORK -> ((Fork) step).getBranches();
            case JOIN -> ((Join) step).getNext();
            case WAIT -> {
                Wait wait = (Wait) step;
                targets.addAll(wait.getNext());
                targets.add(wait.getTimeoutRoute());
                yield targets;
            }
            case END -> List.of();
        };
    }

    public int size() {
        return vertices.size();
    }

    public EObject vertex(int i) {
        return vertices.get(i);
    }

    public List<EObject> vertices() {
        return vertices;
    }

    /** The vertex number of a start or step, or -1. */
    public int indexOf(EObject vertex) {
        Integer i = index.get(vertex);
        return i == null ? -1 : i;
    }

    public int[] successors(int i) {
        return successors[i];
    }

    public int[] predecessors(int i) {
        return predecessors[i];
    }
}

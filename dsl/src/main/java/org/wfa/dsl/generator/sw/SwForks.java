package org.wfa.dsl.generator.sw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.analysis.WorkflowAnalysis.ForkMatch;
import org.wfa.dsl.generator.WfaGeneratorRefusal;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Workflow;

/**
 * The forks of one workflow as Serverless Workflow can run them: a {@code fork} task whose
 * branches hold the steps up to the fork's join (the fork task goes on after it), or, for a fork
 * without a join whose branches each go on alone, everything each branch reaches. What cannot
 * be written this way is refused ({@link #refuseWhatItCannotRun}).
 */
final class SwForks {

    private final Workflow workflow;
    private final WorkflowAnalysis analysis;
    private final FlowGraph graph;
    /** The steps inside some fork's branches (and matched joins): they are written inside its task. */
    private final Set<EObject> inForks = new LinkedHashSet<>();
    /** The forks without a join whose branches each go on alone (see {@link #independentBranches}). */
    private final Set<Fork> independent = new HashSet<>();

    SwForks(Workflow workflow, WorkflowAnalysis analysis) {
        this.workflow = workflow;
        this.analysis = analysis;
        this.graph = analysis.graph();
        for (Node node : workflow.getNodes()) {
            if (node instanceof Fork fork) {
                if (joinOf(fork) != null) {
                    analysis.matchOf(fork).region().forEach(v -> inForks.add(graph.vertex(v)));
                    inForks.add(joinOf(fork));
                } else {
                    List<Set<Node>> branches = independentBranches(fork);
                    if (branches != null) {
                        independent.add(fork);
                        branches.forEach(inForks::addAll);
                    }
                }
            }
        }
    }

    /** Whether the step is written inside a fork's task rather than in the workflow's own task list. */
    boolean isInAFork(Node step) {
        return inForks.contains(step);
    }

    /**
     * Refuses, with the first construct in source order, a workflow that Serverless Workflow
     * cannot run as the execution semantics says. A join has no task of its own (its fork's task
     * goes on after it), so a token can reach it only as the end of a branch of its fork; an end
     * or a step without a route in a branch ends only that branch ({@code exit}), which is the
     * semantics only when nothing waits for the branch at a join.
     *
     * @param file the display path of the workflow's file, for the message
     * @throws WfaGeneratorRefusal naming the construct, where it is and what to do
     */
    void refuseWhatItCannotRun(String file) {
        for (Node node : workflow.getNodes()) {
            if (node instanceof Fork fork && !independent.contains(fork)) {
                Join join = joinOf(fork);
                if (join == null) {
                    ForkMatch match = analysis.matchOf(fork);
                    throw refusal(
                            file,
                            fork,
                            "run fork '" + fork.getName() + "', whose branches do not all meet at one join"
                                    + (match == null || match.problem() == null ? "" : " (" + match.problem() + ")")
                                    + ", unless each branch goes on alone to its own ends",
                            "lead every branch to one join after which the flow goes on, or let each branch"
                                    + " reach only its own steps and ends");
                }
                Map<Node, Node> branchOf = new LinkedHashMap<>();
                for (Node first : fork.getBranches()) {
                    for (Node step : branchSteps(first, join)) {
                        if (step == fork) {
                            throw refusal(
                                    file,
                                    fork,
                                    "run fork '" + fork.getName() + "', whose branch '" + first.getName()
                                            + "' leads back to the fork before its join '" + join.getName() + "'",
                                    "loop back to the fork only after the join");
                        }
                        Node other = branchOf.putIfAbsent(step, first);
                        if (other != null && other != first) {
                            throw refusal(
                                    file,
                                    step,
                                    "run step '" + step.getName() + "' on both branches '" + other.getName()
                                            + "' and '" + first.getName() + "' of fork '" + fork.getName()
                                            + "' (the semantics runs it once per token, and its join gets"
                                            + " two tokens from one branch)",
                                    "give each branch its own steps up to the join '" + join.getName() + "'");
                        }
                        int v = graph.indexOf(step);
                        if (v >= 0 && graph.successors(v).length == 0) {
                            throw refusal(
                                    file,
                                    step,
                                    "run step '" + step.getName() + "', which ends branch '" + first.getName()
                                            + "' of fork '" + fork.getName() + "' without reaching its join '"
                                            + join.getName() + "' (the semantics makes the join wait for ever)",
                                    "lead '" + step.getName() + "' on to the join");
                        }
                    }
                }
            } else if (node instanceof Join join) {
                int v = graph.indexOf(join);
                if (v < 0 || graph.predecessors(v).length == 0) {
                    continue;
                }
                Fork fork = analysis.forkOf(join);
                if (fork == null) {
                    throw refusal(
                            file,
                            join,
                            "run join '" + join.getName() + "', which closes no fork (a join waits for a token"
                                    + " on every route into it, and a Serverless Workflow join is the end of"
                                    + " one fork's task)",
                            "lead the branches of one fork, and nothing else, to the join");
                }
                List<Node> outside = analysis.routesFromOutsideItsFork(join);
                if (!outside.isEmpty()) {
                    throw refusal(
                            file,
                            join,
                            "run join '" + join.getName() + "', which '"
                                    + outside.get(0).getName()
                                    + "' leads to from outside its fork '" + fork.getName() + "' (the semantics"
                                    + " makes the join wait for ever for the fork's branches: a deadlock)",
                            "lead '" + outside.get(0).getName() + "' to the fork '" + fork.getName()
                                    + "' or past the join");
                }
            }
        }
    }

    private static WfaGeneratorRefusal refusal(String file, EObject at, String what, String todo) {
        return WfaGeneratorRefusal.of(file, at, "sw", what, todo + ", or build without the sw target");
    }

    /** The join of a matched fork, or null. */
    Join joinOf(Fork fork) {
        ForkMatch match = analysis.matchOf(fork);
        return match == null ? null : match.join();
    }

    /**
     * The steps of each branch of a fork without a join, when each branch goes on alone: no
     * branch reaches the fork again, a join other than that of a fork inside the branch, or a
     * step of another branch, and no step of a branch is reached from outside it. Then each
     * token of the fork runs its branch to its ends, and the case completes when all of them have:
     * a {@code fork} task whose branches end with {@code exit}. Null otherwise.
     */
    private List<Set<Node>> independentBranches(Fork fork) {
        List<Set<Node>> branches = new ArrayList<>();
        Set<Node> taken = new HashSet<>();
        for (Node first : fork.getBranches()) {
            if (first == null || first.eIsProxy() || graph.indexOf(first) < 0) {
                return null;
            }
            Set<Node> reached = new LinkedHashSet<>();
            Deque<Node> queue = new ArrayDeque<>(List.of(first));
            while (!queue.isEmpty()) {
                Node step = queue.poll();
                if (reached.add(step)) {
                    for (int w : graph.successors(graph.indexOf(step))) {
                        if (graph.vertex(w) instanceof Node next) {
                            queue.add(next);
                        }
                    }
                }
            }
            if (reached.contains(fork)) {
                return null;
            }
            for (Node step : reached) {
                if (step instanceof Join join && !reached.contains(analysis.forkOf(join))) {
                    return null;
                }
                if (!taken.add(step)) {
                    return null;
                }
                for (int p : graph.predecessors(graph.indexOf(step))) {
                    EObject from = graph.vertex(p);
                    if (!reached.contains(from) && !(from == fork && step == first)) {
                        return null;
                    }
                }
            }
            branches.add(reached);
        }
        return branches.size() < 2 ? null : branches;
    }

    /** The steps of one branch: reached from its first step without passing the join, in source order. */
    List<Node> branchSteps(Node first, Join join) {
        Set<Node> reached = new LinkedHashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(first));
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (node == join || !reached.add(node)) {
                continue;
            }
            int v = graph.indexOf(node);
            if (node instanceof Fork nested && joinOf(nested) != null) {
                // A nested fork carries its own branches; the branch continues after its join.
                joinOf(nested).getNext().forEach(queue::add);
                continue;
            }
            if (node instanceof Fork nested && independent.contains(nested)) {
                // Its branches are all that follows it, and they are written inside its task.
                continue;
            }
            for (int w : v < 0 ? new int[0] : graph.successors(v)) {
                if (graph.vertex(w) instanceof Node next) {
                    queue.add(next);
                }
            }
        }
        List<Node> ordered = new ArrayList<>();
        List<Node> inSource =
                workflow.getNodes().stream().filter(reached::contains).toList();
        ordered.add(first);
        inSource.stream().filter(n -> n != first).forEach(ordered::add);
        return ordered;
    }
}

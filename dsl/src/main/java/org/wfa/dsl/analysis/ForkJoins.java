package org.wfa.dsl.analysis;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.WorkflowAnalysis.ForkMatch;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;

/**
 * Fork/join matching: each branch of a fork is followed until it reaches a join (a nested fork
 * is stepped over to its own join); the fork is matched when every branch reaches the same single
 * join. Linear per fork.
 */
final class ForkJoins {

    private static final int[] NOWHERE = {};

    private final FlowGraph graph;
    private final Map<Fork, ForkMatch> forks = new LinkedHashMap<>();
    private final Map<Join, Fork> joins = new IdentityHashMap<>();
    private final Set<Join> reachedByForks = new HashSet<>();

    ForkJoins(FlowGraph graph) {
        this.graph = graph;
        for (EObject vertex : graph.vertices()) {
            if (vertex instanceof Fork fork) {
                match(fork, new HashMap<>());
            }
        }
    }

    ForkMatch matchOf(Fork fork) {
        return forks.get(fork);
    }

    boolean isReachedByAFork(Join join) {
        return reachedByForks.contains(join);
    }

    Fork forkOf(Join join) {
        return joins.get(join);
    }

    private ForkMatch match(Fork fork, Map<Fork, Boolean> inProgress) {
        ForkMatch known = forks.get(fork);
        if (known != null || inProgress.containsKey(fork)) {
            return known;
        }
        inProgress.put(fork, Boolean.TRUE);
        int f = graph.indexOf(fork);
        Set<Integer> region = new LinkedHashSet<>();
        Set<Join> reached = new LinkedHashSet<>();
        String problem = null;
        if (graph.successors(f).length < 2) {
            problem = "it has " + graph.successors(f).length + " branch" + (graph.successors(f).length == 1 ? "" : "es")
                    + "; a fork needs at least two";
        }
        for (int branch : graph.successors(f)) {
            Set<Join> branchJoins = new LinkedHashSet<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(branch));
            Set<Integer> seen = new LinkedHashSet<>(List.of(branch));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                // A branch never leads back to a start: starts have no incoming routes.
                Node step = (Node) graph.vertex(v);
                int[] next = switch (StepKind.of(step)) {
                    case JOIN -> {
                        branchJoins.add((Join) step);
                        yield NOWHERE;
                    }
                    case END -> {
                        region.add(v);
                        if (problem == null) {
                            problem = "branch '" + WorkflowAnalysis.name(graph.vertex(branch)) + "' reaches end '"
                                    + ((End) step).getName() + "' without joining";
                        }
                        yield graph.successors(v);
                    }
                    case FORK -> {
                        region.add(v);
                        yield step == fork ? graph.successors(v) : stepOver((Fork) step, v, region, inProgress);
                    }
                    case STAGE, CALL, DECISION, APPROVAL, WAIT -> {
                        region.add(v);
                        yield graph.successors(v);
                    }
                };
                for (int w : next) {
                    if (w != f && seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            reached.addAll(branchJoins);
            reachedByForks.addAll(branchJoins);
            if (branchJoins.isEmpty() && problem == null) {
                problem = "branch '" + WorkflowAnalysis.name(graph.vertex(branch)) + "' never reaches a join";
            }
        }
        Join join = null;
        if (problem == null && reached.size() > 1) {
            problem = "its branches reach different joins ("
                    + String.join(
                            ", ",
                            reached.stream().map(j -> "'" + j.getName() + "'").toList())
                    + "); expected one join that all branches reach";
        } else if (problem == null && reached.size() == 1) {
            join = reached.iterator().next();
            joins.putIfAbsent(join, fork);
        }
        ForkMatch match = new ForkMatch(join, problem, region);
        forks.put(fork, match);
        inProgress.remove(fork);
        return match;
    }

    /** Where a branch goes on after a nested fork: after the nested fork's join, when it has one. */
    private int[] stepOver(Fork nested, int v, Set<Integer> region, Map<Fork, Boolean> inProgress) {
        ForkMatch inner = match(nested, inProgress);
        if (inner == null || inner.join() == null) {
            return graph.successors(v);
        }
        region.addAll(inner.region());
        region.add(graph.indexOf(inner.join()));
        return graph.successors(graph.indexOf(inner.join()));
    }
}

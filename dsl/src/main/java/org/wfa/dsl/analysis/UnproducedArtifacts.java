package org.wfa.dsl.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Workflow;

/**
 * For each artifact a step consumes (and the workflow does not receive), the steps that can run
 * before any step has produced it: one linear propagation per artifact. Producing steps stop the
 * propagation; a join is passed unproduced only when every branch that can arrive there is
 * unproduced (all branches complete before a join, so one producing branch is enough).
 */
final class UnproducedArtifacts {

    private final Map<Artifact, List<EObject>> consumedUnproduced = new LinkedHashMap<>();

    UnproducedArtifacts(Workflow workflow, FlowGraph graph, int[] starts, Reachability reachability) {
        Map<Artifact, List<Integer>> producers = new LinkedHashMap<>();
        Map<Artifact, List<Integer>> consumers = new LinkedHashMap<>();
        for (int v = 0; v < graph.size(); v++) {
            for (Artifact a : WorkflowAnalysis.produced(graph.vertex(v))) {
                producers.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
            }
            for (Artifact a : WorkflowAnalysis.consumed(graph.vertex(v))) {
                consumers.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
            }
        }
        int[] arriving = new int[graph.size()];
        for (int v = 0; v < graph.size(); v++) {
            for (int p : graph.predecessors(v)) {
                if (reachability.fromStart(p)) {
                    arriving[v]++;
                }
            }
        }
        for (Map.Entry<Artifact, List<Integer>> entry : consumers.entrySet()) {
            Artifact artifact = entry.getKey();
            if (artifact.eIsProxy() || workflow.getInputs().contains(artifact)) {
                continue;
            }
            boolean[] producing = new boolean[graph.size()];
            producers.getOrDefault(artifact, List.of()).forEach(v -> producing[v] = true);
            boolean[] unproduced = propagate(graph, starts, producing, arriving);
            List<EObject> violating = new ArrayList<>();
            for (int c : entry.getValue()) {
                if (unproduced[c]) {
                    violating.add(graph.vertex(c));
                }
            }
            if (!violating.isEmpty()) {
                consumedUnproduced.put(artifact, violating);
            }
        }
    }

    Map<Artifact, List<EObject>> consumedBeforeProduced() {
        return consumedUnproduced;
    }

    private static boolean[] propagate(FlowGraph graph, int[] starts, boolean[] producing, int[] arriving) {
        boolean[] unproduced = new boolean[graph.size()];
        int[] unproducedArrivals = new int[graph.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : starts) {
            unproduced[s] = true;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (producing[v]) {
                continue;
            }
            for (int w : graph.successors(v)) {
                if (unproduced[w]) {
                    continue;
                }
                if (!synchronises(graph.vertex(w)) || ++unproducedArrivals[w] >= arriving[w]) {
                    unproduced[w] = true;
                    queue.add(w);
                }
            }
        }
        return unproduced;
    }

    /** Whether the step waits for every branch that can arrive before it goes on. */
    private static boolean synchronises(EObject vertex) {
        return vertex instanceof Node step
                && switch (StepKind.of(step)) {
                    case JOIN -> true;
                    case STAGE, CALL, DECISION, APPROVAL, FORK, WAIT, END -> false;
                };
    }
}

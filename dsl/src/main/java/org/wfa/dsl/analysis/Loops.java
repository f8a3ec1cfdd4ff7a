package org.wfa.dsl.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * Loops and their exits: the strongly connected components of the flow (Tarjan's algorithm,
 * iterative) that contain a cycle, and the steps of loops that nothing leaves.
 */
final class Loops {

    private final FlowGraph graph;
    private final int[] component;
    private final Map<Integer, List<Integer>> loops = new LinkedHashMap<>();
    private final boolean[] withoutExit;

    Loops(FlowGraph graph) {
        this.graph = graph;
        int n = graph.size();
        component = GraphAlgorithms.components(graph);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < n; v++) {
            members.computeIfAbsent(component[v], c -> new ArrayList<>()).add(v);
        }
        for (int v = 0; v < n; v++) {
            List<Integer> group = members.get(component[v]);
            boolean cyclic = group.size() > 1 || contains(graph.successors(v), v);
            if (cyclic && group.get(0) == v) {
                loops.put(component[v], group);
            }
        }
        withoutExit = new boolean[n];
        for (List<EObject> loop : loops()) {
            if (!hasExit(loop)) {
                loop.forEach(v -> withoutExit[graph.indexOf(v)] = true);
            }
        }
    }

    List<List<EObject>> loops() {
        List<List<EObject>> result = new ArrayList<>();
        for (List<Integer> members : loops.values()) {
            result.add(members.stream().map(graph::vertex).toList());
        }
        return result;
    }

    boolean hasExit(List<EObject> loop) {
        int c = component[graph.indexOf(loop.get(0))];
        for (EObject vertex : loop) {
            for (int w : graph.successors(graph.indexOf(vertex))) {
                if (component[w] != c) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean withoutExit(int vertex) {
        return withoutExit[vertex];
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}

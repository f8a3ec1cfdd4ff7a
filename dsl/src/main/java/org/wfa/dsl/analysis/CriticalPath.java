package org.wfa.dsl.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Node;

/**
 * The longest path by stated durations from a start to an end, over the flow without its back
 * edges (each loop taken once): an iterative depth-first search finds the back edges and a
 * topological order, then one pass relaxes the edges in that order.
 */
final class CriticalPath {

    private final List<EObject> path = new ArrayList<>();
    private long minutes;

    CriticalPath(FlowGraph graph, int[] starts) {
        int n = graph.size();
        int[] order = new int[n];
        int ordered = 0;
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        int[] stackVertex = new int[n];
        int[] stackEdge = new int[n];
        boolean[][] backEdge = new boolean[n][];
        for (int v = 0; v < n; v++) {
            backEdge[v] = new boolean[graph.successors(v).length];
        }
        for (int root : starts) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stackVertex[0] = root;
            stackEdge[0] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int v = stackVertex[depth];
                int[] out = graph.successors(v);
                if (stackEdge[depth] < out.length) {
                    int e = stackEdge[depth]++;
                    int w = out[e];
                    if (state[w] == 1) {
                        backEdge[v][e] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        depth++;
                        stackVertex[depth] = w;
                        stackEdge[depth] = 0;
                    }
                    continue;
                }
                state[v] = 2;
                order[ordered++] = v;
                depth--;
            }
        }
        long[] distance = new long[n];
        int[] via = new int[n];
        Arrays.fill(distance, -1);
        Arrays.fill(via, -1);
        for (int root : starts) {
            distance[root] = 0;
        }
        for (int k = ordered - 1; k >= 0; k--) {
            int v = order[k];
            if (distance[v] < 0) {
                continue;
            }
            int[] out = graph.successors(v);
            for (int e = 0; e < out.length; e++) {
                int w = out[e];
                long candidate = distance[v] + durationOf(graph.vertex(w));
                if (!backEdge[v][e] && candidate > distance[w]) {
                    distance[w] = candidate;
                    via[w] = v;
                }
            }
        }
        int last = -1;
        for (int v = 0; v < n; v++) {
            if (WorkflowAnalysis.isEnd(graph.vertex(v)) && distance[v] > (last < 0 ? -1 : distance[last])) {
                last = v;
            }
        }
        if (last >= 0) {
            minutes = distance[last];
            for (int v = last; v >= 0; v = via[v]) {
                path.add(0, graph.vertex(v));
            }
        }
    }

    List<EObject> path() {
        return path;
    }

    long minutes() {
        return minutes;
    }

    /** Only work takes stated time; routing steps and waits count as instant. */
    private static long durationOf(EObject vertex) {
        return vertex instanceof Node step
                ? switch (StepKind.of(step)) {
                    case STAGE, CALL -> WfaOrganisation.minutes(((Activity) step).getDuration());
                    case DECISION, APPROVAL, FORK, JOIN, WAIT, END -> 0;
                }
                : 0;
    }
}

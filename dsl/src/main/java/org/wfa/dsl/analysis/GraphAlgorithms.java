package org.wfa.dsl.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Linear-time graph algorithms over {@link FlowGraph}, all iterative: a workflow of tens of
 * thousands of steps must not overflow the stack.
 */
public final class GraphAlgorithms {

    private GraphAlgorithms() {}

    /**
     * The vertices reachable from the sources, following successors (or predecessors when
     * {@code backwards}); a vertex failing {@code expand} is reached but not passed through.
     */
    static boolean[] reach(FlowGraph graph, int[] sources, boolean backwards, IntPredicate expand) {
        boolean[] seen = new boolean[graph.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            if (!seen[s]) {
                seen[s] = true;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (!expand.test(v)) {
                continue;
            }
            for (int w : backwards ? graph.predecessors(v) : graph.successors(v)) {
                if (!seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        return seen;
    }

    /**
     * Strongly connected components (Tarjan, iterative): {@code component[v]} numbers the
     * component of each vertex; components are numbered in reverse topological order.
     */
    static int[] components(FlowGraph graph) {
        return components(graph.size(), graph::successors, v -> false);
    }

    /**
     * Strongly connected components of any graph given by its successor lists (the token
     * model's markings too); vertices {@code excluded} are left out, with their edges, and numbered
     * -1.
     */
    public static int[] components(int n, IntFunction<int[]> successors, IntPredicate excluded) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(component, -1);
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callVertex = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0 || excluded.test(root)) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                int[] out = successors.apply(v);
                if (callEdge[depth] < out.length) {
                    int w = out[callEdge[depth]++];
                    if (excluded.test(w)) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return component;
    }
}

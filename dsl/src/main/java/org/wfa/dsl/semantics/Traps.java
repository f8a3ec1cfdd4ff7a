package org.wfa.dsl.semantics;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Strongly connected components of the markings that cannot settle (iterative Tarjan: no deep recursion). */
final class Traps {

    private Traps() {}

    /**
     * @param successors the successors of every marking
     * @param excluded markings left out (those that can settle)
     * @return a component number per marking (-1 for the excluded)
     */
    static int[] components(List<int[]> successors, BitSet excluded) {
        int n = successors.size();
        int[] component = new int[n];
        int[] order = new int[n];
        int[] low = new int[n];
        int[] edge = new int[n];
        Arrays.fill(component, -1);
        Arrays.fill(order, -1);
        BitSet onStack = new BitSet();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        ArrayDeque<Integer> path = new ArrayDeque<>();
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (excluded.get(root) || order[root] >= 0) {
                continue;
            }
            path.push(root);
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack.set(root);
            while (!path.isEmpty()) {
                int v = path.peek();
                int[] next = successors.get(v);
                if (edge[v] < next.length) {
                    int w = next[edge[v]++];
                    if (excluded.get(w)) {
                        continue;
                    }
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack.set(w);
                        path.push(w);
                    } else if (onStack.get(w)) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                path.pop();
                if (!path.isEmpty()) {
                    low[path.peek()] = Math.min(low[path.peek()], low[v]);
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack.clear(w);
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }
}

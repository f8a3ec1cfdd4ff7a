package org.wfa.dsl.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cycles of workflows that call or wait for each other. The search is the same whether the
 * workflows are models in memory or names in the index of a workspace checked a cluster of files
 * at a time (see {@link WfaWorkspaceCalls}), so that both report the same cycle.
 */
public final class WfaCallCycles {

    private WfaCallCycles() {}

    /**
     * The shortest cycle through the start, breadth-first: the start and the workflows after it,
     * the last of which calls or waits for the start; empty when there is none.
     */
    public static <V> List<V> shortestCycle(V start, Function<V, List<V>> awaited) {
        Map<V, V> reachedFrom = new HashMap<>();
        ArrayDeque<V> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            V current = queue.poll();
            for (V next : awaited.apply(current)) {
                if (next.equals(start)) {
                    List<V> cycle = new ArrayList<>();
                    for (V v = current; v != null && !v.equals(start); v = reachedFrom.get(v)) {
                        cycle.add(0, v);
                    }
                    cycle.add(0, start);
                    return cycle;
                }
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}

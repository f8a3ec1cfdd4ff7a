package org.wfa.dsl.analysis;

/**
 * Which steps can be reached from a start, and from which an end can be reached: one
 * breadth-first search forwards from the starts and one backwards from the ends.
 */
final class Reachability {

    private final boolean[] fromStart;
    private final boolean[] toEnd;
    private final boolean hasEnd;

    Reachability(FlowGraph graph, int[] starts, int[] ends) {
        fromStart = GraphAlgorithms.reach(graph, starts, false, v -> true);
        toEnd = GraphAlgorithms.reach(graph, ends, true, v -> true);
        hasEnd = ends.length > 0;
    }

    boolean fromStart(int vertex) {
        return fromStart[vertex];
    }

    boolean toEnd(int vertex) {
        return toEnd[vertex];
    }

    boolean hasEnd() {
        return hasEnd;
    }
}

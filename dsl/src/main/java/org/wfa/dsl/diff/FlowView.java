package org.wfa.dsl.diff;

import java.util.List;

/**
 * The new version of a changed workflow's flow with what changed marked, for drawing: the new
 * steps and flows, plus the removed ones of the old version (drawn ghosted).
 */
public record FlowView(List<Node> nodes, List<Edge> edges) {

    public enum State {
        UNCHANGED,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** @param kind the step kind ("stage", "decision", "approval", "start", ...) */
    public record Node(String id, String label, String kind, State state) {}

    public record Edge(String from, String to, String label, State state) {}
}

package org.wfa.dsl.diff;

/**
 * A flow from one step to another ({@code from -> to}); starts are steps named after the start.
 *
 * @param label what the flow is taken on ("approved", an outcome's condition), or null
 */
record FlowEdge(String from, String to, String label) {

    String key() {
        return from + " -> " + to;
    }
}

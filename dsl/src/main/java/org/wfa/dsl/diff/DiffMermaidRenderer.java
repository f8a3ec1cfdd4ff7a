package org.wfa.dsl.diff;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.wfa.dsl.generator.WfaEscape;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.diagram.MermaidShapes;
import org.wfa.dsl.model.StepKind;

/**
 * A Mermaid flowchart of the new version of a workflow with what changed coloured: added steps
 * and flows green, changed steps amber, and the removed ones of the old version ghosted (grey and
 * dashed). Follows the documentation's Mermaid conventions: ids are {@code n_} and the step name
 * reduced to letters, digits and underscores (never a keyword such as 'end'), class names are
 * prefixed, and every label is quoted and entity-escaped with {@link WfaEscape#mermaid}, so that
 * no name or title can end a label or inject Mermaid.
 */
final class DiffMermaidRenderer {

    private DiffMermaidRenderer() {}

    static String render(FlowView view) {
        Map<String, String> ids = ids(view.nodes());
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (FlowView.Node node : view.nodes()) {
            out.append("    ")
                    .append(ids.get(node.id()))
                    .append(shape(node))
                    .append(":::")
                    .append(className(node.state()))
                    .append('\n');
        }
        List<FlowView.Edge> edges = view.edges().stream()
                .filter(e -> ids.containsKey(e.from()) && ids.containsKey(e.to()))
                .toList();
        for (FlowView.Edge edge : edges) {
            String arrow = edge.state() == FlowView.State.REMOVED ? "-.->" : "-->";
            out.append("    ").append(ids.get(edge.from())).append(' ').append(arrow);
            if (edge.label() != null && !edge.label().isEmpty()) {
                out.append("|\"").append(WfaEscape.mermaid(edge.label())).append("\"|");
            }
            out.append(' ').append(ids.get(edge.to())).append('\n');
        }
        out.append("    classDef wfa_unchanged fill:#ffffff,stroke:#6b7280,color:#111827\n");
        out.append("    classDef wfa_added fill:#dcfce7,stroke:#15803d,color:#111827,stroke-width:2px\n");
        out.append("    classDef wfa_changed fill:#fef9c3,stroke:#a16207,color:#111827,stroke-width:2px\n");
        out.append("    classDef wfa_removed fill:#f9fafb,stroke:#9ca3af,color:#9ca3af,stroke-dasharray:5 5\n");
        for (int i = 0; i < edges.size(); i++) {
            switch (edges.get(i).state()) {
                case ADDED -> out.append("    linkStyle ").append(i).append(" stroke:#15803d,stroke-width:2.5px\n");
                case REMOVED ->
                    out.append("    linkStyle ")
                            .append(i)
                            .append(" stroke:#9ca3af,stroke-width:1.5px,stroke-dasharray:5 5\n");
                default -> {}
            }
        }
        return out.toString();
    }

    private static Map<String, String> ids(List<FlowView.Node> nodes) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (FlowView.Node node : nodes) {
            String id = "n_" + node.id().replaceAll("[^A-Za-z0-9_]", "_");
            String unique = id;
            for (int i = 2; !used.add(unique); i++) {
                unique = id + "_" + i;
            }
            ids.put(node.id(), unique);
        }
        return ids;
    }

    private static String shape(FlowView.Node node) {
        String label = WfaEscape.mermaid(node.label());
        if ("start".equals(node.kind())) {
            return MermaidShapes.node(Shape.START, label);
        }
        StepKind kind = Stream.of(StepKind.values())
                .filter(k -> k.keyword().equals(node.kind()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no step kind '" + node.kind() + "'"));
        // The shapes of the handbook's swimlane diagrams, so that a reviewer reads both alike.
        return MermaidShapes.node(Shape.of(kind), label);
    }

    private static String className(FlowView.State state) {
        return "wfa_" + state.name().toLowerCase();
    }
}

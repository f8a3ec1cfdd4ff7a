package org.wfa.dsl.generator.diagram;

import org.wfa.dsl.generator.diagram.Diagram.Shape;

/**
 * How Mermaid draws each shape: the node syntax and the class style (the handbook's diagrams and
 * the review diff's flow diagrams). Java switch expressions,
 * so that a new shape does not compile until it is given both (an Xtend switch would let it
 * through as null).
 */
public final class MermaidShapes {

    private MermaidShapes() {}

    /** The node's shape around its label, which is already escaped and quoted as Mermaid needs. */
    public static String node(Shape shape, String label) {
        return switch (shape) {
            case START -> "((\"" + label + "\"))";
            case END -> "(((\"" + label + "\")))";
            case TASK, WORKFLOW -> "(\"" + label + "\")";
            case SYSTEM_TASK, TEAM -> "[\"" + label + "\"]";
            case AI_TASK -> "[\"AI: " + label + "\"]";
            case CALL -> "[[\"" + label + "\"]]";
            case DECISION -> "{\"" + label + "\"}";
            case APPROVAL -> "{{\"" + label + "\"}}";
            case FORK, JOIN -> "[/\"" + label + "\"/]";
            case WAIT -> "[\\\"" + label + "\"\\]";
            case SYSTEM -> "[(\"" + label + "\")]";
        };
    }

    static String classStyle(Shape shape) {
        return switch (shape) {
            case START -> "fill:#dcfce7,stroke:#15803d,color:#111827";
            case END -> "fill:#fee2e2,stroke:#b91c1c,color:#111827";
            case TASK, WORKFLOW -> "fill:#eff6ff,stroke:#1d4ed8,color:#111827";
            case SYSTEM_TASK, SYSTEM -> "fill:#f3f4f6,stroke:#4b5563,color:#111827";
            case AI_TASK -> "fill:#f5f3ff,stroke:#6d28d9,color:#111827,stroke-dasharray:4 2";
            case CALL -> "fill:#eff6ff,stroke:#1d4ed8,color:#111827,stroke-width:2px";
            case DECISION -> "fill:#fef9c3,stroke:#a16207,color:#111827";
            case APPROVAL -> "fill:#ecfccb,stroke:#4d7c0f,color:#111827";
            case FORK, JOIN -> "fill:#374151,stroke:#111827,color:#ffffff";
            case WAIT -> "fill:#fff7ed,stroke:#c2410c,color:#111827";
            case TEAM -> "fill:#ffffff,stroke:#111827,color:#111827";
        };
    }
}

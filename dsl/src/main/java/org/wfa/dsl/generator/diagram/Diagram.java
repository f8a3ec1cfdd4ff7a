package org.wfa.dsl.generator.diagram;

import java.util.List;

import org.wfa.dsl.model.StepKind;

/**
 * A diagram to lay out and draw, independent of any output format: horizontal lanes (a team
 * or role each), the nodes placed in them and the edges between nodes. All lists are in the
 * order of the source, which the layout keeps where it can, so that output is deterministic.
 *
 * @param id    a stable identifier, unique within a page (used to prefix SVG ids)
 * @param title what the diagram shows, for accessibility (the SVG's title)
 */
public record Diagram(String id, String title, List<Lane> lanes, List<Node> nodes, List<Edge> edges) {

    /** A horizontal band of the diagram: everything one team or role does. */
    public record Lane(String id, String label) {}

    /**
     * A step, workflow, system or team.
     *
     * @param label   the visible text (wrapped by the renderer)
     * @param laneId  the lane the node is drawn in; never null
     * @param tooltip extra text shown on hover, or null
     * @param href    a link target (relative URL) for the node, or null
     */
    public record Node(String id, String label, Shape shape, String laneId, String tooltip, String href) {}

    /** @param label text beside the edge (a decision's outcome), or null */
    public record Edge(String from, String to, String label, EdgeStyle style) {}

    public enum Shape {
        START,
        END,
        TASK,
        SYSTEM_TASK,
        AI_TASK,
        CALL,
        DECISION,
        APPROVAL,
        FORK,
        JOIN,
        WAIT,
        WORKFLOW,
        SYSTEM,
        TEAM;

        /** How a step of the kind is drawn; a stage is a plain task unless its performer says otherwise. */
        public static Shape of(StepKind kind) {
            return switch (kind) {
                case STAGE -> TASK;
                case CALL -> CALL;
                case DECISION -> DECISION;
                case APPROVAL -> APPROVAL;
                case FORK -> FORK;
                case JOIN -> JOIN;
                case WAIT -> WAIT;
                case END -> END;
            };
        }
    }

    public enum EdgeStyle {
        /** Work passes on within a team. */
        FLOW,
        /** Work passes to another team: drawn so that it stands out. */
        HANDOFF,
        /** A breached SLA or a timeout routes the work. */
        ESCALATION,
        /** One workflow, team or system depends on another. */
        DEPENDENCY
    }
}

package org.wfa.dsl.generator.diagram;

import java.util.List;

/**
 * The size of one node's outline and where its wrapped label goes, relative to the outline's
 * top left corner. Small shapes (circles, bars) carry their label as a caption beneath.
 */
record NodeMetrics(
        double shapeWidth,
        double shapeHeight,
        List<String> lines,
        double labelX,
        double labelY,
        double labelWidth,
        double labelHeight) {

    /** Vertical distance between two edge ends on the same side of a node; fits a one-line edge label. */
    static final double PORT_SPACING = 16;

    static final double BOX_WIDTH = 150;
    private static final double BOX_MIN_HEIGHT = 48;
    private static final double BOX_PADDING = 9;
    private static final int BOX_MAX_LINES = 3;
    private static final double DIAMOND_WIDTH = 160;
    private static final double DIAMOND_TEXT_WIDTH = 80;
    private static final double DIAMOND_MIN_HEIGHT = 72;
    private static final double CIRCLE_DIAMETER = 36;
    private static final double BAR_WIDTH = 10;
    private static final double BAR_MIN_HEIGHT = 56;
    private static final double CAPTION_WIDTH = 110;
    private static final double CAPTION_GAP = 4;
    private static final double WAIT_ICON_WIDTH = 22;
    private static final double CYLINDER_CAP = 10;
    private static final double CALL_BORDER = 8;
    /** Keeps the label clear of a badge in the top right corner. */
    private static final double BADGE_ROOM = 8;
    /** The part of a pointed or round outline's height that ports may use. */
    private static final double CURVED_PORT_SHARE = 0.6;

    NodeMetrics {
        lines = List.copyOf(lines);
    }

    /**
     * @param incoming number of edges entering the node
     * @param outgoing number of edges leaving it
     */
    static NodeMetrics of(Diagram.Node node, int incoming, int outgoing) {
        // Ports lie symmetrically about the centre line, and entering ones may move down by
        // half a spacing (see PortAssigner): this is twice the farthest a port may lie from it.
        double ports = Math.max(span(outgoing), span(incoming) + PORT_SPACING);
        double straight = ports + 2 * BOX_PADDING;
        double curved = ports / CURVED_PORT_SHARE;
        String label = node.label();
        return switch (node.shape()) {
            case START, END -> {
                double diameter = Math.max(CIRCLE_DIAMETER, curved);
                yield captioned(label, diameter, diameter);
            }
            case FORK, JOIN -> captioned(label, BAR_WIDTH, Math.max(BAR_MIN_HEIGHT, straight));
            case DECISION -> decision(label, curved);
            case APPROVAL -> boxed(label, ShapeOutline.HEXAGON_INSET + 4, 0, BADGE_ROOM, curved);
            case AI_TASK -> boxed(label, BOX_PADDING, 0, BADGE_ROOM, straight);
            case WAIT -> boxed(label, BOX_PADDING, WAIT_ICON_WIDTH, 0, straight);
            case CALL -> boxed(label, BOX_PADDING + CALL_BORDER, 0, 0, straight);
            case SYSTEM -> boxed(label, BOX_PADDING, 0, CYLINDER_CAP, straight);
            case TASK, SYSTEM_TASK, WORKFLOW, TEAM -> boxed(label, BOX_PADDING, 0, 0, straight);
        };
    }

    private static double span(int ports) {
        return Math.max(0, ports - 1) * PORT_SPACING;
    }

    private static NodeMetrics captioned(String label, double width, double height) {
        List<String> lines = TextMetrics.wrap(label, CAPTION_WIDTH, 2);
        double textWidth = lines.stream().mapToDouble(TextMetrics::width).max().orElse(0);
        double textHeight = lines.size() * TextMetrics.LINE_HEIGHT;
        return new NodeMetrics(
                width, height, lines, (width - textWidth) / 2, height + CAPTION_GAP, textWidth, textHeight);
    }

    /**
     * A box of the common width; {@code leftIcon} and {@code topCap} are room kept free for a
     * mark inside the shape.
     */
    private static NodeMetrics boxed(String label, double padding, double leftIcon, double topCap, double portHeight) {
        double textWidth = BOX_WIDTH - 2 * padding - leftIcon;
        List<String> lines = TextMetrics.wrap(label, textWidth, BOX_MAX_LINES);
        double textHeight = lines.size() * TextMetrics.LINE_HEIGHT;
        double height = Math.max(Math.max(BOX_MIN_HEIGHT, textHeight + 2 * BOX_PADDING + topCap), portHeight);
        double top = topCap + (height - topCap - textHeight) / 2;
        return new NodeMetrics(BOX_WIDTH, height, lines, padding + leftIcon, top, textWidth, textHeight);
    }

    private static NodeMetrics decision(String label, double portHeight) {
        List<String> lines = TextMetrics.wrap(label, DIAMOND_TEXT_WIDTH, BOX_MAX_LINES);
        double textHeight = lines.size() * TextMetrics.LINE_HEIGHT;
        // A diamond narrows linearly towards its tips. The text is half as wide as the
        // diamond, so the diamond must be twice as tall as the text for its first and last
        // lines to fit.
        double height = Math.max(Math.max(DIAMOND_MIN_HEIGHT, 2 * textHeight + 4), portHeight);
        return new NodeMetrics(
                DIAMOND_WIDTH,
                height,
                lines,
                (DIAMOND_WIDTH - DIAMOND_TEXT_WIDTH) / 2,
                (height - textHeight) / 2,
                DIAMOND_TEXT_WIDTH,
                textHeight);
    }

    /** Width of everything the node occupies. */
    double width() {
        return Math.max(shapeWidth, labelWidth);
    }

    /** How far the node reaches below its outline's centre line, its caption included. */
    double below() {
        return Math.max(shapeHeight / 2, labelY + labelHeight - shapeHeight / 2);
    }

    double above() {
        return shapeHeight / 2;
    }
}

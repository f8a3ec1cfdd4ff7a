package org.wfa.dsl.generator.diagram;

import java.util.List;

import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.TextBlock;

/**
 * Edge labels: one line of 11 px text right beside the source, over the edge's first
 * horizontal run. Being one line, a label stays within the port spacing and never touches the
 * labels of the source's other edges; a longer label is cut with an ellipsis (the renderer
 * keeps the full text for hovering).
 */
final class EdgeLabels {

    static final double FONT_SIZE = 11;
    static final double HEIGHT = 14;
    private static final double SCALE = FONT_SIZE / TextMetrics.FONT_SIZE;
    private static final double MAX_TEXT_WIDTH = 130;
    private static final double PADDING = 3;
    private static final double OFFSET = 3;

    private EdgeLabels() {}

    static List<String> lines(String label) {
        return TextMetrics.wrap(label, MAX_TEXT_WIDTH / SCALE, 1);
    }

    static double width(List<String> lines) {
        return lines.isEmpty() ? 0 : Math.ceil(TextMetrics.width(lines.get(0)) * SCALE) + 2 * PADDING;
    }

    /** Room needed right of the source's bounding box: used to size the channel. */
    static double reach(List<String> lines) {
        return lines.isEmpty() ? 0 : OFFSET + width(lines) + PADDING;
    }

    static TextBlock place(Diagram.Shape shape, Box source, double portY, List<String> lines) {
        double top = portY - HEIGHT / 2;
        // Start clear of the outline over the label's whole height, not only at the port.
        double outline = Math.max(
                ShapeOutline.rightX(shape, source, portY),
                Math.max(ShapeOutline.rightX(shape, source, top), ShapeOutline.rightX(shape, source, top + HEIGHT)));
        return new TextBlock(lines, new Box(outline + OFFSET, top, width(lines), HEIGHT));
    }
}

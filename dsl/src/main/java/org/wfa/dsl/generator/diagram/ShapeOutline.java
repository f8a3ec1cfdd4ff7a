package org.wfa.dsl.generator.diagram;

import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;

/** Where the drawn outline of a shape lies, so that edges end on it rather than on its bounding box. */
final class ShapeOutline {

    /** How far the left and right points of an approval hexagon stick out from its top and bottom. */
    static final double HEXAGON_INSET = 14;

    private ShapeOutline() {}

    /** The x of the outline's right side at height {@code y}, which lies within the shape. */
    static double rightX(Shape shape, Box box, double y) {
        return box.centerX() + halfWidthAt(shape, box, y);
    }

    static double leftX(Shape shape, Box box, double y) {
        return box.centerX() - halfWidthAt(shape, box, y);
    }

    private static double halfWidthAt(Shape shape, Box box, double y) {
        double halfWidth = box.width() / 2;
        double halfHeight = box.height() / 2;
        double dy = Math.min(Math.abs(y - box.centerY()), halfHeight);
        return switch (shape) {
            case START, END -> halfWidth * Math.sqrt(1 - (dy / halfHeight) * (dy / halfHeight));
            case DECISION -> halfWidth * (1 - dy / halfHeight);
            case APPROVAL -> halfWidth - HEXAGON_INSET * dy / halfHeight;
            case TASK, SYSTEM_TASK, AI_TASK, CALL, FORK, JOIN, WAIT, WORKFLOW, SYSTEM, TEAM -> halfWidth;
        };
    }
}

package org.wfa.dsl.generator.diagram;

import static org.wfa.dsl.generator.diagram.SvgText.num;

import java.util.Locale;

import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;

/**
 * The SVG outline (and small marks such as badges) of each node shape. The outlines agree
 * with {@link ShapeOutline}, where edges end. Colours come from the style sheet through the
 * class names written here.
 */
final class SvgShapes {

    private static final double CYLINDER_RY = 5;
    private static final double CALL_INSET = 6;

    private SvgShapes() {}

    /** The CSS class (without prefix) of a shape, e.g. "system-task". */
    static String cssName(Shape shape) {
        return shape.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void draw(StringBuilder svg, Shape shape, Box b) {
        // A switch expression, so that a new shape does not compile until it is drawn.
        Runnable outline = switch (shape) {
            case START -> () -> circle(svg, b, b.width() / 2, "wfa-outline");
            case END ->
                () -> {
                    circle(svg, b, b.width() / 2 - 1.5, "wfa-outline");
                    circle(svg, b, b.width() / 2 - 6, "wfa-inner");
                };
            case TASK, AI_TASK -> () -> rect(svg, b, 8);
            case WORKFLOW -> () -> rect(svg, b, 14);
            case SYSTEM_TASK, TEAM, FORK, JOIN -> () -> rect(svg, b, 2);
            case WAIT ->
                () -> {
                    rect(svg, b, 8);
                    hourglass(svg, b);
                };
            case CALL ->
                () -> {
                    rect(svg, b, 2);
                    svg.append("<path class=\"wfa-mark\" d=\"M")
                            .append(num(b.x() + CALL_INSET))
                            .append(',')
                            .append(num(b.y()))
                            .append("V")
                            .append(num(b.bottom()))
                            .append("M")
                            .append(num(b.right() - CALL_INSET))
                            .append(',')
                            .append(num(b.y()))
                            .append("V")
                            .append(num(b.bottom()))
                            .append("\"/>");
                };
            case DECISION ->
                () -> polygon(
                        svg, b.centerX(), b.y(), b.right(), b.centerY(), b.centerX(), b.bottom(), b.x(), b.centerY());
            case APPROVAL ->
                () -> {
                    double inset = ShapeOutline.HEXAGON_INSET;
                    polygon(
                            svg,
                            b.x() + inset,
                            b.y(),
                            b.right() - inset,
                            b.y(),
                            b.right(),
                            b.centerY(),
                            b.right() - inset,
                            b.bottom(),
                            b.x() + inset,
                            b.bottom(),
                            b.x(),
                            b.centerY());
                    checkBadge(svg, b.right() - inset - 8, b.y() + 10);
                };
            case SYSTEM -> () -> cylinder(svg, b);
        };
        outline.run();
        if (shape == Shape.AI_TASK) {
            aiBadge(svg, b);
        }
    }

    private static void circle(StringBuilder svg, Box b, double r, String cssClass) {
        svg.append("<circle class=\"")
                .append(cssClass)
                .append("\" cx=\"")
                .append(num(b.centerX()))
                .append("\" cy=\"")
                .append(num(b.centerY()))
                .append("\" r=\"")
                .append(num(r))
                .append("\"/>");
    }

    private static void rect(StringBuilder svg, Box b, double radius) {
        svg.append("<rect class=\"wfa-outline\" x=\"")
                .append(num(b.x()))
                .append("\" y=\"")
                .append(num(b.y()))
                .append("\" width=\"")
                .append(num(b.width()))
                .append("\" height=\"")
                .append(num(b.height()))
                .append("\" rx=\"")
                .append(num(radius))
                .append("\"/>");
    }

    private static void polygon(StringBuilder svg, double... xy) {
        svg.append("<polygon class=\"wfa-outline\" points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            svg.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        svg.append("\"/>");
    }

    /** A drum: the body, then the front rim of its top so that it reads as a cylinder. */
    private static void cylinder(StringBuilder svg, Box b) {
        String rx = num(b.width() / 2);
        String ry = num(CYLINDER_RY);
        String top = num(b.y() + CYLINDER_RY);
        svg.append("<path class=\"wfa-outline\" d=\"M")
                .append(num(b.x()))
                .append(',')
                .append(top)
                .append("A")
                .append(rx)
                .append(',')
                .append(ry)
                .append(" 0 0 1 ")
                .append(num(b.right()))
                .append(',')
                .append(top)
                .append("V")
                .append(num(b.bottom() - CYLINDER_RY))
                .append("A")
                .append(rx)
                .append(',')
                .append(ry)
                .append(" 0 0 1 ")
                .append(num(b.x()))
                .append(',')
                .append(num(b.bottom() - CYLINDER_RY))
                .append("Z\"/>");
        svg.append("<path class=\"wfa-mark\" d=\"M")
                .append(num(b.x()))
                .append(',')
                .append(top)
                .append("A")
                .append(rx)
                .append(',')
                .append(ry)
                .append(" 0 0 0 ")
                .append(num(b.right()))
                .append(',')
                .append(top)
                .append("\"/>");
    }

    private static void hourglass(StringBuilder svg, Box b) {
        double left = b.x() + 9;
        double top = b.centerY() - 8;
        svg.append("<path class=\"wfa-mark wfa-hourglass\" d=\"M")
                .append(num(left))
                .append(',')
                .append(num(top))
                .append("h12l-12,16h12z\"/>");
    }

    private static void aiBadge(StringBuilder svg, Box b) {
        double x = b.right() - 27;
        double y = b.y() + 4;
        svg.append("<rect class=\"wfa-badge\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" width=\"22\" height=\"14\" rx=\"4\"/><text class=\"wfa-badge-text\" x=\"")
                .append(num(x + 11))
                .append("\" y=\"")
                .append(num(y + 10.5))
                .append("\">AI</text>");
    }

    private static void checkBadge(StringBuilder svg, double cx, double cy) {
        svg.append("<circle class=\"wfa-badge\" cx=\"")
                .append(num(cx))
                .append("\" cy=\"")
                .append(num(cy))
                .append("\" r=\"6.5\"/><path class=\"wfa-check\" d=\"M")
                .append(num(cx - 3))
                .append(',')
                .append(num(cy))
                .append("l2,2.5l4,-5\"/>");
    }
}

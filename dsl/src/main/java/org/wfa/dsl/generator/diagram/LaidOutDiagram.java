package org.wfa.dsl.generator.diagram;

import java.util.List;

/**
 * A {@link Diagram} with every element placed, ready to draw. Coordinates are in pixels, the
 * origin is the top left corner and y grows downwards. All lists keep the order of the source
 * diagram so that anything drawn from them is deterministic.
 *
 * @param diagram the diagram that was laid out
 * @param width   total width of the drawing
 * @param height  total height of the drawing
 * @param lanes   one band per lane, top to bottom
 * @param nodes   one box per node, in the order of {@link Diagram#nodes()}
 * @param edges   one path per edge, in the order of {@link Diagram#edges()}
 */
public record LaidOutDiagram(
        Diagram diagram, double width, double height, List<LaneBand> lanes, List<NodeBox> nodes, List<EdgePath> edges) {

    public LaidOutDiagram {
        lanes = List.copyOf(lanes);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record Point(double x, double y) {}

    public record Box(double x, double y, double width, double height) {

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        public boolean overlaps(Box other) {
            return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
        }

        public boolean contains(Box other) {
            return x <= other.x && y <= other.y && other.right() <= right() && other.bottom() <= bottom();
        }
    }

    /** Lines of text to draw centred, line by line, inside {@code box}. */
    public record TextBlock(List<String> lines, Box box) {

        public TextBlock {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param band   the whole horizontal band, header included
     * @param header the part of the band on the left that holds the lane's name
     */
    public record LaneBand(Diagram.Lane lane, Box band, Box header, TextBlock label) {}

    /**
     * @param shape the outline to draw; edges end on it
     * @param label the visible, possibly shortened, label: inside the shape or beneath it
     */
    public record NodeBox(Diagram.Node node, Box shape, TextBlock label) {

        /** Everything the node occupies, its label included. */
        public Box bounds() {
            Box text = label.box();
            double left = Math.min(shape.x(), text.x());
            double top = Math.min(shape.y(), text.y());
            double right = Math.max(shape.right(), text.right());
            double bottom = Math.max(shape.bottom(), text.bottom());
            return new Box(left, top, right - left, bottom - top);
        }
    }

    /**
     * @param points an orthogonal polyline from the source's outline to the target's outline
     * @param label  the edge's label beside its first segment, or null if the edge has none
     */
    public record EdgePath(Diagram.Edge edge, List<Point> points, TextBlock label) {

        public EdgePath {
            points = List.copyOf(points);
        }
    }
}

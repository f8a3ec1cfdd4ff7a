package org.wfa.dsl.generator.diagram;

import static org.wfa.dsl.generator.diagram.SvgText.escape;
import static org.wfa.dsl.generator.diagram.SvgText.num;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.EdgePath;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.LaneBand;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.NodeBox;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Point;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.TextBlock;

/**
 * Draws a {@link LaidOutDiagram} as a self-contained SVG 1.1 document that can also be
 * inlined into an HTML page: ids are prefixed with the diagram's id and every style rule is
 * scoped to the drawing's root element, so several drawings on one page do not interfere.
 * Dark text on light fills, so that it reads on screen and on paper alike.
 */
public final class WfaSvgRenderer {

    private static final double TEXT_BASELINE = 11.5;

    public String render(LaidOutDiagram laidOut) {
        Diagram diagram = laidOut.diagram();
        String prefix = "wfa-" + SvgText.idFragment(diagram.id());
        String width = num(Math.ceil(laidOut.width()));
        String height = num(Math.ceil(laidOut.height()));
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" id=\"")
                .append(prefix)
                .append("\" class=\"wfa-diagram\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(prefix)
                .append("-title\">\n");
        svg.append("<title id=\"")
                .append(prefix)
                .append("-title\">")
                .append(escape(diagram.title()))
                .append("</title>\n");
        svg.append("<style>").append(SvgStyle.css(prefix)).append("</style>\n");
        svg.append("<defs>");
        for (EdgeStyle style : EdgeStyle.values()) {
            SvgStyle.marker(svg, prefix, style);
        }
        svg.append("</defs>\n");
        for (int l = 0; l < laidOut.lanes().size(); l++) {
            lane(svg, laidOut.lanes().get(l), l, laidOut.width());
        }
        Map<String, String> nodeLabels = new HashMap<>();
        for (NodeBox node : laidOut.nodes()) {
            String label = node.node().label();
            nodeLabels.put(
                    node.node().id(),
                    label == null || label.isBlank() ? node.node().id() : label);
        }
        for (EdgePath edge : laidOut.edges()) {
            edge(svg, prefix, edge, nodeLabels);
        }
        for (NodeBox node : laidOut.nodes()) {
            node(svg, prefix, node);
        }
        // Labels last: nothing may hide them.
        for (EdgePath edge : laidOut.edges()) {
            edgeLabel(svg, edge);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void lane(StringBuilder svg, LaneBand lane, int index, double width) {
        Box band = lane.band();
        Box header = lane.header();
        svg.append("<g class=\"wfa-lane\"><title>")
                .append(escape(lane.lane().label()))
                .append("</title>");
        svg.append("<rect class=\"")
                .append(index % 2 == 0 ? "wfa-lane-even" : "wfa-lane-odd")
                .append("\" x=\"")
                .append(num(band.x()))
                .append("\" y=\"")
                .append(num(band.y()))
                .append("\" width=\"")
                .append(num(band.width()))
                .append("\" height=\"")
                .append(num(band.height()))
                .append("\"/>");
        svg.append("<rect class=\"wfa-lane-header\" x=\"")
                .append(num(header.x()))
                .append("\" y=\"")
                .append(num(header.y()))
                .append("\" width=\"")
                .append(num(header.width()))
                .append("\" height=\"")
                .append(num(header.height()))
                .append("\"/>");
        text(svg, "wfa-lane-label", lane.label());
        svg.append("<path class=\"wfa-lane-line\" d=\"M0,")
                .append(num(band.bottom()))
                .append("H")
                .append(num(width));
        if (index == 0) {
            svg.append("M0,").append(num(band.y())).append("H").append(num(width));
        }
        svg.append("\"/>");
        svg.append("</g>\n");
    }

    private static void node(StringBuilder svg, String prefix, NodeBox box) {
        Diagram.Node node = box.node();
        String href = SvgText.safeHref(node.href());
        if (href != null) {
            svg.append("<a xlink:href=\"")
                    .append(escape(href))
                    .append("\" href=\"")
                    .append(escape(href))
                    .append("\">");
        }
        svg.append("<g class=\"wfa-node wfa-")
                .append(SvgShapes.cssName(node.shape()))
                .append("\" id=\"")
                .append(prefix)
                .append("-node-")
                .append(SvgText.idFragment(node.id()))
                .append("\"><title>")
                .append(escape(node.label()));
        if (node.tooltip() != null && !node.tooltip().isBlank()) {
            svg.append(node.label() == null || node.label().isBlank() ? "" : "\n")
                    .append(escape(node.tooltip()));
        }
        svg.append("</title>");
        SvgShapes.draw(svg, node.shape(), box.shape());
        text(svg, "wfa-node-label", box.label());
        svg.append("</g>");
        if (href != null) {
            svg.append("</a>");
        }
        svg.append('\n');
    }

    /** @param nodeLabels node labels (or ids) by id, for the hover text "from → to: label" */
    private static void edge(StringBuilder svg, String prefix, EdgePath path, Map<String, String> nodeLabels) {
        String style = styleName(path.edge().style());
        svg.append("<g class=\"wfa-edge wfa-")
                .append(style)
                .append("\"><title>")
                .append(escape(nodeLabels.get(path.edge().from())))
                .append(" \u2192 ")
                .append(escape(nodeLabels.get(path.edge().to())));
        if (path.edge().label() != null && !path.edge().label().isBlank()) {
            svg.append(": ").append(escape(path.edge().label()));
        }
        svg.append("</title><polyline points=\"");
        List<Point> points = path.points();
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ")
                    .append(num(points.get(i).x()))
                    .append(',')
                    .append(num(points.get(i).y()));
        }
        svg.append("\" marker-end=\"url(#")
                .append(prefix)
                .append("-arrow-")
                .append(style)
                .append(")\"/></g>\n");
    }

    private static void edgeLabel(StringBuilder svg, EdgePath path) {
        TextBlock label = path.label();
        if (label == null) {
            return;
        }
        Box box = label.box();
        svg.append("<g class=\"wfa-edge-label wfa-")
                .append(styleName(path.edge().style()))
                .append("\"><title>")
                .append(escape(path.edge().label()))
                .append("</title><rect x=\"")
                .append(num(box.x()))
                .append("\" y=\"")
                .append(num(box.y()))
                .append("\" width=\"")
                .append(num(box.width()))
                .append("\" height=\"")
                .append(num(box.height()))
                .append("\" rx=\"3\"/>");
        svg.append("<text x=\"")
                .append(num(box.centerX()))
                .append("\" y=\"")
                .append(num(box.centerY() + EdgeLabels.FONT_SIZE * 0.35))
                .append("\">")
                .append(escape(label.lines().get(0)))
                .append("</text></g>\n");
    }

    /** Lines centred in the block's box, one tspan per line. */
    private static void text(StringBuilder svg, String cssClass, TextBlock block) {
        if (block.lines().isEmpty()) {
            return;
        }
        Box box = block.box();
        String x = num(box.centerX());
        svg.append("<text class=\"").append(cssClass).append("\">");
        for (int i = 0; i < block.lines().size(); i++) {
            svg.append("<tspan x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(num(box.y() + i * TextMetrics.LINE_HEIGHT + TEXT_BASELINE))
                    .append("\">")
                    .append(escape(block.lines().get(i)))
                    .append("</tspan>");
        }
        svg.append("</text>");
    }

    static String styleName(EdgeStyle style) {
        return (style == null ? EdgeStyle.FLOW : style).name().toLowerCase(Locale.ROOT);
    }
}

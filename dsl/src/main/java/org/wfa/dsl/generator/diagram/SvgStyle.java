package org.wfa.dsl.generator.diagram;

import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;

/**
 * The style sheet and arrowheads of a drawing. Every rule is scoped to the drawing's root id,
 * and class names carry the "wfa-" prefix, so that neither the page nor other drawings on it
 * restyle this one. Fills are light and text is near-black so that a printout stays legible.
 */
final class SvgStyle {

    private static final String FLOW = "#4a5568";
    private static final String HANDOFF = "#c2410c";
    private static final String ESCALATION = "#c53030";
    private static final String DEPENDENCY = "#8a94a6";

    private static final String RULES = """
            text{font-family:"DejaVu Sans",Verdana,Arial,Helvetica,sans-serif;font-size:12px;fill:#1a1a1a}
            .wfa-lane-even{fill:#f8fafc}
            .wfa-lane-odd{fill:#edf1f6}
            .wfa-lane-header{fill:#dde4ee;stroke:#94a0b4;stroke-width:1}
            .wfa-lane-line{fill:none;stroke:#94a0b4;stroke-width:1}
            .wfa-lane-label{font-weight:bold;text-anchor:middle}
            .wfa-node-label{text-anchor:middle}
            .wfa-outline{fill:#ffffff;stroke:#37474f;stroke-width:1.5}
            .wfa-mark{fill:none;stroke:#37474f;stroke-width:1.2}
            .wfa-start .wfa-outline{fill:#e8f5e9;stroke:#2e7d32;stroke-width:2}
            .wfa-end .wfa-outline{fill:#ffebee;stroke:#b71c1c;stroke-width:3}
            .wfa-end .wfa-inner{fill:none;stroke:#b71c1c;stroke-width:1.5}
            .wfa-system-task .wfa-outline{fill:#e3f2fd;stroke:#1565c0}
            .wfa-ai-task .wfa-outline{fill:#f3e5f5;stroke:#6a1b9a}
            .wfa-call .wfa-outline{fill:#ffffff;stroke:#37474f}
            .wfa-decision .wfa-outline{fill:#fff8e1;stroke:#a16207}
            .wfa-approval .wfa-outline{fill:#e8f5e9;stroke:#2e7d32}
            .wfa-fork .wfa-outline,.wfa-join .wfa-outline{fill:#37474f;stroke:#263238}
            .wfa-wait .wfa-outline{fill:#fff3e0;stroke:#c2410c}
            .wfa-hourglass{fill:#fde4c8;stroke:#c2410c}
            .wfa-workflow .wfa-outline{fill:#eceff1;stroke:#263238;stroke-width:2.5}
            .wfa-system .wfa-outline{fill:#e0f7fa;stroke:#00838f}
            .wfa-system .wfa-mark{stroke:#00838f}
            .wfa-team .wfa-outline{fill:#fce4ec;stroke:#ad1457}
            .wfa-badge{fill:#ffffff;stroke-width:1.2}
            .wfa-ai-task .wfa-badge{stroke:#6a1b9a}
            .wfa-approval .wfa-badge{stroke:#2e7d32}
            .wfa-badge-text{font-size:9px;font-weight:bold;text-anchor:middle;fill:#4a148c}
            .wfa-check{fill:none;stroke:#2e7d32;stroke-width:1.8}
            .wfa-edge polyline{fill:none;stroke-width:1.4;stroke-linejoin:round}
            .wfa-flow polyline{stroke:%1$s}
            .wfa-handoff polyline{stroke:%2$s;stroke-width:2.6}
            .wfa-escalation polyline{stroke:%3$s;stroke-width:1.6;stroke-dasharray:6 4}
            .wfa-dependency polyline{stroke:%4$s;stroke-dasharray:3 3}
            .wfa-edge-label rect{fill:#ffffff;fill-opacity:0.9;stroke:none}
            .wfa-edge-label text{font-size:11px;text-anchor:middle}
            .wfa-edge-label.wfa-handoff text{fill:#9a3412}
            .wfa-edge-label.wfa-escalation text{fill:#9b1c1c}
            """.formatted(FLOW, HANDOFF, ESCALATION, DEPENDENCY);

    private SvgStyle() {}

    /** The style sheet with every rule scoped to the element with id {@code prefix}. */
    static String css(String prefix) {
        StringBuilder css = new StringBuilder("\n");
        for (String rule : RULES.split("\n")) {
            int brace = rule.indexOf('{');
            String[] selectors = rule.substring(0, brace).split(",");
            for (int i = 0; i < selectors.length; i++) {
                css.append(i == 0 ? "" : ",")
                        .append('#')
                        .append(prefix)
                        .append(' ')
                        .append(selectors[i]);
            }
            css.append(rule.substring(brace)).append('\n');
        }
        return css.toString();
    }

    static void marker(StringBuilder svg, String prefix, EdgeStyle style) {
        String color = switch (style) {
            case FLOW -> FLOW;
            case HANDOFF -> HANDOFF;
            case ESCALATION -> ESCALATION;
            case DEPENDENCY -> DEPENDENCY;
        };
        double size = style == EdgeStyle.HANDOFF ? 12 : 9;
        svg.append("<marker id=\"")
                .append(prefix)
                .append("-arrow-")
                .append(WfaSvgRenderer.styleName(style))
                .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"")
                .append(SvgText.num(size))
                .append("\" markerHeight=\"")
                .append(SvgText.num(size))
                .append("\" orient=\"auto\"><path d=\"M0,1L10,5L0,9z\" fill=\"")
                .append(color)
                .append("\"/></marker>");
    }
}

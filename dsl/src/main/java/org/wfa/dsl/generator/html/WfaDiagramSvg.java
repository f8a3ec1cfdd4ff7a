package org.wfa.dsl.generator.html;

import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.WfaSvgRenderer;
import org.wfa.dsl.generator.diagram.WfaSwimlaneLayout;

/** A diagram laid out by ELK in swimlanes and drawn as SVG to embed in a page. */
public class WfaDiagramSvg {

    private final WfaSwimlaneLayout layout = new WfaSwimlaneLayout();

    private final WfaSvgRenderer renderer = new WfaSvgRenderer();

    public String svg(Diagram diagram) {
        String svg = renderer.render(layout.layout(diagram));
        // Inline SVG in HTML takes no XML declaration.
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
    }
}

package org.wfa.dsl.generator.html;

import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.WfaSvgRenderer;
import org.wfa.dsl.generator.diagram.WfaSwimlaneLayout;

/** A diagram laid out by ELK in swimlanes and drawn as SVG to embed in a page. */
public class WfaDiagramSvg {

    private final WfaSwimlaneLayout layout = new WfaSwimlaneLayout();

    private final WfaSvgRenderer renderer = new WfaSvgRenderer();

    public String svg(Diagram diagram) {
        return renderer.render(layout.layout(diagram));
    }
}

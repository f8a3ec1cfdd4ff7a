package org.wfa.dsl.ide.server;

/**
 * Result of the {@code wfa/diagram} request: the drawn workflow's qualified name and its
 * swimlane diagram as a standalone SVG document.
 */
public class DiagramResult {

    private final String workflow;

    private final String svg;

    public DiagramResult(String workflow, String svg) {
        this.workflow = workflow;
        this.svg = svg;
    }

    public String getWorkflow() {
        return workflow;
    }

    public String getSvg() {
        return svg;
    }
}

package org.wfa.dsl.generator.diagram;

// TEMPORARY placeholder until the ELK layout lands (replaced in the same change).
public final class WfaSwimlaneLayout {
    public Diagram layout(Diagram diagram) {
        return diagram;
    }
}

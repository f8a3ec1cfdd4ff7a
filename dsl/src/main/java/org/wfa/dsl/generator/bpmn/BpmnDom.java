package org.wfa.dsl.generator.bpmn;

import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * Appends children where the schema lets them come in any order. The model API's
 * {@code addChildElement} looks for the schema position of each new child among all existing
 * children, which made writing a process quadratic in its size (three quarters of the BPMN
 * target's time on 50-step workflows). A process's flow elements, after its lane set, and a
 * diagram plane's shapes and edges may come in any order, so the end is always a valid place.
 */
final class BpmnDom {

    private BpmnDom() {}

    static void append(ModelElementInstance parent, ModelElementInstance child) {
        parent.getDomElement().appendChild(child.getDomElement());
    }
}

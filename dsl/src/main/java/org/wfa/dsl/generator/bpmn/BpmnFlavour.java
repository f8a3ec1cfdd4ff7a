package org.wfa.dsl.generator.bpmn;

/**
 * The dialects of BPMN that the {@code bpmn} targets write. The process is the same in every
 * flavour; a flavour adds what its engine needs to execute it (assignment, task types, history
 * settings) in the engine's extension namespace.
 */
public enum BpmnFlavour {
    /** Standard BPMN 2.0 without extensions: any modeler opens it, no engine runs it as is. */
    STANDARD("bpmn/"),
    /** Operaton (the maintained fork of Camunda 7): Operaton's extension attributes. */
    OPERATON("bpmn-operaton/"),
    /** Flowable: Flowable's extension attributes (external workers, decision tasks). */
    FLOWABLE("bpmn-flowable/");

    private final String folder;

    BpmnFlavour(String folder) {
        this.folder = folder;
    }

    /** The output folder of the flavour, with a trailing '/'. */
    public String folder() {
        return folder;
    }

    public boolean isOperaton() {
        return this == OPERATON;
    }

    public boolean isFlowable() {
        return this == FLOWABLE;
    }
}

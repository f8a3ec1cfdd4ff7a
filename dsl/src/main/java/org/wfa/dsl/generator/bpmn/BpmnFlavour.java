package org.wfa.dsl.generator.bpmn;

import org.wfa.dsl.generator.engine.WfaConditionTranslator.Dialect;

/**
 * The dialects of BPMN that the {@code bpmn} targets write. The process is the same in every
 * flavour; a flavour adds what its engine needs to execute it (assignment, task types, history
 * settings) in the engine's extension namespace, and writes conditions in its engine's language.
 */
public enum BpmnFlavour {
    /** Standard BPMN 2.0 without extensions: any modeler opens it, no engine runs it as is. */
    STANDARD("bpmn/", Dialect.JUEL),
    /** Operaton (the maintained fork of Camunda 7): Operaton's extension attributes. */
    OPERATON("bpmn-operaton/", Dialect.JUEL),
    /** Camunda 8 (Zeebe): Zeebe's extension elements, FEEL conditions. */
    CAMUNDA8("bpmn-camunda8/", Dialect.FEEL),
    /** Flowable: Flowable's extension attributes (external workers, decision tasks). */
    FLOWABLE("bpmn-flowable/", Dialect.JUEL);

    private final String folder;
    private final Dialect conditions;

    BpmnFlavour(String folder, Dialect conditions) {
        this.folder = folder;
        this.conditions = conditions;
    }

    /** The output folder of the flavour, with a trailing '/'. */
    public String folder() {
        return folder;
    }

    /** The language the flavour's engine reads conditions in. */
    public Dialect conditions() {
        return conditions;
    }

    /**
     * Text that the flavour's engine reads as an expression, written so that it shows as written.
     * Operaton and Flowable read the names of user tasks and of messages as JUEL, so a title or
     * an event with {@code ${...}} or {@code #{...}} would be evaluated on the engine: at best a
     * failed case, at worst code that the text's author chose. Their delimiters are escaped
     * ({@code \${}, {@code \#{}), which JUEL reads as the characters themselves.
     */
    public String literal(String text) {
        return this == OPERATON || this == FLOWABLE ? text.replace("${", "\\${").replace("#{", "\\#{") : text;
    }

    public boolean isOperaton() {
        return this == OPERATON;
    }

    public boolean isFlowable() {
        return this == FLOWABLE;
    }
}

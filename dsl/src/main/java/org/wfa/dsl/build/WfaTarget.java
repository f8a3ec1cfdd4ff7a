package org.wfa.dsl.build;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What {@code wfa build} can generate; each target writes into its own folder of the output. */
public enum WfaTarget {
    /** Markdown handbooks, Mermaid diagrams and RACI matrices as CSV, in {@code docs/}. */
    DOCS("docs"),
    /** A self-contained static site with SVG diagrams, in {@code html/}. */
    HTML("html"),
    /** Standard BPMN 2.0, a process with lanes and its diagram per workflow, in {@code bpmn/}. */
    BPMN("bpmn"),
    /** BPMN for Operaton / Camunda 7: the same processes, executable, in {@code bpmn-operaton/}. */
    BPMN_OPERATON("bpmn:operaton"),
    /** BPMN for Camunda 8 (Zeebe): the same processes with Zeebe's extensions, in {@code bpmn-camunda8/}. */
    BPMN_CAMUNDA8("bpmn:camunda8"),
    /** BPMN for Flowable: the same processes, executable on Flowable, in {@code bpmn-flowable/}. */
    BPMN_FLOWABLE("bpmn:flowable"),
    /** DMN 1.3 decision tables of the decisions written as rule tables, in {@code dmn/}. */
    DMN("dmn"),
    /** CNCF Serverless Workflow 1.0.3 documents, in {@code sw/}. */
    SW("sw"),
    /** The resolved workspace as JSON, with its JSON Schema, in {@code json/}. */
    JSON("json");

    private final String id;

    WfaTarget(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The target with this id, or null. */
    public static WfaTarget byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(null);
    }

    public static String ids() {
        return Arrays.stream(values()).map(WfaTarget::id).collect(Collectors.joining(", "));
    }
}

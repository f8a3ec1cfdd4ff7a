package org.wfa.dsl.build;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wfa.dsl.workspace.WfaInputException;

/**
 * What a build can generate; each target writes into its own folder of the output. The help
 * texts of {@code wfa build} list the targets from here, with their descriptions.
 */
public enum WfaTarget {
    DOCS("docs", "Markdown handbooks, Mermaid diagrams and RACI matrices as CSV, in docs/"),
    HTML("html", "A self-contained static site with SVG diagrams, in html/"),
    BPMN("bpmn", "Standard BPMN 2.0, a process with lanes and its diagram per workflow, in bpmn/"),
    BPMN_OPERATON("bpmn:operaton", "BPMN for Operaton / Camunda 7: the same processes, executable, in bpmn-operaton/"),
    BPMN_CAMUNDA8(
            "bpmn:camunda8",
            "BPMN for Camunda 8 (Zeebe): the same processes with Zeebe's extensions, in bpmn-camunda8/"),
    BPMN_FLOWABLE("bpmn:flowable", "BPMN for Flowable: the same processes, executable on Flowable, in bpmn-flowable/"),
    DMN("dmn", "DMN 1.3 decision tables of the decisions written as rule tables, in dmn/"),
    SW("sw", "CNCF Serverless Workflow 1.0.3 documents, in sw/"),
    JSON("json", "The resolved workspace as JSON, with its JSON Schema, in json/");

    private final String id;

    private final String description;

    WfaTarget(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** What the target generates and where, for help texts. */
    public String description() {
        return description;
    }

    /** The target with this id, or null. */
    public static WfaTarget byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(null);
    }

    public static String ids() {
        return Arrays.stream(values()).map(WfaTarget::id).collect(Collectors.joining(", "));
    }

    /**
     * The targets that the ids name, as a user gives them ({@code wfa build --target}, the Maven
     * plugin's {@code targets}); every target when there are none.
     *
     * @throws WfaInputException for an id that names no target
     */
    public static Set<WfaTarget> parse(List<String> ids) throws WfaInputException {
        Set<WfaTarget> targets = EnumSet.noneOf(WfaTarget.class);
        for (String id : ids) {
            WfaTarget target = byId(id.trim());
            if (target == null) {
                throw new WfaInputException("unknown target '" + id + "': expected one of " + ids());
            }
            targets.add(target);
        }
        return targets.isEmpty() ? EnumSet.allOf(WfaTarget.class) : targets;
    }
}

package org.wfa.dsl.generator.bpmn;

import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.wfa.Duration;

/**
 * The ids, variable names and message names of the generated BPMN, derived from names only, so
 * that they stay stable across generations and that whoever runs the process (and the engine
 * tests) can name them.
 *
 * <p>A step's element has the step's name as id: WFA names are letters, digits and '_', which
 * are valid XML names. Every element WFA adds around a step joins the step's name and a suffix
 * with '-', a character that WFA names cannot contain, so no added id can collide with a step.
 */
public final class BpmnIds {

    /**
     * The process variable that holds the case's id, which Camunda 8 correlates messages by: whoever
     * starts a case sets it, whoever publishes a message for the case (another workflow's case of
     * the same matter included) names it as the message's correlation key.
     */
    public static final String CASE_ID = "caseId";

    private BpmnIds() {}

    /** The process of a workflow: its qualified name with '.' as '_'. */
    public static String process(String workflowQualifiedName) {
        return ncName(workflowQualifiedName.replace('.', '_'));
    }

    public static String collaboration(String processId) {
        return "collaboration-" + processId;
    }

    public static String participant(String processId) {
        return "participant-" + processId;
    }

    public static String lane(String laneId) {
        return ncName("lane-" + laneId);
    }

    /** A step's element, or a start's (whose diagram id is already {@code start-<name>}). */
    public static String step(String name) {
        return ncName(name);
    }

    /** The human review task that follows an AI agent's stage. */
    public static String review(String stage) {
        return step(stage) + "-review";
    }

    /** The exclusive gateway that routes on an approval's outcome. */
    public static String approvalGateway(String approval) {
        return step(approval) + "-gateway";
    }

    /** The process variable that holds an approval's outcome (a boolean). */
    public static String approvedVariable(String approval) {
        return approval + "Approved";
    }

    /** The exclusive gateway where the routes into a fork meet before it. */
    public static String forkMerge(String forkId) {
        return forkId + "-merge";
    }

    /** The exclusive gateway that merges the routes of one branch (numbered from 1) before its join. */
    public static String joinMerge(String joinId, int branch) {
        return joinId + "-merge" + branch;
    }

    /** The exclusive gateway that routes on a rule table's result. */
    public static String ruleGateway(String decision) {
        return step(decision) + "-route";
    }

    /** The process variable that holds a rule table's result: the name of the step to go to. */
    public static String routeVariable(String decision) {
        return decision + "Route";
    }

    /** The id of the DMN decision that implements a decision's rule table. */
    public static String dmnDecision(String workflowQualifiedName, String decision) {
        return process(workflowQualifiedName) + "-" + ncName(decision);
    }

    /** The message catch event of a wait that has a timeout (the wait itself is an event-based gateway). */
    public static String waitEvent(String wait) {
        return step(wait) + "-event";
    }

    /** The timer catch event of a wait's timeout. */
    public static String waitTimeout(String wait) {
        return step(wait) + "-timeout";
    }

    /** The timer boundary event of a step's n-th SLA (1-based, in source order). */
    public static String slaTimer(String host, int n) {
        return step(host) + "-sla" + n;
    }

    /** The escalation end event of an SLA without a breach route. */
    public static String slaEscalation(String host, int n) {
        return slaTimer(host, n) + "-escalated";
    }

    /** The message that starts a case at a start event other than the first (Camunda 8 allows one plain start). */
    public static String startMessage(String start) {
        return start + "-message";
    }

    /** The name of a start's message, which whoever starts a case there publishes. */
    public static String startMessageName(String processId, String start) {
        return processId + "." + start;
    }

    public static String message(String name) {
        return ncName("message-" + name);
    }

    public static String escalation(String code) {
        return ncName("escalation-" + code);
    }

    public static String dataObject(String artifact) {
        return ncName("artifact-" + artifact);
    }

    public static String dataObjectReference(String artifact) {
        return dataObject(artifact) + "-ref";
    }

    /** The placeholder property that data input associations of a task point to. */
    public static String inputs(String task) {
        return step(task) + "-inputs";
    }

    public static String flow(String source, String target) {
        return "flow-" + source + "-" + target;
    }

    /**
     * A duration as ISO 8601, as BPMN timers take it: minutes and hours as time ({@code PT5M},
     * {@code PT4H}), days and weeks as days ({@code P14D}: engines do not all read weeks), months
     * as months.
     */
    public static String isoDuration(Duration duration) {
        int value = duration.getValue();
        return switch (duration.getUnit()) {
            case MINUTES -> "PT" + value + "M";
            case HOURS -> "PT" + value + "H";
            case DAYS, WEEKS -> "P" + WfaOrganisation.minutes(duration) / (24 * 60) + "D";
            case MONTHS -> "P" + value + "M";
        };
    }

    /** A valid XML NCName: letters, digits, '_', '-', '.'; anything else as '_'; never starting with a digit, '-' or '.'. */
    public static String ncName(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') ? c : '_');
        }
        if (out.isEmpty() || !(Character.isLetter(out.charAt(0)) || out.charAt(0) == '_')) {
            out.insert(0, '_');
        }
        return out.toString();
    }
}

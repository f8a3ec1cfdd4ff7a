package org.wfa.dsl.rules;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * The catalogue of workflow-architecture rules: each rule's stable code (from
 * {@link WfaIssueCodes}), its kebab-case name (used in the workspace configuration and in
 * {@code @allow(...)} suppressions) and its default severity. The language's own checks
 * (WFA0xx) are not rules in this sense: they cannot be turned off.
 */
public enum WfaRule {
    UNREACHABLE_STEP(WfaIssueCodes.UNREACHABLE_STEP, "unreachable-step", Severity.ERROR),
    DEAD_END(WfaIssueCodes.DEAD_END, "dead-end", Severity.ERROR),
    LOOP_WITHOUT_EXIT(WfaIssueCodes.LOOP_WITHOUT_EXIT, "loop-without-exit", Severity.ERROR),
    DECISION_NOT_COVERED(WfaIssueCodes.DECISION_NOT_COVERED, "decision-not-covered", Severity.ERROR),
    SINGLE_OUTCOME_DECISION(WfaIssueCodes.SINGLE_OUTCOME_DECISION, "single-outcome-decision", Severity.WARNING),
    APPROVAL_ROUTE_MISSING(WfaIssueCodes.APPROVAL_ROUTE_MISSING, "approval-route-missing", Severity.ERROR),
    FORK_WITHOUT_JOIN(WfaIssueCodes.FORK_WITHOUT_JOIN, "fork-without-join", Severity.ERROR),
    JOIN_WITHOUT_FORK(WfaIssueCodes.JOIN_WITHOUT_FORK, "join-without-fork", Severity.ERROR),
    START_COUNT(WfaIssueCodes.START_COUNT, "start-count", Severity.ERROR),
    NO_END(WfaIssueCodes.NO_END, "no-end", Severity.ERROR),
    SHADOWED_OUTCOME(WfaIssueCodes.SHADOWED_OUTCOME, "shadowed-outcome", Severity.WARNING),
    UNSOUND_FLOW(WfaIssueCodes.UNSOUND_FLOW, "unsound-flow", Severity.ERROR),
    SOUNDNESS_UNPROVED(WfaIssueCodes.SOUNDNESS_UNPROVED, "soundness-unproved", Severity.INFO),
    ACCOUNTABLE_COUNT(WfaIssueCodes.ACCOUNTABLE_COUNT, "accountable-count", Severity.ERROR),
    WORKFLOW_WITHOUT_OWNER(WfaIssueCodes.WORKFLOW_WITHOUT_OWNER, "workflow-without-owner", Severity.WARNING),
    NON_HUMAN_ACCOUNTABLE(WfaIssueCodes.NON_HUMAN_ACCOUNTABLE, "non-human-accountable", Severity.ERROR),
    PERSON_ASSIGNED(WfaIssueCodes.PERSON_ASSIGNED, "person-assigned", Severity.WARNING),
    BUS_FACTOR(WfaIssueCodes.BUS_FACTOR, "bus-factor", Severity.WARNING),
    RESPONSIBLE_MISSING(WfaIssueCodes.RESPONSIBLE_MISSING, "responsible-missing", Severity.WARNING),
    FOUR_EYES(WfaIssueCodes.FOUR_EYES, "four-eyes", Severity.ERROR),
    DECISION_WITHOUT_DECIDER(WfaIssueCodes.DECISION_WITHOUT_DECIDER, "decision-without-decider", Severity.WARNING),
    WAIT_WITHOUT_TIME_LIMIT(WfaIssueCodes.WAIT_WITHOUT_TIME_LIMIT, "wait-without-time-limit", Severity.WARNING),
    ESCALATION_TO_SELF(WfaIssueCodes.ESCALATION_TO_SELF, "escalation-to-self", Severity.WARNING),
    APPROVAL_WITHOUT_SUBJECT(WfaIssueCodes.APPROVAL_WITHOUT_SUBJECT, "approval-without-subject", Severity.WARNING),
    APPROVAL_WITHOUT_APPROVER(WfaIssueCodes.APPROVAL_WITHOUT_APPROVER, "approval-without-approver", Severity.ERROR),
    HANDOFF_WITHOUT_ARTIFACT(WfaIssueCodes.HANDOFF_WITHOUT_ARTIFACT, "handoff-without-artifact", Severity.WARNING),
    ARTIFACT_CONSUMED_BEFORE_PRODUCED(
            WfaIssueCodes.ARTIFACT_CONSUMED_BEFORE_PRODUCED, "artifact-consumed-before-produced", Severity.ERROR),
    ARTIFACT_NEVER_USED(WfaIssueCodes.ARTIFACT_NEVER_USED, "artifact-never-used", Severity.WARNING),
    CONFIDENTIAL_OVER_INSECURE_CHANNEL(
            WfaIssueCodes.CONFIDENTIAL_OVER_INSECURE_CHANNEL, "confidential-over-insecure-channel", Severity.WARNING),
    REQUESTER_NOT_INFORMED(WfaIssueCodes.REQUESTER_NOT_INFORMED, "requester-not-informed", Severity.WARNING),
    WORKFLOW_CALL_CYCLE(WfaIssueCodes.WORKFLOW_CALL_CYCLE, "workflow-call-cycle", Severity.ERROR),
    UNDECLARED_SYSTEM_DEPENDENCY(
            WfaIssueCodes.UNDECLARED_SYSTEM_DEPENDENCY, "undeclared-system-dependency", Severity.WARNING),
    CRITICAL_PATH_EXCEEDS_SLA(WfaIssueCodes.CRITICAL_PATH_EXCEEDS_SLA, "critical-path-exceeds-sla", Severity.WARNING),
    ROLE_OVERLOAD(WfaIssueCodes.ROLE_OVERLOAD, "role-overload", Severity.WARNING),
    APPROVER_BOTTLENECK(WfaIssueCodes.APPROVER_BOTTLENECK, "approver-bottleneck", Severity.WARNING),
    AI_OUTPUT_UNREVIEWED(WfaIssueCodes.AI_OUTPUT_UNREVIEWED, "ai-output-unreviewed", Severity.ERROR),
    AI_WITHOUT_FALLBACK(WfaIssueCodes.AI_WITHOUT_FALLBACK, "ai-without-fallback", Severity.WARNING),
    AGENT_WITHOUT_SUPERVISOR(WfaIssueCodes.AGENT_WITHOUT_SUPERVISOR, "agent-without-supervisor", Severity.WARNING),
    WORKFLOW_TOO_LARGE(WfaIssueCodes.WORKFLOW_TOO_LARGE, "workflow-too-large", Severity.WARNING),
    MISSING_TITLE(WfaIssueCodes.MISSING_TITLE, "missing-title", Severity.WARNING);

    private static final Map<String, WfaRule> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(WfaRule::ruleName, Function.identity()));
    private static final Map<String, WfaRule> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toMap(WfaRule::code, Function.identity()));

    private final String code;
    private final String ruleName;
    private final Severity defaultSeverity;

    WfaRule(String code, String ruleName, Severity defaultSeverity) {
        this.code = code;
        this.ruleName = ruleName;
        this.defaultSeverity = defaultSeverity;
    }

    public String code() {
        return code;
    }

    public String ruleName() {
        return ruleName;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public static WfaRule byName(String name) {
        return BY_NAME.get(name);
    }

    public static WfaRule byCode(String code) {
        return BY_CODE.get(code);
    }
}

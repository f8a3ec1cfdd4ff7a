package org.wfa.dsl.rules;

/**
 * Stable codes of every diagnostic WFA reports. A code never changes meaning once released;
 * {@code docs/rules.md} has a section per code, and quick fixes are keyed by them.
 */
public interface WfaIssueCodes {

    String PREFIX = "WFA";

    // Language: names, syntax and clauses (WFA0xx)
    String SYNTAX_ERROR = "WFA001";
    String UNRESOLVED_REFERENCE = "WFA002";
    String DUPLICATE_NAME = "WFA003";
    String DUPLICATE_CLAUSE = "WFA004";
    String MULTIPLE_SUCCESSORS = "WFA005";
    String CALL_WITHOUT_WORKFLOW = "WFA006";
    String WAIT_WITHOUT_SUBJECT = "WFA007";
    String DECISION_MIXES_RULES_AND_CONDITIONS = "WFA008";

    // Conditions and rule tables (WFA01x)
    String CONDITION_NOT_BOOLEAN = "WFA010";
    String OPERAND_TYPE_MISMATCH = "WFA011";
    String OPERATOR_NOT_APPLICABLE = "WFA012";
    String INVALID_DATE = "WFA013";
    String RULE_ROW_ARITY = "WFA014";
    String DUPLICATE_ENUM_VALUE = "WFA015";

    // Suppressions and configuration (WFA016-WFA018)
    String UNKNOWN_RULE = "WFA016";
    String SUPPRESSION_WITHOUT_REASON = "WFA017";
    String CONFIGURATION_ERROR = "WFA018";

    // Work falling through the cracks (WFA10x)
    String UNREACHABLE_STEP = "WFA101";
    String DEAD_END = "WFA102";
    String LOOP_WITHOUT_EXIT = "WFA103";
    String DECISION_NOT_COVERED = "WFA104";
    String SINGLE_OUTCOME_DECISION = "WFA105";
    String APPROVAL_ROUTE_MISSING = "WFA106";
    String FORK_WITHOUT_JOIN = "WFA107";
    String JOIN_WITHOUT_FORK = "WFA108";
    String START_COUNT = "WFA109";
    String NO_END = "WFA110";
    String SHADOWED_OUTCOME = "WFA111";
    String UNSOUND_FLOW = "WFA112";
    String SOUNDNESS_UNPROVED = "WFA113";

    // Unclear ownership (WFA20x)
    String ACCOUNTABLE_COUNT = "WFA201";
    String WORKFLOW_WITHOUT_OWNER = "WFA202";
    String NON_HUMAN_ACCOUNTABLE = "WFA203";
    String PERSON_ASSIGNED = "WFA204";
    String BUS_FACTOR = "WFA205";
    String RESPONSIBLE_MISSING = "WFA206";

    // Decisions and approvals (WFA30x)
    String FOUR_EYES = "WFA301";
    String DECISION_WITHOUT_DECIDER = "WFA302";
    String WAIT_WITHOUT_TIME_LIMIT = "WFA303";
    String ESCALATION_TO_SELF = "WFA304";
    String APPROVAL_WITHOUT_SUBJECT = "WFA305";
    String APPROVAL_WITHOUT_APPROVER = "WFA306";

    // Information and communication (WFA40x)
    String HANDOFF_WITHOUT_ARTIFACT = "WFA401";
    String ARTIFACT_CONSUMED_BEFORE_PRODUCED = "WFA402";
    String ARTIFACT_NEVER_USED = "WFA403";
    String CONFIDENTIAL_OVER_INSECURE_CHANNEL = "WFA404";
    String REQUESTER_NOT_INFORMED = "WFA405";

    // Dependencies (WFA50x)
    String WORKFLOW_CALL_CYCLE = "WFA501";
    String UNDECLARED_SYSTEM_DEPENDENCY = "WFA502";

    // Bottlenecks and time (WFA60x)
    String CRITICAL_PATH_EXCEEDS_SLA = "WFA601";
    String ROLE_OVERLOAD = "WFA602";
    String APPROVER_BOTTLENECK = "WFA603";

    // AI participation (WFA70x)
    String AI_OUTPUT_UNREVIEWED = "WFA701";
    String AI_WITHOUT_FALLBACK = "WFA702";
    String AGENT_WITHOUT_SUPERVISOR = "WFA703";

    // Readability (WFA80x)
    String WORKFLOW_TOO_LARGE = "WFA801";
    String MISSING_TITLE = "WFA802";
}

package org.wfa.dsl.validation;

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
}

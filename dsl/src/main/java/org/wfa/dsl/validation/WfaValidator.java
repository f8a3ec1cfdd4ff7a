package org.wfa.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of WFA validation: composes the validators, each grouping the checks of one concern.
 */
@ComposedChecks(validators = {
        WfaNamingValidator.class,
        WfaClauseValidator.class,
        WfaConditionValidator.class })
public class WfaValidator extends AbstractWfaValidator {
}

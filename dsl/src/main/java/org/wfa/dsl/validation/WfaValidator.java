package org.wfa.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of WFA validation: composes the validators, each grouping the checks of one concern.
 */
@ComposedChecks(
        validators = {
            WfaNamingValidator.class,
            WfaClauseValidator.class,
            WfaConditionValidator.class,
            WfaFlowValidator.class,
            WfaSoundnessValidator.class,
            WfaOwnershipValidator.class,
            WfaApprovalValidator.class,
            WfaInformationValidator.class,
            WfaDependencyValidator.class,
            WfaTimeValidator.class,
            WfaAiValidator.class,
            WfaReadabilityValidator.class,
            WfaSuppressionValidator.class
        })
public class WfaValidator extends AbstractWfaValidator {}

package org.wfa.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.ComposedChecks;
import org.wfa.dsl.analysis.WfaEvidence;

import com.google.inject.Inject;

/**
 * Entry point of WFA validation: composes the validators, each grouping the checks of one concern.
 * Nothing inside a top-level element that a syntax error damaged is checked: what the parser
 * recovered there is not what was written, and the syntax error is the one finding to fix first
 * ({@link WfaEvidence#isDamaged}).
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
public class WfaValidator extends AbstractWfaValidator {

    @Inject
    private WfaEvidence evidence;

    @Override
    protected boolean isResponsible(Map<Object, Object> context, EObject eObject) {
        if (!super.isResponsible(context, eObject)) {
            return false;
        }
        // The resource once per run, from the root: eResource() walks up every container, and
        // expressions can nest thousands deep.
        Resource resource = context == null ? null : (Resource) context.get(Resource.class);
        if (eObject.eContainer() == null || resource == null) {
            resource = eObject.eResource();
            if (context != null && resource != null) {
                context.put(Resource.class, resource);
            }
        }
        return !evidence.isDamaged(resource, eObject);
    }
}

package org.wfa.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

/**
 * Models people can read (Seven Process Modeling Guidelines: G7 decompose models with more than
 * 50 elements; named, described workflows).
 */
public class WfaReadabilityValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkWorkflowSize(Workflow workflow) {
        int steps = workflow.getNodes().size();
        int maxSteps = settings(workflow).thresholds().maxSteps();
        if (steps > maxSteps) {
            report(
                    "Workflow '" + workflow.getName() + "' has " + steps + " steps (more than " + maxSteps
                            + "): large models are hard to read and error-prone (G7); expected it decomposed into"
                            + " called sub-workflows.",
                    workflow,
                    WfaPackage.Literals.WORKFLOW__NAME,
                    WfaIssueCodes.WORKFLOW_TOO_LARGE,
                    workflow.getName());
        }
    }

    @Check
    public void checkWorkflowHasTitle(Workflow workflow) {
        if (workflow.getTitle() == null && workflow.getDescription() == null) {
            report(
                    "Workflow '" + workflow.getName() + "' has neither a title nor a description: expected"
                            + " 'workflow " + workflow.getName() + " \"<title>\"' so that people know what it is for.",
                    workflow,
                    WfaPackage.Literals.WORKFLOW__NAME,
                    WfaIssueCodes.MISSING_TITLE,
                    workflow.getName());
        }
    }
}

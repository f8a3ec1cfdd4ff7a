package org.wfa.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.wfa.WfaPackage;

import com.google.inject.Inject;

/**
 * Base of the validators of workflow-architecture principles: composed into
 * {@link WfaValidator}, they read the cached {@link WorkflowAnalysis} rather than walking the
 * flow themselves.
 */
abstract class AbstractWfaRuleValidator extends AbstractWfaValidator {

    @Inject
    private WfaAnalyzer analyzer;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into WfaValidator.
    }

    protected WorkflowAnalysis analysis(Workflow workflow) {
        return analyzer.analyze(workflow);
    }

    protected WorkflowAnalysis analysisOf(EObject element) {
        Workflow workflow = org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, Workflow.class);
        return workflow == null ? null : analyzer.analyze(workflow);
    }

    /** "stage 'review'". */
    protected static String describe(EObject element) {
        Object name = element.eClass().getEStructuralFeature("name") == null ? null
                : element.eGet(element.eClass().getEStructuralFeature("name"));
        return WfaKinds.name(element.eClass()) + (name == null ? "" : " '" + name + "'");
    }

    protected static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A party as written: "role 'HR.Head'". */
    protected static String describeParty(Party party) {
        if (party.eContainer() instanceof org.wfa.dsl.wfa.Team team) {
            return WfaKinds.name(party.eClass()) + " '" + team.getName() + "." + party.getName() + "'";
        }
        return WfaKinds.name(party.eClass()) + " '" + party.getName() + "'";
    }

    protected void errorOnName(String message, Node node, String code, String... data) {
        error(message, node, WfaPackage.Literals.NODE__NAME, code, data);
    }

    protected void warningOnName(String message, Node node, String code, String... data) {
        warning(message, node, WfaPackage.Literals.NODE__NAME, code, data);
    }
}

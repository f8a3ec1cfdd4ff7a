package org.wfa.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WfaEvidence;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.config.WfaSettings;
import org.wfa.dsl.config.WfaSettingsProvider;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.rules.WfaRule;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Suppression;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Base of the validators of workflow-architecture principles: composed into
 * {@link WfaValidator}, they read the cached {@link WorkflowAnalysis} rather than walking the
 * flow themselves.
 */
public abstract class AbstractWfaRuleValidator extends AbstractWfaValidator {

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private WfaSettingsProvider settingsProvider;

    @Inject
    private WfaEvidence evidence;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into WfaValidator.
    }

    protected WorkflowAnalysis analysis(Workflow workflow) {
        return analyzer.analyze(workflow);
    }

    protected WorkflowAnalysis analysisOf(EObject element) {
        Workflow workflow = EcoreUtil2.getContainerOfType(element, Workflow.class);
        return workflow == null ? null : analyzer.analyze(workflow);
    }

    /**
     * The analysis of the element's workflow when its flow graph is the whole flow, or null: where
     * a route does not resolve (or a step name is used twice) the graph is cut, and what rules read
     * from it would repeat that one defect ({@link WfaEvidence#hasWholeFlow}).
     */
    protected WorkflowAnalysis wholeFlowOf(EObject element) {
        Workflow workflow = element instanceof Workflow w ? w : EcoreUtil2.getContainerOfType(element, Workflow.class);
        return workflow == null || !evidence.hasWholeFlow(workflow) ? null : analyzer.analyze(workflow);
    }

    protected WfaEvidence evidence() {
        return evidence;
    }

    protected static String describe(EObject element) {
        return WfaSourceText.describe(element);
    }

    protected static String capitalised(String text) {
        return WfaSourceText.capitalised(text);
    }

    protected static String describeParty(Party party) {
        return WfaSourceText.describeParty(party);
    }

    /**
     * The configuration for the element's file, looked up once per validation of that file (the
     * validation context lives as long as one validation run), not once per finding.
     */
    protected WfaSettings settings(EObject element) {
        Map<Object, Object> context = getContext();
        if (context == null) {
            return settingsProvider.forResource(element.eResource());
        }
        return (WfaSettings)
                context.computeIfAbsent(WfaSettings.class, key -> settingsProvider.forResource(element.eResource()));
    }

    protected void reportOnName(String message, Node node, String code, String... subjects) {
        report(
                message,
                node,
                WfaPackage.Literals.NODE__NAME,
                ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
                code,
                subjects);
    }

    protected void report(String message, EObject source, EStructuralFeature feature, String code, String... subjects) {
        report(message, source, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code, subjects);
    }

    /**
     * Reports a finding of the rule with the given code at the severity the workspace
     * configuration gives it (nothing when the rule is off). A finding that the element or one
     * of its containers accepts with {@code @allow(rule, "reason")} is reported as an
     * information whose {@link WfaIssueData} carries the acceptance, so that tools can show it on
     * request. The subjects (names of the elements concerned) travel in the issue data too.
     */
    protected void report(
            String message, EObject source, EStructuralFeature feature, int index, String code, String... subjects) {
        report(message, source, feature, index, code, WfaIssueData.about(subjects));
    }

    /** As {@link #report(String, EObject, EStructuralFeature, int, String, String...)}, with the finding's data given whole. */
    protected void report(
            String message, EObject source, EStructuralFeature feature, int index, String code, WfaIssueData finding) {
        WfaRule rule = WfaRule.byCode(code);
        Optional<Severity> severity = settings(source).severity(rule);
        if (severity.isEmpty()) {
            return;
        }
        Suppression suppression = suppressionOf(source, rule);
        if (suppression != null) {
            WfaIssueData accepted = finding.accepted(severity.get(), suppression.getReason());
            getMessageAcceptor()
                    .acceptInfo(
                            accepted.acceptance().message(message), source, feature, index, code, accepted.encode());
            return;
        }
        String[] data = finding.encode();
        switch (severity.get()) {
            case ERROR -> getMessageAcceptor().acceptError(message, source, feature, index, code, data);
            case WARNING -> getMessageAcceptor().acceptWarning(message, source, feature, index, code, data);
            default -> getMessageAcceptor().acceptInfo(message, source, feature, index, code, data);
        }
    }

    /** The '@allow' with a reason for the rule on the element or one of its containers, or null. */
    private static Suppression suppressionOf(EObject element, WfaRule rule) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            EStructuralFeature feature = e.eClass().getEStructuralFeature("suppressions");
            if (feature == null) {
                continue;
            }
            for (Object candidate : (List<?>) e.eGet(feature)) {
                Suppression suppression = (Suppression) candidate;
                if (rule.ruleName().equals(suppression.getRule())
                        && suppression.getReason() != null
                        && !suppression.getReason().isBlank()) {
                    return suppression;
                }
            }
        }
        return null;
    }
}

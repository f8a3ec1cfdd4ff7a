package org.wfa.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * Clauses must be complete and unambiguous: given once, saying what they need to say.
 */
public class WfaClauseValidator extends AbstractWfaValidator {

    private static final WfaPackage P = WfaPackage.eINSTANCE;

    /** Elements whose body is a list of clauses in any order, where a single-valued clause could repeat. */
    private static final Set<EClass> CLAUSE_BODIES = Stream.concat(
                    Stream.of(P.getWorkflow(), P.getTeam(), P.getPerson(), P.getSystemDecl(), P.getAgent()),
                    Stream.of(StepKind.values()).map(StepKind::eClass))
            .collect(Collectors.toUnmodifiableSet());

    /** Clause keywords that differ from the feature they set. */
    private static final Map<String, String> KEYWORDS = Map.of(
            "decidedBy",
            "decided by",
            "owner",
            "owner",
            "subject",
            "approves",
            "called",
            "workflow",
            "event",
            "for",
            "timeoutRoute",
            "timeout",
            "otherwise",
            "otherwise",
            "supervisor",
            "supervised by",
            "table",
            "rules",
            "data",
            "data");

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into WfaValidator.
    }

    @Check
    public void checkClauseGivenOnce(EObject element) {
        if (!CLAUSE_BODIES.contains(element.eClass())) {
            return;
        }
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (node == null) {
            return;
        }
        Map<EStructuralFeature, List<INode>> given = new LinkedHashMap<>();
        collectSingleValuedClauses(element, node, given);
        given.forEach((feature, nodes) -> {
            if (nodes.size() > 1) {
                String keyword = KEYWORDS.getOrDefault(feature.getName(), feature.getName());
                INode repeated = nodes.get(1);
                getMessageAcceptor()
                        .acceptError(
                                "Clause '" + keyword + "' is given " + nodes.size() + " times in " + describe(element)
                                        + ": expected it once (only the last one would count).",
                                element,
                                repeated.getOffset(),
                                repeated.getLength(),
                                WfaIssueCodes.DUPLICATE_CLAUSE,
                                WfaIssueData.about(keyword).encode());
            }
        });
    }

    /**
     * One pass over the element's own nodes (descending into fragment calls, which belong to
     * the same element), grouping the nodes of single-valued features by feature.
     */
    private static void collectSingleValuedClauses(
            EObject element, ICompositeNode node, Map<EStructuralFeature, List<INode>> given) {
        for (INode child : node.getChildren()) {
            EObject grammarElement = child.getGrammarElement();
            if (child instanceof ICompositeNode composite
                    && grammarElement instanceof RuleCall call
                    && call.getRule() instanceof ParserRule rule
                    && rule.isFragment()) {
                collectSingleValuedClauses(element, composite, given);
                continue;
            }
            Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
            if (assignment == null) {
                continue;
            }
            EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
            if (feature != null
                    && !feature.isMany()
                    && !"name".equals(feature.getName())
                    && !"title".equals(feature.getName())) {
                given.computeIfAbsent(feature, f -> new ArrayList<>(2)).add(child);
            }
        }
    }

    @Check
    public void checkNodeSingleSuccessor(Node node) {
        List<Node> next = FlowGraph.nextOf(node);
        if (next != null && next.size() > 1) {
            EStructuralFeature feature = node.eClass().getEStructuralFeature("next");
            error(
                    capitalised(describe(node)) + " has " + next.size()
                            + " '->' successors: expected one; use a fork for parallel work or a decision for a choice.",
                    node,
                    feature,
                    1,
                    WfaIssueCodes.MULTIPLE_SUCCESSORS,
                    WfaIssueData.about(node.getName()).encode());
        }
    }

    @Check
    public void checkCallNamesWorkflow(Call call) {
        if (call.getCalled() == null) {
            error(
                    "Call '" + call.getName() + "' does not say which workflow it calls: expected 'workflow <name>'.",
                    call,
                    WfaPackage.Literals.NODE__NAME,
                    WfaIssueCodes.CALL_WITHOUT_WORKFLOW,
                    WfaIssueData.about(call.getName()).encode());
        }
    }

    @Check
    public void checkWaitNamesSubject(Wait wait) {
        if (wait.getEvent() == null && wait.getWorkflow() == null) {
            error(
                    "Wait '" + wait.getName()
                            + "' does not say what it waits for: expected 'for event \"...\"' or 'for workflow <name>'.",
                    wait,
                    WfaPackage.Literals.NODE__NAME,
                    WfaIssueCodes.WAIT_WITHOUT_SUBJECT,
                    WfaIssueData.about(wait.getName()).encode());
        }
    }

    @Check
    public void checkDecisionUsesOneStyle(Decision decision) {
        if (decision.getTable() != null && !decision.getOutcomes().isEmpty()) {
            error(
                    "Decision '" + decision.getName()
                            + "' has both a rule table and 'when' outcomes: expected one of the two.",
                    decision,
                    WfaPackage.Literals.DECISION__TABLE,
                    WfaIssueCodes.DECISION_MIXES_RULES_AND_CONDITIONS,
                    WfaIssueData.about(decision.getName()).encode());
        }
    }

    @Check
    public void checkRuleRowArity(RuleRow row) {
        if (row.eContainer() instanceof RuleTable table
                && !table.getInputs().isEmpty()
                && row.getCells().size() != table.getInputs().size()) {
            error(
                    "Rule has " + row.getCells().size() + " cells but the table has "
                            + table.getInputs().size()
                            + " inputs: expected one cell per input (use '-' for any value).",
                    row,
                    WfaPackage.Literals.RULE_ROW__CELLS,
                    WfaIssueCodes.RULE_ROW_ARITY);
        }
    }

    private static String describe(EObject element) {
        return WfaSourceText.describe(element);
    }

    private static String capitalised(String text) {
        return WfaSourceText.capitalised(text);
    }
}

package org.wfa.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.AnyCell;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.PrimitiveKind;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

/**
 * Work must not fall through the cracks: every step reachable and able to finish, every case
 * routed, parallel work joined (soundness: option to complete, proper completion, no dead
 * transitions).
 */
public class WfaFlowValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkWorkflowStartCount(Workflow workflow) {
        int starts = workflow.getStarts().size();
        if (starts == 0) {
            report(
                    "Workflow '" + workflow.getName() + "' has no start: expected 'start -> <first step>'.",
                    workflow,
                    WfaPackage.Literals.WORKFLOW__NAME,
                    WfaIssueCodes.START_COUNT,
                    workflow.getName());
        } else if (starts > 1) {
            report(
                    "Workflow '" + workflow.getName() + "' has " + starts
                            + " starts: expected one (G3: one start and one end per model); route the cases through"
                            + " a decision after a single start.",
                    workflow.getStarts().get(1),
                    null,
                    WfaIssueCodes.START_COUNT,
                    workflow.getName());
        }
    }

    @Check
    public void checkWorkflowHasEnd(Workflow workflow) {
        if (workflow.getNodes().stream().noneMatch(End.class::isInstance)) {
            report(
                    "Workflow '" + workflow.getName() + "' has no end: expected at least one 'end <outcome>'.",
                    workflow,
                    WfaPackage.Literals.WORKFLOW__NAME,
                    WfaIssueCodes.NO_END,
                    workflow.getName());
        }
    }

    @Check
    public void checkNodeReachable(Node node) {
        WorkflowAnalysis analysis = analysisOf(node);
        if (analysis == null || analysis.workflow().getStarts().isEmpty() || analysis.isReachable(node)) {
            return;
        }
        reportOnName(
                capitalised(describe(node)) + " cannot be reached from the start: no route leads to it;"
                        + " expected a '->' from an earlier step, or remove it.",
                node,
                WfaIssueCodes.UNREACHABLE_STEP,
                node.getName());
    }

    @Check
    public void checkNodeReachesEnd(Node node) {
        WorkflowAnalysis analysis = analysisOf(node);
        // A step trapped in a loop without exit is reported once, for the whole loop.
        if (analysis == null
                || node instanceof End
                || !analysis.isReachable(node)
                || analysis.reachesEnd(node)
                || !analysis.hasEnd()
                || analysis.isInLoopWithoutExit(node)) {
            return;
        }
        reportOnName(
                capitalised(describe(node)) + " is a dead end: no end can be reached from it, so its cases"
                        + " never finish; expected a route towards an end.",
                node,
                WfaIssueCodes.DEAD_END,
                node.getName());
    }

    @Check
    public void checkStepHasNormalSuccessor(Node node) {
        List<Node> next = FlowGraph.nextOf(node);
        WorkflowAnalysis analysis = analysisOf(node);
        // Without '->' nothing receives the work when it completes; other routes (an SLA breach,
        // a timeout) only cover the exceptions. When no route leaves at all, the dead-end check
        // reports it.
        if (next != null
                && next.isEmpty()
                && analysis != null
                && analysis.isReachable(node)
                && analysis.reachesEnd(node)) {
            reportOnName(
                    capitalised(describe(node)) + " has no '->': when it completes, its cases go nowhere (only"
                            + " its exception routes lead on); expected '-> <next step>'.",
                    node,
                    WfaIssueCodes.DEAD_END,
                    node.getName());
        }
    }

    @Check
    public void checkWorkflowLoopsHaveExit(Workflow workflow) {
        WorkflowAnalysis analysis = analysis(workflow);
        for (List<EObject> loop : analysis.loops()) {
            if (!analysis.hasExit(loop) && loop.get(0) instanceof Node first && analysis.isReachable(first)) {
                List<String> names =
                        loop.stream().map(v -> "'" + ((Node) v).getName() + "'").toList();
                reportOnName(
                        "Loop " + String.join(" -> ", names) + " has no exit: cases that enter it never"
                                + " leave; expected a decision or approval in the loop with a route out of it.",
                        first,
                        WfaIssueCodes.LOOP_WITHOUT_EXIT,
                        first.getName());
            }
        }
    }

    @Check
    public void checkDecisionCoversEveryCase(Decision decision) {
        if (decision.getOtherwise() != null) {
            return;
        }
        if (decision.getTable() != null
                && decision.getTable().getRows().stream()
                        .anyMatch(row -> row.getCells().stream().allMatch(AnyCell.class::isInstance))) {
            return;
        }
        EnumCoverage coverage = EnumCoverage.of(decision);
        if (coverage != null && coverage.uncovered().isEmpty()) {
            return;
        }
        String detail = coverage == null
                ? ""
                : " (values "
                        + String.join(
                                ", ",
                                coverage.uncovered().stream()
                                        .map(v -> "'" + v + "'")
                                        .toList()) + " of '" + coverage.field() + "' are not covered)";
        reportOnName(
                "Decision '" + decision.getName() + "' has no 'otherwise'" + detail
                        + ": cases that match no condition have nowhere to go; expected 'otherwise -> <step>'.",
                decision,
                WfaIssueCodes.DECISION_NOT_COVERED,
                decision.getName());
    }

    @Check
    public void checkDecisionHasSeveralOutcomes(Decision decision) {
        List<Node> targets = FlowGraph.targetsOf(decision);
        if (new LinkedHashSet<>(targets).size() == 1) {
            reportOnName(
                    "Decision '" + decision.getName() + "' always leads to '"
                            + targets.get(0).getName()
                            + "': a decision with one outcome decides nothing; expected routes to different steps,"
                            + " or replace it with a '->'.",
                    decision,
                    WfaIssueCodes.SINGLE_OUTCOME_DECISION,
                    decision.getName());
        }
    }

    @Check
    public void checkApprovalRoutesBothOutcomes(Approval approval) {
        if (approval.getRejected() == null) {
            reportOnName(
                    "Approval '" + approval.getName() + "' has no 'rejected' route: rejected work would fall"
                            + " through the cracks; expected 'rejected -> <step>' (rework or an end).",
                    approval,
                    WfaIssueCodes.APPROVAL_ROUTE_MISSING,
                    approval.getName(),
                    "rejected");
        }
        if (approval.getApproved() == null) {
            reportOnName(
                    "Approval '" + approval.getName() + "' has no 'approved' route: expected"
                            + " 'approved -> <step>'.",
                    approval,
                    WfaIssueCodes.APPROVAL_ROUTE_MISSING,
                    approval.getName(),
                    "approved");
        }
    }

    @Check
    public void checkForkHasMatchingJoin(Fork fork) {
        WorkflowAnalysis analysis = analysisOf(fork);
        WorkflowAnalysis.ForkMatch match = analysis == null ? null : analysis.matchOf(fork);
        if (match != null && match.problem() != null) {
            reportOnName(
                    "Fork '" + fork.getName() + "' has no matching join: " + match.problem()
                            + ". Parallel branches must meet again at one join (G4: structured models).",
                    fork,
                    WfaIssueCodes.FORK_WITHOUT_JOIN,
                    fork.getName());
        }
    }

    @Check
    public void checkJoinClosesAFork(Join join) {
        WorkflowAnalysis analysis = analysisOf(join);
        if (analysis == null || !analysis.isReachable(join)) {
            return;
        }
        Fork fork = analysis.forkOf(join);
        if (fork == null && analysis.isReachedByAFork(join)) {
            return; // the fork's own finding (WFA107) explains why it does not close here
        }
        if (fork == null) {
            reportOnName(
                    "Join '" + join.getName() + "' closes no fork: it waits for parallel branches that no fork"
                            + " starts, so it would wait forever; expected the branches of one fork to meet here, or a"
                            + " '->' instead of the join.",
                    join,
                    WfaIssueCodes.JOIN_WITHOUT_FORK,
                    join.getName());
            return;
        }
        FlowGraph graph = analysis.graph();
        Set<Integer> region = analysis.matchOf(fork).region();
        List<String> strangers = new ArrayList<>();
        for (int p : graph.predecessors(graph.indexOf(join))) {
            if (!region.contains(p) && graph.vertex(p) instanceof Node node) {
                strangers.add("'" + node.getName() + "'");
            }
        }
        if (!strangers.isEmpty()) {
            reportOnName(
                    "Join '" + join.getName() + "' also waits for " + String.join(", ", strangers)
                            + ", which is not a branch of fork '" + fork.getName() + "': that branch never arrives;"
                            + " expected only the fork's branches to lead here.",
                    join,
                    WfaIssueCodes.JOIN_WITHOUT_FORK,
                    join.getName());
        }
    }

    /**
     * Whether a decision tests one enumeration or boolean field for values, and which values
     * remain uncovered: 'when' outcomes of the forms {@code field = value}, {@code field in [..]},
     * {@code flag}, {@code not flag} (joined by 'or'), or a one-input rule table.
     */
    record EnumCoverage(String field, List<String> uncovered) {

        static EnumCoverage of(Decision decision) {
            DataField field = null;
            Set<Object> covered = new LinkedHashSet<>();
            if (decision.getTable() != null) {
                if (decision.getTable().getInputs().size() != 1) {
                    return null;
                }
                field = decision.getTable().getInputs().get(0);
                for (RuleRow row : decision.getTable().getRows()) {
                    if (row.getCells().size() != 1 || !cellValues(row.getCells().get(0), covered)) {
                        return null;
                    }
                }
            }
            for (Outcome outcome : decision.getOutcomes()) {
                List<Expression> tests = new ArrayList<>();
                flattenOr(outcome.getCondition(), tests);
                for (Expression test : tests) {
                    DataField tested = testedField(test, covered);
                    if (tested == null || field != null && field != tested) {
                        return null;
                    }
                    field = tested;
                }
            }
            if (field == null) {
                return null;
            }
            List<Object> values;
            if (field.getType() instanceof EnumType type) {
                values = new ArrayList<>(type.getLiterals());
            } else if (field.getType() instanceof PrimitiveType primitive
                    && primitive.getKind() == PrimitiveKind.BOOLEAN) {
                values = List.of(Boolean.TRUE, Boolean.FALSE);
            } else {
                return null;
            }
            if (covered.contains(ALL)) {
                return new EnumCoverage(field.getName(), List.of());
            }
            List<String> uncovered = values.stream()
                    .filter(v -> !covered.contains(v))
                    .map(v -> v instanceof EnumLiteral l ? l.getName() : String.valueOf(v))
                    .toList();
            return new EnumCoverage(field.getName(), uncovered);
        }

        /** Marks a '-' cell: every value is covered. */
        private static final Object ALL = new Object();

        private static boolean cellValues(Cell cell, Set<Object> covered) {
            if (cell instanceof AnyCell) {
                covered.add(ALL);
                return true;
            }
            if (cell instanceof TestCell test
                    && (!test.eIsSet(WfaPackage.Literals.TEST_CELL__OP) || test.getOp() == CompareOp.EQ)) {
                return value(test.getValue(), covered);
            }
            if (cell instanceof InCell in) {
                return in.getValues().stream().allMatch(v -> value(v, covered));
            }
            return false;
        }

        private static boolean value(Expression expression, Set<Object> covered) {
            if (expression instanceof Ref ref && ref.getSymbol() instanceof EnumLiteral literal) {
                covered.add(literal);
                return true;
            }
            if (expression instanceof BooleanLiteral literal) {
                covered.add(literal.isValue());
                return true;
            }
            return false;
        }

        private static void flattenOr(Expression expression, List<Expression> into) {
            if (expression instanceof Or or) {
                flattenOr(or.getLeft(), into);
                flattenOr(or.getRight(), into);
            } else if (expression != null) {
                into.add(expression);
            }
        }

        /** The field of 'field = value', 'field in [values]', 'flag' or 'not flag', adding the values to 'covered'. */
        private static DataField testedField(Expression test, Set<Object> covered) {
            if (test instanceof Ref ref && ref.getSymbol() instanceof DataField field) {
                covered.add(Boolean.TRUE);
                return field;
            }
            if (test instanceof Not not
                    && not.getOperand() instanceof Ref ref
                    && ref.getSymbol() instanceof DataField field) {
                covered.add(Boolean.FALSE);
                return field;
            }
            if (test instanceof Compare compare
                    && compare.getOp() == CompareOp.EQ
                    && compare.getLeft() instanceof Ref left
                    && left.getSymbol() instanceof DataField field) {
                return value(compare.getRight(), covered) ? field : null;
            }
            if (test instanceof InList in
                    && !in.isNegated()
                    && in.getOperand() instanceof Ref operand
                    && operand.getSymbol() instanceof DataField field) {
                for (Expression value : in.getValues()) {
                    if (!value(value, covered)) {
                        return null;
                    }
                }
                return field;
            }
            return null;
        }
    }
}

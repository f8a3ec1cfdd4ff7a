package org.wfa.dsl.validation;

import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WfaEvidence.Reference;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.semantics.conditions.DecisionReasoning;
import org.wfa.dsl.semantics.conditions.Region;
import org.wfa.dsl.semantics.conditions.WfaConditions;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
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
        WorkflowAnalysis analysis = wholeFlowOf(node);
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
        WorkflowAnalysis analysis = wholeFlowOf(node);
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
        WorkflowAnalysis analysis = wholeFlowOf(node);
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
        WorkflowAnalysis analysis = wholeFlowOf(workflow);
        if (analysis == null) {
            return;
        }
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
        // A condition on case data that does not resolve says nothing about what it covers.
        if (decision.getOtherwise() != null || !evidence().resolvesWithin(decision, Reference.DATA)) {
            return;
        }
        DecisionReasoning reasoning = new DecisionReasoning(decision);
        if (reasoning.coversEveryCase()) {
            return;
        }
        String detail = reasoning
                .gap()
                .map(gap -> " (values "
                        + String.join(
                                ", ",
                                gap.values().stream().map(v -> "'" + v + "'").toList())
                        + " of '" + gap.field() + "' are not covered)")
                .orElse("");
        reportOnName(
                "Decision '" + decision.getName() + "' has no 'otherwise'" + detail
                        + ": cases that match no condition have nowhere to go; expected 'otherwise -> <step>'.",
                decision,
                WfaIssueCodes.DECISION_NOT_COVERED,
                decision.getName());
    }

    @Check
    public void checkDecisionHasNoShadowedOutcome(Decision decision) {
        if (!evidence().resolvesWithin(decision, Reference.DATA)) {
            return;
        }
        DecisionReasoning reasoning = new DecisionReasoning(decision);
        for (Outcome outcome : reasoning.shadowedOutcomes()) {
            boolean never = WfaConditions.of(outcome.getCondition())
                    .map(Region::isEmpty)
                    .orElse(false);
            report(
                    "Outcome 'when " + WfaSourceText.of(outcome.getCondition()) + "' of decision '"
                            + decision.getName() + "' is never taken: "
                            + (never
                                    ? "its condition can never be true"
                                    : "every case it matches goes to an earlier outcome")
                            + "; expected a condition that some case reaches first, or the outcome removed.",
                    outcome,
                    WfaPackage.Literals.OUTCOME__CONDITION,
                    WfaIssueCodes.SHADOWED_OUTCOME,
                    decision.getName());
        }
        RuleTable table = decision.getTable();
        for (DecisionReasoning.Shadowed<RuleRow> row : reasoning.shadowedRows()) {
            int number = table.getRows().indexOf(row.route()) + 1;
            String message = row.overlapped() == null
                    ? "Rule " + number + " of decision '" + decision.getName() + "' never fires: every case it"
                            + " matches is matched by an earlier rule, and the first match decides; expected the"
                            + " rule before the rules that cover it, or removed."
                    : "Rule " + number + " of decision '" + decision.getName() + "' overlaps rule "
                            + (table.getRows().indexOf(row.overlapped()) + 1)
                            + ": a case matching both breaks the 'unique' hit policy; expected rules that exclude"
                            + " each other, or 'rules first'.";
            report(
                    message,
                    row.route(),
                    WfaPackage.Literals.RULE_ROW__CELLS,
                    WfaIssueCodes.SHADOWED_OUTCOME,
                    decision.getName());
        }
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
        WorkflowAnalysis analysis = wholeFlowOf(fork);
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
        WorkflowAnalysis analysis = wholeFlowOf(join);
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
        List<String> strangers = analysis.routesFromOutsideItsFork(join).stream()
                .map(node -> "'" + node.getName() + "'")
                .toList();
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
}

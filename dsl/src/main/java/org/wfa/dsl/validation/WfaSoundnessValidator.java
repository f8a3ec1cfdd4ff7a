package org.wfa.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.semantics.Soundness;
import org.wfa.dsl.semantics.Soundness.Firing;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.Soundness.Verdict;
import org.wfa.dsl.semantics.WfaSoundness;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Soundness from the execution semantics (docs/semantics.md): a workflow whose structure the
 * flow rules accept can still deadlock, finish with work left running, or receive a second token
 * at a join. The token model finds these with a counterexample. It runs only on workflows the
 * flow rules find nothing wrong with, so that one defect is one finding: an unreachable step, an
 * unmatched fork or a missing route is reported by its own rule, and its consequences here would
 * only repeat it.
 */
public class WfaSoundnessValidator extends AbstractWfaRuleValidator {

    @Inject
    private WfaSoundness soundness;

    @Inject
    private IResourceScopeCache cache;

    @Check
    public void checkWorkflowIsSound(Workflow workflow) {
        if (!structureAccepted(workflow)) {
            return;
        }
        Soundness result = soundness.check(workflow);
        // Problems come shortest counterexample first: the first is the cause to show.
        if (result.problems().isEmpty()) {
            return;
        }
        Problem problem = result.problems().get(0);
        EObject at = problem.steps().isEmpty() ? null : problem.steps().get(0);
        String message = message(problem, at);
        if (at instanceof Node node) {
            reportWithCounterexample(
                    message,
                    node,
                    WfaPackage.Literals.NODE__NAME,
                    problem,
                    WfaIssueData.about(workflow.getName(), node.getName()));
        } else {
            reportWithCounterexample(
                    message,
                    workflow,
                    WfaPackage.Literals.WORKFLOW__NAME,
                    problem,
                    WfaIssueData.about(workflow.getName()));
        }
    }

    @Check
    public void checkWorkflowSoundnessProved(Workflow workflow) {
        if (!structureAccepted(workflow)) {
            return;
        }
        Soundness result = soundness.check(workflow);
        if (result.verdict() != Verdict.TOO_COMPLEX || !result.problems().isEmpty()) {
            return;
        }
        String forks = result.interleavedForks().stream()
                .map(fork -> "'" + ((Node) fork).getName() + "'")
                .collect(Collectors.joining(", "));
        String why = forks.isEmpty()
                ? ""
                : " the branches of fork " + forks + " do not meet only at its join, so their steps were interleaved;";
        report(
                "Workflow '" + workflow.getName() + "' could not be proved sound: "
                        + String.format(Locale.ROOT, "%,d", result.markings())
                        + " states explored without finishing;" + why
                        + " expected forks whose branches meet only at their join (docs/semantics.md), or a smaller workflow.",
                workflow,
                WfaPackage.Literals.WORKFLOW__NAME,
                WfaIssueCodes.SOUNDNESS_UNPROVED,
                workflow.getName());
    }

    /** The finding with its counterexample as related locations, which editors and reports show step by step. */
    private void reportWithCounterexample(
            String message, EObject at, EStructuralFeature feature, Problem problem, WfaIssueData finding) {
        report(
                message,
                at,
                feature,
                ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
                WfaIssueCodes.UNSOUND_FLOW,
                finding.relatedTo(WfaCounterexampleLocations.of(problem.counterexample())));
    }

    private String message(Problem problem, EObject at) {
        String where = at == null ? "the workflow" : describe(at);
        String after = " after " + trace(problem.counterexample());
        return switch (problem.kind()) {
            case DEADLOCK ->
                capitalised(where) + " can wait forever:" + after + ", the case is stuck there and no"
                        + " step can go on; expected every route into a fork's branches and join to come through the fork (docs/semantics.md).";
            case LACK_OF_SYNCHRONISATION ->
                capitalised(where) + " can be reached twice at once:" + after
                        + ", a second token arrives before the first has gone on; expected the branches of a fork to"
                        + " meet only at its join.";
            case IMPROPER_COMPLETION ->
                capitalised(where) + " can be reached while other work is still running:"
                        + after + ", the case ends with steps left open; expected the branches of a fork to join"
                        + " before an end.";
            case NO_OPTION_TO_COMPLETE ->
                capitalised(where) + " can keep the case from ever finishing:" + after
                        + ", no sequence of steps leads to an end; expected a route out of the loop.";
            case DEAD_STEP ->
                capitalised(where) + " can never run in any case: no sequence of steps and"
                        + " choices enables it; expected its routes to come from steps that can run.";
        };
    }

    private static String trace(List<Firing> firings) {
        return firings.stream().map(WfaSoundnessValidator::firing).collect(Collectors.joining(" -> "));
    }

    private static String firing(Firing firing) {
        String name = firing.step() instanceof Node node ? "'" + node.getName() + "'" : startName(firing.step());
        return switch (firing.choice()) {
            case "start", "done", "fork", "join", "end" -> name;
            default -> name + " (" + firing.choice() + ")";
        };
    }

    private static String startName(EObject step) {
        return step instanceof Start start && start.getName() != null ? "start '" + start.getName() + "'" : "start";
    }

    /**
     * Whether the flow rules accept the workflow's structure: one start, every step reachable and
     * able to reach an end, every loop with an exit, every fork matched to one join and every join
     * to a fork, every approval with both routes, and no route to a name that does not resolve.
     */
    private boolean structureAccepted(Workflow workflow) {
        // Both rules ask; the answer walks every step, so it is kept until the resource changes.
        if (workflow.eResource() == null) {
            return readStructureAccepted(workflow);
        }
        return cache.get(
                List.of(WfaSoundnessValidator.class, workflow),
                workflow.eResource(),
                () -> readStructureAccepted(workflow));
    }

    private boolean readStructureAccepted(Workflow workflow) {
        if (workflow.getStarts().size() != 1) {
            return false;
        }
        WorkflowAnalysis analysis = analysis(workflow);
        if (!analysis.hasEnd()) {
            return false;
        }
        for (Node node : workflow.getNodes()) {
            if (!analysis.isReachable(node) || !analysis.reachesEnd(node) || analysis.isInLoopWithoutExit(node)) {
                return false;
            }
            if (FlowGraph.targetsOf(node).stream().anyMatch(target -> target != null && target.eIsProxy())) {
                return false;
            }
            boolean accepted = switch (StepKind.of(node)) {
                case FORK ->
                    analysis.matchOf((Fork) node) != null
                            && analysis.matchOf((Fork) node).problem() == null;
                case JOIN ->
                    analysis.forkOf((Join) node) != null
                            && analysis.routesFromOutsideItsFork((Join) node).isEmpty();
                case APPROVAL -> ((Approval) node).getApproved() != null && ((Approval) node).getRejected() != null;
                case STAGE, CALL, DECISION, WAIT, END -> true;
            };
            if (!accepted) {
                return false;
            }
        }
        return true;
    }
}

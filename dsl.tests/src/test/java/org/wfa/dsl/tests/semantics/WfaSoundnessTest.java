package org.wfa.dsl.tests.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.semantics.Soundness;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.Soundness.Verdict;
import org.wfa.dsl.semantics.SoundnessChecker;
import org.wfa.dsl.semantics.WfaSoundness;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/**
 * The soundness checker over the token semantics of docs/semantics.md: each test writes a small
 * workflow and states the problems found, each with its shortest counterexample rendered as
 * "step choice" firings from the start.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSoundnessTest {

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaSoundness soundness;

    private Soundness check(String body) {
        return soundness.check(workflow(body));
    }

    private Workflow workflow(String body) {
        Compilation compilation = new WfaTestWorkspace()
                .file("w.wfa", "package t\n\nworkflow W {\n" + body + "\n}\n")
                .compile(compiler);
        assertEquals("", WfaTestWorkspace.renderLanguage(compilation));
        return compilation.workflows().get(0);
    }

    /** The problems, one a line: kind, steps, and the counterexample. */
    private static String render(Soundness result) {
        return result.problems().stream().map(WfaSoundnessTest::render).collect(Collectors.joining("\n"));
    }

    private static String render(Problem problem) {
        return problem.kind() + " at " + names(problem.steps()) + ": "
                + problem.counterexample().stream()
                        .map(f -> name(f.step()) + " " + f.choice())
                        .collect(Collectors.joining(", "));
    }

    private static String names(List<EObject> steps) {
        return steps.stream().map(WfaSoundnessTest::name).collect(Collectors.joining(", "));
    }

    private static String name(EObject step) {
        return step instanceof Node node ? StepKind.of(node).keyword() + " " + node.getName() : "start";
    }

    @Test
    void everyExampleWorkflowIsSound() throws Exception {
        Compilation examples = WfaDocsFixture.compile(compiler, "examples");
        assertTrue(examples.workflows().size() >= 9);
        for (Workflow workflow : examples.workflows()) {
            Soundness result = soundness.check(workflow);
            assertEquals("", render(result), workflow.getName());
            assertEquals(Verdict.EXPLORED, result.verdict(), workflow.getName());
            // Sequential with a few short forks: a few dozen markings, far below the bound.
            assertTrue(result.markings() < 100, workflow.getName() + ": " + result.markings());
        }
    }

    @Test
    void structuredForkAndJoinIsSound() {
        Soundness result = check("""
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals("", render(result));
        assertTrue(result.isSound());
    }

    @Test
    void joinEnteredFromOutsideItsForkDeadlocksWithTheShortestCounterexample() {
        Soundness result = check("""
                data { urgent: boolean }
                start -> Triage
                decision Triage {
                    when urgent = true -> Both
                    otherwise -> Split
                }
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals("DEADLOCK at join Both: start start, decision Triage when urgent = true", render(result));
    }

    @Test
    void anEndInsideABranchCompletesImproperly() {
        Soundness result = check("""
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Early }
                end Early
                join Both { -> Done }
                end Done
                """);
        // Its fork has no matching join, so the join waits only for the route that reaches it (as
        // BPMN's parallel join does) and passes the other branch's token alone.
        assertEquals("""
                IMPROPER_COMPLETION at end Early: start start, fork Split fork, stage B done, end Early end
                IMPROPER_COMPLETION at end Done: start start, fork Split fork, stage A done, join Both join, \
                end Done end""", render(result));
    }

    @Test
    void forkWhoseBranchesEachEndCompletesImproperly() {
        Soundness result = check("""
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> Done }
                stage B { -> Done }
                end Done
                """);
        assertEquals("""
                LACK_OF_SYNCHRONISATION at end Done: start start, fork Split fork, stage A done, stage B done
                IMPROPER_COMPLETION at end Done: start start, fork Split fork, stage A done, end Done end""", render(result));
    }

    @Test
    void anArrowAcrossBranchesLacksSynchronisation() {
        Soundness result = check("""
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> B2 }
                stage B { -> B2 }
                stage B2 { -> Both }
                join Both { -> Done }
                end Done
                """);
        // One defect, seen in several interleavings: B2 runs twice, the join's one input (the
        // branches share B2) receives two tokens, and the join passes the first alone.
        assertEquals("""
                LACK_OF_SYNCHRONISATION at stage B2: start start, fork Split fork, stage A done, stage B done
                LACK_OF_SYNCHRONISATION at join Both: start start, fork Split fork, stage A done, stage B2 done, \
                stage B done, stage B2 done
                IMPROPER_COMPLETION at end Done: start start, fork Split fork, stage A done, stage B2 done, \
                join Both join, end Done end
                LACK_OF_SYNCHRONISATION at end Done: start start, fork Split fork, stage A done, stage B2 done, \
                stage B done, join Both join, stage B2 done, join Both join""", render(result));
    }

    @Test
    void reworkAfterAJoinThatGoesBackBeforeTheForkIsSound() {
        Soundness result = check("""
                data { ok: boolean }
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Check }
                decision Check {
                    when ok = false -> Split
                    otherwise -> Done
                }
                end Done
                """);
        assertEquals("", render(result));
        assertTrue(result.isSound());
    }

    @Test
    void reworkFromAfterTheJoinIntoOneBranchDeadlocks() {
        Soundness result = check("""
                data { ok: boolean }
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Check }
                decision Check {
                    when ok = false -> A
                    otherwise -> Done
                }
                end Done
                """);
        assertEquals(
                "DEADLOCK at join Both: start start, fork Split fork, stage A done, stage B done, join Both join,"
                        + " decision Check when ok = false, stage A done",
                render(result));
    }

    @Test
    void aLoopInsideABranchIsSound() {
        Soundness result = check("""
                data { ok: boolean }
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> CheckA }
                decision CheckA {
                    when ok = false -> A
                    otherwise -> Both
                }
                stage B { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals("", render(result));
        assertTrue(result.isSound());
    }

    @Test
    void aLoopFromOneBranchBackToTheForkLacksSynchronisation() {
        // Rework restarts both branches while the other is still running. And branch A reaches B
        // through the fork, so the routes of both branches share one input of the join (as in the
        // BPMN process): the join passes each token alone.
        Soundness result = check("""
                data { ok: boolean }
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> CheckA }
                decision CheckA {
                    when ok = false -> Split
                    otherwise -> Both
                }
                stage B { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals("""
                LACK_OF_SYNCHRONISATION at stage B: start start, fork Split fork, stage A done, \
                decision CheckA when ok = false, fork Split fork
                LACK_OF_SYNCHRONISATION at join Both: start start, fork Split fork, stage A done, \
                decision CheckA otherwise, stage B done
                IMPROPER_COMPLETION at end Done: start start, fork Split fork, stage B done, join Both join, \
                end Done end
                LACK_OF_SYNCHRONISATION at end Done: start start, fork Split fork, stage A done, \
                decision CheckA otherwise, join Both join, stage B done, join Both join""", render(result));
    }

    @Test
    void aBranchThatReachesTheJoinByTwoRoutesIsSound() {
        Soundness result = check("""
                data { ok: boolean }
                start -> Split
                fork Split { -> A  -> B }
                decision A {
                    when ok = false -> Fix
                    otherwise -> Both
                }
                stage Fix { -> Both }
                stage B {
                    sla 2 days on breach -> Both
                    -> Both
                }
                join Both { -> Done }
                end Done
                """);
        assertEquals("", render(result));
    }

    @Test
    void onlyTheEarliestRoutedSlaCanBreakTheWork() {
        // The 5-day SLA's route can never be taken: the 2-day breach has interrupted the work by then.
        Soundness result = check("""
                start -> Work
                stage Work {
                    sla 2 days on breach -> Done
                    sla 5 days on breach -> Split
                    sla 1 day
                    -> Done
                }
                fork Split { -> A  -> B }
                stage A { -> Done }
                stage B { -> Done }
                end Done
                """);
        assertEquals("DEAD_STEP at fork Split: \nDEAD_STEP at stage A: \nDEAD_STEP at stage B: ", render(result));
    }

    @Test
    void anApprovalAndAWaitWithATimeoutAreChoices() {
        Soundness result = check("""
                start -> Approve
                approval Approve {
                    approved -> Wait
                    rejected -> Rejected
                }
                wait Wait {
                    for event "signed"
                    timeout 3 days -> Rejected
                    -> Done
                }
                end Rejected
                end Done
                """);
        assertEquals("", render(result));
        // Not started, before Approve, before Wait, before Rejected, before Done, completed.
        assertEquals(6, result.markings());
    }

    @Test
    void anUnstructuredButSoundWorkflowIsAccepted() {
        // Two decisions whose routes cross: not a single-entry single-exit nesting, still sound.
        Soundness result = check("""
                data { a: boolean  b: boolean }
                start -> D1
                decision D1 {
                    when a = true -> X
                    otherwise -> Y
                }
                stage X { -> D2 }
                decision D2 {
                    when b = true -> Y
                    otherwise -> Done
                }
                stage Y { -> D3 }
                decision D3 {
                    when b = true -> X
                    otherwise -> Done
                }
                end Done
                """);
        assertEquals("", render(result));
        assertTrue(result.isSound());
    }

    @Test
    void aLoopWithoutAWayOutHasNoOptionToComplete() {
        Soundness result = check("""
                start -> A
                stage A { -> B }
                stage B { -> A }
                end Done
                """);
        // The end is never reached either: a consequence, not reported.
        assertEquals("NO_OPTION_TO_COMPLETE at stage A, stage B: start start", render(result));
    }

    @Test
    void anApprovalWithoutRoutesDeadlocks() {
        Soundness result = check("""
                start -> Approve
                approval Approve { }
                """);
        assertEquals("DEADLOCK at approval Approve: start start", render(result));
    }

    @Test
    void aStepNoRouteLeadsToIsDead() {
        Soundness result = check("""
                start -> A
                stage A { -> Done }
                stage Orphan { -> Done }
                end Done
                """);
        assertEquals("DEAD_STEP at stage Orphan: ", render(result));
    }

    @Test
    void aLongSequentialWorkflowHasOneMarkingPerStep() {
        int steps = 3000;
        StringBuilder body = new StringBuilder("start -> S0\n");
        for (int i = 0; i < steps; i++) {
            body.append("stage S")
                    .append(i)
                    .append(" { -> ")
                    .append(i + 1 < steps ? "S" + (i + 1) : "Done")
                    .append(" }\n");
        }
        body.append("end Done\n");
        Soundness result = check(body.toString());
        assertTrue(result.isSound());
        // Not started, one per stage, before the end, completed.
        assertEquals(steps + 3, result.markings());
    }

    @Test
    void theBoundGivesTooComplexAndNoFinding() {
        // The join is also entered from outside its fork, so the block is not reduced: its three
        // branches are interleaved, 4^3 markings and more.
        Soundness result = SoundnessChecker.check(soundness.net(workflow("""
                        start -> Outer
                        fork Outer { -> Split  -> Both }
                        fork Split { -> A1  -> B1  -> C1 }
                        stage A1 { -> A2 }
                        stage A2 { -> A3 }
                        stage A3 { -> Both }
                        stage B1 { -> B2 }
                        stage B2 { -> B3 }
                        stage B3 { -> Both }
                        stage C1 { -> C2 }
                        stage C2 { -> C3 }
                        stage C3 { -> Both }
                        stage Orphan { -> Done }
                        join Both { -> Done }
                        end Done
                        """)), 20);
        assertEquals(Verdict.TOO_COMPLEX, result.verdict());
        assertEquals("", render(result));
        assertEquals(20, result.markings());
    }

    @Test
    void aWideStructuredForkIsProvedBranchByBranch() {
        int branches = 12;
        int steps = 10;
        StringBuilder body = new StringBuilder("start -> Split\nfork Split {");
        for (int b = 0; b < branches; b++) {
            body.append(" -> B").append(b).append("S0");
        }
        body.append(" }\n");
        for (int b = 0; b < branches; b++) {
            for (int i = 0; i < steps; i++) {
                String next = i + 1 < steps ? "B" + b + "S" + (i + 1) : "Both";
                body.append("stage B")
                        .append(b)
                        .append("S")
                        .append(i)
                        .append(" { -> ")
                        .append(next)
                        .append(" }\n");
            }
        }
        body.append("join Both { -> Done }\nend Done\n");
        Soundness result = check(body.toString());
        assertTrue(result.isSound());
        // Each branch alone: its steps and its arrival at the join; then not started, before the
        // fork, after the block, completed. Interleaved it would be 11^12 markings.
        assertEquals(branches * (steps + 1) + 4, result.markings());
        assertEquals(List.of(), result.interleavedForks());
    }

    @Test
    void nestedStructuredForksAreReducedInnermostFirst() {
        Soundness result = check("""
                start -> Outer
                fork Outer { -> Split  -> C }
                fork Split { -> A  -> B }
                stage A { -> Inner }
                stage B { -> Inner }
                join Inner { -> After }
                stage After { -> Both }
                stage C { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertTrue(result.isSound());
        // Inner branches 2 + 2, outer branches 3 (before Split, before After, at Both) + 2, then 4.
        assertEquals(13, result.markings());
    }

    @Test
    void aForkWhoseBranchesMeetOutsideItsJoinIsInterleaved() {
        Soundness result = check("""
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> B2 }
                stage B { -> B2 }
                stage B2 { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals(
                "LACK_OF_SYNCHRONISATION at stage B2: start start, fork Split fork, stage A done, stage B done",
                render(result).lines().findFirst().orElse(""));
        assertEquals("Split", ((Node) result.interleavedForks().get(0)).getName());
    }

    @Test
    void aCounterexampleThroughAReducedBlockListsItsSteps() {
        Soundness result = check("""
                data { urgent: boolean }
                start -> Split
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Triage }
                decision Triage {
                    when urgent = true -> Later
                    otherwise -> Second
                }
                fork Second { -> C  -> D }
                stage C { -> Later }
                stage D { -> Later }
                join Later { -> Done }
                end Done
                """);
        assertEquals(
                "DEADLOCK at join Later: start start, fork Split fork, stage A done, stage B done,"
                        + " join Both join, decision Triage when urgent = true",
                render(result));
    }

    @Test
    void theStepsOfABlockNoRouteLeadsToAreDead() {
        Soundness result = check("""
                start -> Done
                stage Orphan { -> Split }
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals(
                "DEAD_STEP at stage Orphan: \nDEAD_STEP at fork Split: \nDEAD_STEP at stage A: "
                        + "\nDEAD_STEP at stage B: \nDEAD_STEP at join Both: ",
                render(result));
    }

    @Test
    void aChoiceThatContradictsAnEarlierOneIsNeverTaken() {
        // Nothing changes the amount between the two decisions: 'Check' only sees amounts over 1000.
        Soundness result = check("""
                data { amount: number }
                start -> Size
                decision Size {
                    when amount > 1000 -> Check
                    otherwise -> Small
                }
                decision Check {
                    when amount <= 1000 -> Never
                    otherwise -> Done
                }
                stage Never { -> Done }
                stage Small { -> Done }
                end Done
                """);
        assertEquals("DEAD_STEP at stage Never: ", render(result));
    }

    @Test
    void workBetweenTwoDecisionsMayChangeTheData() {
        Soundness result = check("""
                data { amount: number }
                start -> Size
                decision Size {
                    when amount > 1000 -> Review
                    otherwise -> Small
                }
                stage Review { -> Check }
                decision Check {
                    when amount <= 1000 -> Reduced
                    otherwise -> Done
                }
                stage Reduced { -> Done }
                stage Small { -> Done }
                end Done
                """);
        assertEquals("", render(result));
        assertTrue(result.isSound());
    }

    @Test
    void aShadowedOutcomeEstablishesNoFacts() {
        // 'when amount >= 0' is never the first true condition (WFA111 reports it); taking it
        // anyway must not make every later choice look impossible.
        Soundness result = check("""
                data { amount: number }
                start -> Size
                decision Size {
                    when amount != 5 -> Done
                    when amount >= 3 -> Done
                    when amount >= 0 -> Check
                    otherwise -> Done
                }
                decision Check {
                    when amount > 10 -> Done
                    otherwise -> Done
                }
                end Done
                """);
        assertEquals("", render(result));
    }

    @Test
    void aRuleTableRowThatContradictsAnEarlierChoiceIsNeverTaken() {
        Soundness result = check("""
                data { region: enum { EU, US, ASIA } }
                start -> Where
                decision Where {
                    when region = EU -> Route
                    otherwise -> Done
                }
                decision Route {
                    rules first on region {
                        EU -> Local
                        US -> Far
                    }
                    otherwise -> Done
                }
                stage Local { -> Done }
                stage Far { -> Done }
                end Done
                """);
        assertEquals("DEAD_STEP at stage Far: ", render(result));
    }

    @Test
    void aJoinEnteredFromOutsideAsWellAsFromItsBranchesSynchronisesAll() {
        // The join waits for the route from outside as for a branch (as BPMN's parallel join does).
        Soundness result = check("""
                start -> Outer
                fork Outer { -> Split  -> Both }
                fork Split { -> A  -> B }
                stage A { -> Both }
                stage B { -> Both }
                join Both { -> Done }
                end Done
                """);
        assertEquals("", render(result));
        assertEquals(List.of(), result.problems(Kind.DEADLOCK));
    }
}

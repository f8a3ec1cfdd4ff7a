package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.inject.Inject;

/**
 * WFA112's counterexample as related locations of its finding: one per firing, in order, at the
 * step's name (the start's own text when it has none), numbered, saying what the step did. The
 * models are examples of docs/semantics.md that reach WFA112 (an end inside a branch does not:
 * WFA107 reports it); each {@code «»} marks a step of the counterexample in the order it fires,
 * and the last one marks the finding.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSoundnessCounterexampleTest {

    @Inject
    private WfaCompiler compiler;

    private WfaDiagnostic unsoundFlow(WfaMarkedSource source) {
        List<WfaDiagnostic> found =
                WfaTestWorkspace.withOrganisation().file(source).compile(compiler).diagnostics().stream()
                        .filter(d -> d.code().equals("WFA112"))
                        .toList();
        assertEquals(1, found.size(), () -> "one WFA112 expected: " + found);
        return found.get(0);
    }

    /** The related locations expected at the markers before the last, each as long as its marked text. */
    private static List<WfaDiagnostic.Related> expected(
            WfaMarkedSource source, List<String> marked, String... messages) {
        List<WfaDiagnostic.Related> related = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            WfaMarkedSource.Position at = source.markers().get(i);
            related.add(new WfaDiagnostic.Related(
                    source.name(),
                    at.line(),
                    at.column(),
                    at.line(),
                    at.column() + marked.get(i).length(),
                    messages[i]));
        }
        return related;
    }

    @Test
    void aJoinEnteredFromOutsideItsForkCarriesTheRouteToTheDeadlockStepByStep() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    data {
                        urgent: boolean
                    }
                    «»start -> Triage

                    decision «»Triage {
                        decided by HR.Head
                        when urgent = true -> A
                        otherwise -> Split
                    }

                    fork Split {
                        -> A
                        -> B
                    }

                    stage «»A "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Both
                    }

                    stage B "Order equipment" {
                        responsible IT.Admin
                        accountable HR.Head
                        -> Both
                    }

                    join «»Both {
                        -> Done
                    }

                    end Done "Hired"
                }
                """);
        WfaDiagnostic finding = unsoundFlow(source);

        assertEquals(
                expected(
                        source,
                        List.of("start -> Triage", "Triage", "A"),
                        "1. the case starts",
                        "2. 'Triage' chooses when urgent = true",
                        "3. 'A' is done"),
                finding.related());
        assertEquals(source.markers().get(3).line(), finding.line(), "the finding itself stays at the join");
    }

    @Test
    void aNamedStartIsRelatedAtItsName() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start «»Begin -> Split

                    fork «»Split {
                        -> A
                        -> B
                    }

                    stage «»A "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> B
                    }

                    stage «»B "Order equipment" {
                        responsible IT.Admin
                        accountable HR.Head
                        -> Both
                    }

                    join Both {
                        -> Done
                    }

                    end Done "Hired"
                }
                """);
        WfaDiagnostic finding = unsoundFlow(source);

        assertEquals(
                expected(
                        source,
                        List.of("Begin", "Split", "A"),
                        "1. the case starts at start 'Begin'",
                        "2. 'Split' starts its branches",
                        "3. 'A' is done"),
                finding.related());
    }

    @Test
    void anArrowAcrossBranchesCarriesTheRouteToTheSecondToken() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    «»start -> Split

                    fork «»Split {
                        -> A
                        -> B
                    }

                    stage «»A "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> B2
                    }

                    stage «»B "Order equipment" {
                        responsible IT.Admin
                        accountable HR.Head
                        -> B2
                    }

                    stage «»B2 "Sign" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Both
                    }

                    join Both {
                        -> Done
                    }

                    end Done "Hired"
                }
                """);
        WfaDiagnostic finding = unsoundFlow(source);

        assertEquals(
                expected(
                        source,
                        List.of("start -> Split", "Split", "A", "B"),
                        "1. the case starts",
                        "2. 'Split' starts its branches",
                        "3. 'A' is done",
                        "4. 'B' is done"),
                finding.related());
    }

    @Test
    void anAcceptedUnsoundFlowKeepsItsCounterexample() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                @allow(unsound-flow, "the branches are never both taken in practice")
                workflow Hiring "Hiring" {
                    owner HR.Head
                    «»start -> Split

                    fork «»Split {
                        -> A
                        -> B
                    }

                    stage «»A "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> B
                    }

                    stage B "Order equipment" {
                        responsible IT.Admin
                        accountable HR.Head
                        -> Both
                    }

                    join Both {
                        -> Done
                    }

                    end Done "Hired"
                }
                """);
        WfaDiagnostic finding = unsoundFlow(source);

        assertEquals(true, finding.accepted());
        assertEquals(
                expected(
                        source,
                        List.of("start -> Split", "Split", "A"),
                        "1. the case starts",
                        "2. 'Split' starts its branches",
                        "3. 'A' is done"),
                finding.related());
    }

    @Test
    void theTextOfTheFindingListsTheCounterexampleOnIndentedLines() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start -> Split

                    fork Split {
                        -> A
                        -> B
                    }

                    stage A "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> B
                    }

                    stage B "Order equipment" {
                        responsible IT.Admin
                        accountable HR.Head
                        -> Both
                    }

                    join Both {
                        -> Done
                    }

                    end Done "Hired"
                }
                """);
        String text = unsoundFlow(source).toTextWithRelated();

        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "w.wfa:20:11: error: Stage 'B' can be reached twice at once: after start -> 'Split' -> 'A', a"
                                + " second token arrives before the first has gone on; expected the branches of a"
                                + " fork to meet only at its join. [WFA112]",
                        "    at w.wfa:7:5: 1. the case starts",
                        "    at w.wfa:9:10: 2. 'Split' starts its branches",
                        "    at w.wfa:14:11: 3. 'A' is done"),
                text);
    }
}

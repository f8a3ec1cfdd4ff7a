package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Inject;

/**
 * Clauses given too often or missing where the grammar cannot insist (WFA004-WFA008). Each test
 * writes out the workflow under test, {@code «»} where the finding points, and expects it to be
 * the file's only language diagnostic.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaClauseValidatorTest {

    @Inject
    private WfaCompiler compiler;

    /** The language's own diagnostics (WFA0xx) of the workflow beside the test organisation. */
    private String language(WfaMarkedSource workflow) {
        return WfaTestWorkspace.renderLanguage(
                WfaTestWorkspace.withOrganisation().file(workflow).compile(compiler));
    }

    @Test
    void reportsClauseGivenTwice() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    owner HR.Head
                    owner «»HR.Recruiter
                    start -> Done

                    end Done
                }
                """);
        assertEquals(
                w.at("error: Clause 'owner' is given 2 times in workflow 'W': expected it once"
                        + " (only the last one would count). [WFA004]"),
                language(w));
    }

    @Test
    void reportsStageWithTwoSuccessors() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    start -> S

                    stage S {
                        -> A
                        -> «»B
                    }

                    end A

                    end B
                }
                """);
        assertEquals(
                w.at("error: Stage 'S' has 2 '->' successors: expected one; use a fork for parallel"
                        + " work or a decision for a choice. [WFA005]"),
                language(w));
    }

    @Test
    void reportsCallWithoutWorkflow() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    start -> C

                    call «»C {
                        -> Done
                    }

                    end Done
                }
                """);
        assertEquals(
                w.at("error: Call 'C' does not say which workflow it calls: expected" + " 'workflow <name>'. [WFA006]"),
                language(w));
    }

    @Test
    void reportsWaitWithoutSubject() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    start -> Hold

                    wait «»Hold {
                        -> Done
                    }

                    end Done
                }
                """);
        assertEquals(
                w.at("error: Wait 'Hold' does not say what it waits for: expected 'for event \"...\"'"
                        + " or 'for workflow <name>'. [WFA007]"),
                language(w));
    }

    @Test
    void reportsDecisionMixingRulesAndConditions() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    data {
                        x: number
                    }
                    start -> D

                    decision D {
                        when x > 1 -> Done
                        «»rules on x {
                            > 2 -> Done
                        }
                        otherwise -> Done
                    }

                    end Done
                }
                """);
        assertEquals(
                w.at("error: Decision 'D' has both a rule table and 'when' outcomes: expected one of the"
                        + " two. [WFA008]"),
                language(w));
    }
}

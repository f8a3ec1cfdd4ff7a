package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaClauseValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String check(String workflowBody) {
        String text = """
                package acme.hr

                import acme.org.*

                workflow W {
                %s
                }
                """.formatted(workflowBody.indent(4).stripTrailing());
        return WfaTestWorkspace.renderLanguage(WfaTestWorkspace.withOrganisation().file("w.wfa", text).compile(compiler));
    }

    @Test
    void reportsClauseGivenTwice() {
        assertEquals("w.wfa:7:11: error: Clause 'owner' is given 2 times in workflow 'W': expected it once"
                + " (only the last one would count). [WFA004]", check("""
                owner HR.Head
                owner HR.Recruiter
                start -> Done

                end Done"""));
    }

    @Test
    void reportsStageWithTwoSuccessors() {
        assertEquals("w.wfa:10:12: error: Stage 'S' has 2 '->' successors: expected one; use a fork for parallel"
                + " work or a decision for a choice. [WFA005]", check("""
                start -> S

                stage S {
                    -> A
                    -> B
                }

                end A

                end B"""));
    }

    @Test
    void reportsCallWithoutWorkflow() {
        assertEquals("w.wfa:8:10: error: Call 'C' does not say which workflow it calls: expected"
                + " 'workflow <name>'. [WFA006]", check("""
                start -> C

                call C {
                    -> Done
                }

                end Done"""));
    }

    @Test
    void reportsWaitWithoutSubject() {
        assertEquals("w.wfa:8:10: error: Wait 'Hold' does not say what it waits for: expected 'for event \\\"...\\\"'"
                .replace("\\\"", "\"") + " or 'for workflow <name>'. [WFA007]", check("""
                start -> Hold

                wait Hold {
                    -> Done
                }

                end Done"""));
    }

    @Test
    void reportsDecisionMixingRulesAndConditions() {
        assertEquals("w.wfa:13:9: error: Decision 'D' has both a rule table and 'when' outcomes: expected one of the"
                + " two. [WFA008]", check("""
                data {
                    x: number
                }
                start -> D

                decision D {
                    when x > 1 -> Done
                    rules on x {
                        > 2 -> Done
                    }
                    otherwise -> Done
                }

                end Done"""));
    }
}

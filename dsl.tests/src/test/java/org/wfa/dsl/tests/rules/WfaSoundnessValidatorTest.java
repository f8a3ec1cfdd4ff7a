package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaRuleFixture;

import com.google.inject.Inject;

/**
 * WFA112: soundness from the execution semantics, on workflows whose structure the flow rules
 * accept. Each test writes out the model under test, {@code «»} where the finding points.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSoundnessValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, "WFA112", files);
    }

    @Test
    void reportsARouteIntoOneBranchOfAForkAsADeadlockAtItsJoin() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    data {
                        urgent: boolean
                    }
                    start -> Triage

                    decision Triage {
                        decided by HR.Head
                        when urgent -> Offer
                        otherwise -> Split
                    }

                    fork Split {
                        -> Offer
                        -> Equipment
                    }

                    stage Offer "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Both
                    }

                    stage Equipment "Order equipment" {
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
        assertEquals(
                source.at("error: Join 'Both' can wait forever: after start -> 'Triage' (when urgent) -> 'Offer', the"
                        + " case is stuck there and no step can go on; expected every route into a fork's branches and"
                        + " join to come through the fork (docs/semantics.md). [WFA112]"),
                findings(source));
    }

    @Test
    void reportsAnArrowAcrossBranchesAsLackOfSynchronisation() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start -> Split

                    fork Split {
                        -> Offer
                        -> Equipment
                    }

                    stage Offer "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Equipment
                    }

                    stage «»Equipment "Order equipment" {
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
        assertEquals(
                source.at("error: Stage 'Equipment' can be reached twice at once: after start -> 'Split' ->"
                        + " 'Offer', a second token arrives before the first has gone on; expected the branches of a"
                        + " fork to meet only at its join. [WFA112]"),
                findings(source));
    }

    @Test
    void acceptsAStructuredForkAndJoin() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start -> Split

                    fork Split {
                        -> Offer
                        -> Equipment
                    }

                    stage Offer "Send the offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Both
                    }

                    stage Equipment "Order equipment" {
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
        assertEquals("", findings(source));
    }
}

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
 * The AI rules (WFA7xx): human review, fallback and supervision of agents. Each test writes out
 * the model under test, mostly the clean {@code WfaRuleFixture.HIRING} design with one thing
 * changed, {@code «»} where the finding points. The roles, systems and agents they name are those
 * of {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaAiValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsAiOutputWithoutHumanReview() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Screen
                        rejected -> Draft
                    }

                    stage Screen {
                        responsible «»Screener
                        accountable HR.Head
                        consumes Contract
                        sla 1 hour escalate to HR.Recruiter
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("error: Stage 'Screen' is performed by AI agent 'Screener' and its output goes on"
                        + " without human review: expected 'reviewed by <role>' or an approval by a person right after it."
                        + " [WFA701]"),
                findings("WFA701", hiring));
    }

    @Test
    void acceptsAiOutputReviewedByAPerson() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible Screener
                        reviewed by HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA701", hiring));
    }

    @Test
    void acceptsAiOutputApprovedByAPersonRightAfter() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible Screener
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA701", hiring));
    }

    @Test
    void reportsAiStageWithoutFallbackToAPerson() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible «»Screener
                        reviewed by HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Stage 'Draft' is performed by AI agent 'Screener' with no fallback to a"
                        + " person: if the agent fails or stalls, nobody takes over; expected 'sla <duration> escalate to"
                        + " <role>' or an 'on breach -> <step>' that a person takes over. [WFA702]"),
                findings("WFA702", hiring));
    }

    @Test
    void acceptsAiStageThatEscalatesToAPerson() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible Screener
                        reviewed by HR.Recruiter
                        sla 1 hour escalate to HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA702", hiring));
    }

    @Test
    void acceptsSupervisedAgent() {
        WfaMarkedSource agent = WfaMarkedSource.of("""
                package acme.ai

                agent Bound "Supervised bot" {
                    does "Drafts"
                    supervised by acme.org.HR.Head
                }
                """);
        assertEquals("", findings("WFA703", agent));
    }

    @Test
    void reportsAgentWithoutSupervisor() {
        WfaMarkedSource agent = WfaMarkedSource.of("""
                package acme.ai

                agent «»Loose "Unsupervised bot" {
                    does "Anything"
                }
                """);
        assertEquals(
                agent.at("warning: AI agent 'Loose' has no supervisor: expected 'supervised by <role>', the"
                        + " people who answer for what it does. [WFA703]"),
                findings("WFA703", agent));
    }
}

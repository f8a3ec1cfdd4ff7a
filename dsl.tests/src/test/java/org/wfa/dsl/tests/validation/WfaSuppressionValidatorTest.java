package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.rules.WfaRule;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaRuleFixture;

import com.google.inject.Inject;

/**
 * Accepting a finding with {@code @allow(rule, "reason")}. Each test writes out the model under test,
 * {@code «»} where the finding points; the roles it names are those of
 * {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSuppressionValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void acceptsAFindingWithAReason() {
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

                    @allow(four-eyes, "the regulator accepts it below 100 EUR")
                    approval Approve "Approve the contract" {
                        approver «»HR.Head
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
                hiring.at("info: Accepted (the regulator accepts it below 100 EUR): Approval 'Approve' is"
                        + " approved by role 'HR.Head', who is accountable for the work it approves ('Draft'): four eyes are"
                        + " needed; expected an approver other than the performer and the accountable party. [WFA301]"),
                findings("WFA301", hiring));
    }

    @Test
    void reportsSuppressionWithoutReason() {
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

                    @allow(«»four-eyes)
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
                hiring.at("error: '@allow(four-eyes)' gives no reason: expected '@allow(four-eyes, \"why this is"
                        + " acceptable here\")'. [WFA017]"),
                findings("WFA017", hiring));
    }

    @Test
    void reportsSuppressionOfAnUnknownRule() {
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

                    @allow(«»four-eye, "typo")
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
                hiring.at("error: Unknown rule 'four-eye': did you mean 'four-eyes'? [WFA016]"),
                findings("WFA016", hiring));
    }

    @Test
    void suppressionOnAWorkflowCoversItsSteps() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                @allow(escalation-to-self, "small team")
                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        sla 3 days escalate to «»HR.Recruiter
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
                hiring.at("info: Accepted (small team): The SLA of stage 'Draft' escalates to role"
                        + " 'HR.Recruiter', who is already doing the late work: expected escalation to someone else (a"
                        + " manager or a deputy). [WFA304]"),
                findings("WFA304", hiring));
    }

    /** Rule names contain words that are keywords elsewhere ('to', 'informed', 'date'...). */
    @ParameterizedTest
    @EnumSource(WfaRule.class)
    void everyRuleCanBeNamed(WfaRule rule) {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                @allow(%s, "a reason")
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
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """.formatted(rule.ruleName()));
        assertEquals("", findings("WFA001", hiring) + findings("WFA016", hiring));
    }
}

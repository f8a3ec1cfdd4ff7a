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
 * The approval rules (WFA3xx): four eyes, deciders, SLAs and escalations. Each test writes out the
 * model under test: the clean {@code WfaRuleFixture.HIRING} design with one thing changed,
 * {@code «»} where the finding points. The roles, systems and agents they name are those of
 * {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaApprovalValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsApproverWhoDidTheWork() {
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
                        approver «»HR.Recruiter
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
                hiring.at("error: Approval 'Approve' is approved by role 'HR.Recruiter', who is responsible for"
                        + " the work it approves ('Draft'): four eyes are needed; expected an approver other than the"
                        + " performer and the accountable party. [WFA301]"),
                findings("WFA301", hiring));
    }

    @Test
    void reportsApproverWhoIsAccountableForTheWork() {
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
                hiring.at("error: Approval 'Approve' is approved by role 'HR.Head', who is accountable for the"
                        + " work it approves ('Draft'): four eyes are needed; expected an approver other than the performer"
                        + " and the accountable party. [WFA301]"),
                findings("WFA301", hiring));
    }

    @Test
    void reportsPersonApprovingWorkOfARoleTheyHold() {
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
                        approver «»alice
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
                hiring.at("error: Approval 'Approve' is approved by person 'alice', who holds a role responsible"
                        + " for the work it approves ('Draft'): four eyes are needed; expected an approver other than the"
                        + " performer and the accountable party. [WFA301]"),
                findings("WFA301", hiring));
    }

    @Test
    void reportsApprovalWithoutApprover() {
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

                    approval «»Approve "Approve the contract" {
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
                hiring.at("error: Approval 'Approve' has no approver: expected 'approver <role>'. [WFA306]"),
                findings("WFA306", hiring));
    }

    @Test
    void acceptsAnApproverOtherThanPerformerAndAccountable() {
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
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA301", hiring));
    }

    @Test
    void reportsDecisionWithoutDecider() {
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
                        -> Check
                    }

                    decision «»Check {
                        when true -> Approve
                        otherwise -> Done
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
                hiring.at("warning: Decision 'Check' does not say who decides: expected 'decided by <role or"
                        + " system>'. [WFA302]"),
                findings("WFA302", hiring));
    }

    @Test
    void reportsApprovalWithoutSla() {
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

                    approval «»Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Approval 'Approve' has no SLA: work waits on a person with no limit; expected"
                        + " 'sla <duration> escalate to <role>'. [WFA303]"),
                findings("WFA303", hiring));
    }

    @Test
    void reportsWaitWithoutTimeout() {
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
                        approved -> Signed
                        rejected -> Draft
                    }

                    wait «»Signed {
                        for event "Contract signed"
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Wait 'Signed' has no timeout: if the awaited event never comes, the case"
                        + " waits forever; expected 'timeout <duration> -> <step>'. [WFA303]"),
                findings("WFA303", hiring));
    }

    @Test
    void acceptsWaitWithTimeout() {
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
                        approved -> Signed
                        rejected -> Draft
                    }

                    wait Signed {
                        for event "Contract signed"
                        timeout 5 days -> Done
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA303", hiring));
    }

    @Test
    void reportsEscalationToThePerformer() {
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
                hiring.at(
                        "warning: The SLA of stage 'Draft' escalates to role 'HR.Recruiter', who is already"
                                + " doing the late work: expected escalation to someone else (a manager or a deputy). [WFA304]"),
                findings("WFA304", hiring));
    }

    @Test
    void acceptsEscalationToTheAccountable() {
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
                        sla 3 days escalate to HR.Head
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
        assertEquals("", findings("WFA304", hiring));
    }

    @Test
    void reportsApprovalThatDoesNotSayWhatItApproves() {
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

                    approval «»Approve "Approve the contract" {
                        approver IT.Admin
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
                hiring.at("warning: Approval 'Approve' does not say what it approves: expected 'approves"
                        + " <stage>', so that four eyes can be checked. [WFA305]"),
                findings("WFA305", hiring));
    }
}

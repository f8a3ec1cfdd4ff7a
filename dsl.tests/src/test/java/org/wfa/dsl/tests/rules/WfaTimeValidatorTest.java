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
 * The time rules (WFA6xx): critical path, bottleneck roles and approval queues. Each test writes
 * out the model under test: the clean {@code WfaRuleFixture.HIRING} design with one thing changed,
 * {@code «»} where the finding points. The roles, systems and agents they name are those of
 * {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaTimeValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsCriticalPathLongerThanTheSla() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla «»10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 weeks
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
                hiring.at("warning: The critical path of workflow 'Hiring' takes 14 days ('Draft') but its SLA is"
                        + " 10 days: expected shorter durations, parallel work, or a realistic SLA. [WFA601]"),
                findings("WFA601", hiring));
    }

    @Test
    void acceptsCriticalPathWithinTheSla() {
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
        assertEquals("", findings("WFA601", hiring));
    }

    @Test
    void reportsRoleAccountableForMostStages() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow «»Hiring "Hiring" {
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
                        approved -> Extra1
                        rejected -> Draft
                    }

                    stage Extra1 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Extra2
                    }

                    stage Extra2 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Extra3
                    }

                    stage Extra3 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Extra4
                    }

                    stage Extra4 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Role 'HR.Head' is accountable for 5 of the 5 stages of workflow 'Hiring': one"
                        + " role that answers for most of the work becomes the bottleneck; expected accountability spread"
                        + " over the roles that do the work. [WFA602]"),
                findings("WFA602", hiring));
    }

    @Test
    void acceptsRoleAccountableForMostOfFewStages() {
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
                        approved -> Extra1
                        rejected -> Draft
                    }

                    stage Extra1 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Extra2
                    }

                    stage Extra2 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Extra3
                    }

                    stage Extra3 {
                        responsible IT.ServiceDesk
                        accountable HR.Head
                        consumes Contract
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA602", hiring));
    }

    @Test
    void acceptsApproverOnThreeApprovals() {
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
                        approved -> Check1
                        rejected -> Draft
                    }

                    approval Check1 {
                        approver IT.Admin
                        approves Draft
                        sla 1 day escalate to HR.Head
                        approved -> Check2
                        rejected -> Draft
                    }

                    approval Check2 {
                        approver IT.Admin
                        approves Draft
                        sla 1 day escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA603", hiring));
    }

    @Test
    void reportsApproverOnTooManyApprovals() {
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
                        approved -> Check1
                        rejected -> Draft
                    }

                    approval Check1 {
                        approver IT.Admin
                        approves Draft
                        sla 1 day escalate to HR.Head
                        approved -> Check2
                        rejected -> Draft
                    }

                    approval Check2 {
                        approver IT.Admin
                        approves Draft
                        sla 1 day escalate to HR.Head
                        approved -> Check3
                        rejected -> Draft
                    }

                    approval Check3 {
                        approver IT.Admin
                        approves Draft
                        sla 1 day escalate to HR.Head
                        approved -> Check4
                        rejected -> Draft
                    }

                    approval «»Check4 {
                        approver IT.Admin
                        approves Draft
                        sla 1 day escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Role 'IT.Admin' approves 5 times in workflow 'Hiring' (more than 3): every"
                        + " case queues at the same desk; expected fewer approvals or delegated limits. [WFA603]"),
                findings("WFA603", hiring));
    }
}

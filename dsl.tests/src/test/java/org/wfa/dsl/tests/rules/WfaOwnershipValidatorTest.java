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
 * The ownership rules (WFA2xx): one accountable human for each stage and workflow. Each test
 * writes out the model under test: the clean {@code WfaRuleFixture.HIRING} design with one thing
 * changed, {@code «»} where the finding points. The roles, systems and agents they name are those
 * of {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaOwnershipValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsStageWithoutAccountable() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage «»Draft "Draft the contract" {
                        responsible HR.Recruiter
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
                hiring.at("error: Stage 'Draft' has no accountable party: expected exactly one 'accountable"
                        + " <role>' who answers for the result. [WFA201]"),
                findings("WFA201", hiring));
    }

    @Test
    void reportsStageWithTwoAccountables() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head, «»IT.Admin
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
                hiring.at("error: Stage 'Draft' has 2 accountable parties: expected exactly one; when everyone is"
                        + " accountable, no one is (make the others responsible or consulted). [WFA201]"),
                findings("WFA201", hiring));
    }

    @Test
    void acceptsOneAccountableRole() {
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
        assertEquals("", findings("WFA201", hiring));
    }

    @Test
    void acceptsStageWithoutResponsibleWhenItIsACall() {
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
                        approved -> Provision
                        rejected -> Draft
                    }

                    call Provision {
                        workflow Hiring
                        accountable HR.Head
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA206", hiring));
    }

    @Test
    void reportsWorkflowWithoutOwner() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow «»Hiring "Hiring" {
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
        assertEquals(
                hiring.at("warning: Workflow 'Hiring' has no owner: expected 'owner <role>', the role accountable"
                        + " for the workflow as a whole. [WFA202]"),
                findings("WFA202", hiring));
    }

    @Test
    void reportsSystemMadeAccountable() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable «»Workday
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
                hiring.at("error: Stage 'Draft' makes system 'Workday' accountable: a system or AI agent cannot"
                        + " answer for a result; expected a human role (make it responsible instead). [WFA203]"),
                findings("WFA203", hiring));
    }

    @Test
    void reportsAgentOwningTheWorkflow() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner «»Screener
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
        assertEquals(
                hiring.at("error: Workflow 'Hiring' is owned by agent 'Screener': a system or AI agent cannot be"
                        + " accountable; expected a human role. [WFA203]"),
                findings("WFA203", hiring));
    }

    @Test
    void reportsPersonMadeResponsible() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible «»alice
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
                hiring.at("warning: Stage 'Draft' makes person 'alice' responsible: work that depends on one"
                        + " named person stops when they are away; expected a role such as 'HR.Recruiter'. [WFA204]"),
                findings("WFA204", hiring));
    }

    @Test
    void acceptsRoleMadeResponsible() {
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
        assertEquals("", findings("WFA204", hiring));
    }

    @Test
    void reportsRoleHeldByOnePersonCarryingMuchOfTheWork() {
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
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Extra2
                    }

                    stage Extra2 {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Extra3
                    }

                    stage Extra3 {
                        responsible HR.Recruiter
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
                hiring.at("warning: Role 'HR.Recruiter' is held by one person and carries 4 of the 4 stages of"
                        + " workflow 'Hiring' (more than 30%): the workflow stops when that person is away; expected a"
                        + " second holder or a deputy. [WFA205]"),
                findings("WFA205", hiring));
    }

    @Test
    void acceptsRoleWithSeveralHolders() {
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
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Extra2
                    }

                    stage Extra2 {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Extra3
                    }

                    stage Extra3 {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        WfaMarkedSource deputy = WfaMarkedSource.named("deputy.wfa", """
                package acme.more

                person bob "Bob" {
                    holds acme.org.HR.Recruiter
                }
                """);
        assertEquals("", findings("WFA205", hiring, deputy));
    }

    @Test
    void reportsStageWithoutResponsible() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage «»Draft "Draft the contract" {
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
                hiring.at("warning: Stage 'Draft' has no responsible party: expected 'responsible <role, system"
                        + " or agent>' who does the work. [WFA206]"),
                findings("WFA206", hiring));
    }
}

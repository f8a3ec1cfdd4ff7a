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
 * The dependency rules (WFA5xx): workflows that wait on each other, systems of other teams. Each
 * test writes out the model under test: the clean {@code WfaRuleFixture.HIRING} design with one
 * thing changed, {@code «»} where the finding points. The roles, systems and agents they name are
 * those of {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaDependencyValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsWorkflowsWaitingOnEachOther() {
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
                        approved -> Provision
                        rejected -> Draft
                    }

                    call Provision {
                        workflow acme.it.Provisioning
                        accountable HR.Head
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        WfaMarkedSource provisioning = WfaMarkedSource.named("w1.wfa", """
                package acme.it

                workflow «»Provisioning "Provisioning" {
                    owner acme.org.IT.Admin
                    start -> Hire

                    call Hire {
                        workflow acme.hr.Hiring
                        accountable acme.org.IT.Admin
                        -> Done
                    }

                    end Done
                }
                """);
        assertEquals(
                String.join(
                        "\n",
                        hiring.at(
                                "error: Workflow 'Hiring' waits on itself through 'Hiring' -> 'Provisioning' -> 'Hiring':"
                                        + " each waits for the other to finish, so none ever does; expected the cycle broken (one of"
                                        + " them should not call or wait for the next). [WFA501]"),
                        provisioning.at(
                                "error: Workflow 'Provisioning' waits on itself through 'Provisioning' -> 'Hiring'"
                                        + " -> 'Provisioning': each waits for the other to finish, so none ever does; expected the"
                                        + " cycle broken (one of them should not call or wait for the next). [WFA501]")),
                findings("WFA501", hiring, provisioning));
    }

    @Test
    void acceptsAWorkflowCallingAnotherThatDoesNotCallBack() {
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
                        workflow acme.it.Provisioning
                        accountable HR.Head
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        WfaMarkedSource provisioning = WfaMarkedSource.named("w1.wfa", """
                package acme.it

                workflow Provisioning "Provisioning" {
                    owner acme.org.IT.Admin
                    start -> Done

                    end Done
                }
                """);
        assertEquals("", findings("WFA501", hiring, provisioning));
    }

    @Test
    void reportsSystemOfAnotherTeamUsedWithoutDependency() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner IT.Admin
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        uses «»Workday
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
                hiring.at("warning: Stage 'Draft' uses system 'Workday', owned by team 'HR', but workflow"
                        + " 'Hiring' declares no dependency on it: expected 'depends on system Workday' (or on team 'HR') so"
                        + " that its owners know. [WFA502]"),
                findings("WFA502", hiring));
    }

    @Test
    void reportsSystemOfAnotherTeamResponsibleWithoutDependency() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner IT.Admin
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible «»Workday
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
                hiring.at("warning: Stage 'Draft' uses system 'Workday', owned by team 'HR', but workflow"
                        + " 'Hiring' declares no dependency on it: expected 'depends on system Workday' (or on team 'HR') so"
                        + " that its owners know. [WFA502]"),
                findings("WFA502", hiring));
    }

    @Test
    void acceptsSystemOfAnotherTeamWithDeclaredDependency() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner IT.Admin
                    depends on system Workday
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        uses Workday
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
        assertEquals("", findings("WFA502", hiring));
    }
}

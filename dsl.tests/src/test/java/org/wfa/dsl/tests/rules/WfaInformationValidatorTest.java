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
 * The information rules (WFA4xx): what artifacts are handed on, to whom and how. Each test writes
 * out the model under test: the clean {@code WfaRuleFixture.HIRING} design with one thing changed,
 * {@code «»} where the finding points. The roles, systems and agents they name are those of
 * {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaInformationValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsHandoffBetweenTeamsWithoutArtifact() {
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
                        approved -> Announce
                        rejected -> Draft
                    }

                    stage «»Announce {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Hand-off from 'Approve' (team 'IT') to 'Announce' (team 'HR') passes no"
                        + " artifact: what the next team needs stays in people's heads; expected 'Announce' to consume an"
                        + " artifact produced before it. [WFA401]"),
                findings("WFA401", hiring));
    }

    @Test
    void acceptsHandoffThatPassesAnArtifact() {
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
                        approved -> Announce
                        rejected -> Draft
                    }

                    stage Announce {
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
        assertEquals("", findings("WFA401", hiring));
    }

    @Test
    void acceptsReworkSentBackByAnApproval() {
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
        assertEquals("", findings("WFA401", hiring));
    }

    @Test
    void reportsArtifactConsumedBeforeItIsProduced() {
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
                        consumes «»Contract
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
                hiring.at("error: Stage 'Draft' consumes 'Contract', which is not produced before it on every"
                        + " path from the start: expected a stage before it that produces it, or 'receives Contract' if the"
                        + " workflow gets it with its trigger. [WFA402]"),
                findings("WFA402", hiring));
    }

    @Test
    void acceptsArtifactTheWorkflowReceives() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    receives Contract
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
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
        assertEquals("", findings("WFA402", hiring));
    }

    @Test
    void acceptsArtifactProducedOnOneBranchOfAFork() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    artifact Letter "Welcome letter" internal
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
                        approved -> Split
                        rejected -> Draft
                    }

                    fork Split {
                        -> Write
                        -> Wait
                    }

                    stage Write {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Letter
                        -> Together
                    }

                    stage Wait {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    join Together {
                        -> Send
                    }

                    stage Send {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Letter
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA402", hiring));
    }

    @Test
    void reportsArtifactProducedButNeverUsed() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    artifact «»Notes "Interview notes" internal
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract, Notes
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
                hiring.at(
                        "warning: Artifact 'Notes' is produced but never consumed or delivered in workflow"
                                + " 'Hiring': expected a stage that consumes it or a 'notify ... of Notes', or remove it. [WFA403]"),
                findings("WFA403", hiring));
    }

    @Test
    void reportsConfidentialArtifactSentByChat() {
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
                        notify HR.Recruiter of Contract via «»chat
                    }
                }
                """);
        assertEquals(
                hiring.at("warning: Artifact 'Contract' is confidential but is sent via chat: expected a"
                        + " controlled channel (portal or ticket, or email). [WFA404]"),
                findings("WFA404", hiring));
    }

    @Test
    void acceptsConfidentialArtifactSentByEmail() {
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
        assertEquals("", findings("WFA404", hiring));
    }

    @Test
    void reportsRequesterNeverInformed() {
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
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done
                }
                """);
        assertEquals(
                hiring.at("warning: Workflow 'Hiring' never informs its requester role 'HR.Recruiter' of the"
                        + " outcome: expected 'notify' at its ends or 'informed' on the deciding steps. [WFA405]"),
                findings("WFA405", hiring));
    }
}

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
 * The flow rules (WFA1xx): every step reachable, every case able to finish. Each test writes out
 * the model under test, mostly the clean {@code WfaRuleFixture.HIRING} design with one thing
 * changed, {@code «»} where the finding points. The roles, systems and agents they name are those
 * of {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaFlowValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsStepThatCannotBeReached() {
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

                    stage «»Orphan {
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
                hiring.at("error: Stage 'Orphan' cannot be reached from the start: no route leads to it; expected"
                        + " a '->' from an earlier step, or remove it. [WFA101]"),
                findings("WFA101", hiring));
    }

    @Test
    void acceptsStepReachedOnlyThroughRework() {
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
        assertEquals("", findings("WFA101", hiring));
    }

    @Test
    void reportsDeadEnd() {
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
                        sla 3 days on breach -> Stuck
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Done
                        rejected -> Draft
                    }

                    stage «»Stuck {
                        responsible HR.Recruiter
                        accountable HR.Head
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("error: Stage 'Stuck' is a dead end: no end can be reached from it, so its cases never"
                        + " finish; expected a route towards an end. [WFA102]"),
                findings("WFA102", hiring));
    }

    @Test
    void reportsStageThatLeadsOnOnlyWhenItsSlaIsBreached() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage «»Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        sla 3 days on breach -> Approve
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
                hiring.at("error: Stage 'Draft' has no '->': when it completes, its cases go nowhere (only its"
                        + " exception routes lead on); expected '-> <next step>'. [WFA102]"),
                findings("WFA102", hiring));
    }

    @Test
    void reportsLoopWithoutExit() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage «»Draft "Draft the contract" {
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
                        approved -> Draft
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("error: Loop 'Draft' -> 'Approve' has no exit: cases that enter it never leave;"
                        + " expected a decision or approval in the loop with a route out of it. [WFA103]"),
                findings("WFA103", hiring));
    }

    @Test
    void acceptsLoopWithAnExit() {
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
        assertEquals("", findings("WFA103", hiring));
    }

    @Test
    void reportsDecisionWithoutOtherwise() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision «»Check {
                        decided by HR.Head
                        when salary > 100 -> Approve
                        when salary <= 50 -> Done
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
                hiring.at("error: Decision 'Check' has no 'otherwise': cases that match no condition have nowhere"
                        + " to go; expected 'otherwise -> <step>'. [WFA104]"),
                findings("WFA104", hiring));
    }

    @Test
    void namesTheUncoveredEnumerationValues() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision «»Check {
                        decided by HR.Head
                        when level = junior -> Approve
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
                hiring.at("error: Decision 'Check' has no 'otherwise' (values 'senior' of 'level' are not"
                        + " covered): cases that match no condition have nowhere to go; expected 'otherwise -> <step>'."
                        + " [WFA104]"),
                findings("WFA104", hiring));
    }

    @Test
    void acceptsDecisionThatCoversEveryEnumerationValue() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision Check {
                        decided by HR.Head
                        when level = junior -> Approve
                        when level in [senior] -> Done
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
        assertEquals("", findings("WFA104", hiring));
    }

    @Test
    void acceptsDecisionThatTestsAFlagBothWays() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision Check {
                        decided by HR.Head
                        when urgent -> Approve
                        when not urgent -> Done
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
        assertEquals("", findings("WFA104", hiring));
    }

    @Test
    void acceptsRuleTableWhoseRowsCoverEveryEnumerationValue() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision Check {
                        decided by HR.Head
                        rules on level {
                            junior -> Approve
                            in [senior] -> Done
                        }
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
        assertEquals("", findings("WFA104", hiring));
    }

    @Test
    void reportsRuleTableThatMissesAValue() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision «»Check {
                        decided by HR.Head
                        rules on level {
                            junior -> Approve
                        }
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
                hiring.at("error: Decision 'Check' has no 'otherwise' (values 'senior' of 'level' are not"
                        + " covered): cases that match no condition have nowhere to go; expected 'otherwise -> <step>'."
                        + " [WFA104]"),
                findings("WFA104", hiring));
    }

    @Test
    void doesNotReportTheJoinOfAnUnmatchedFork() {
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
                        approved -> Split
                        rejected -> Draft
                    }

                    fork Split {
                        -> Notify
                        -> Done
                    }

                    stage Notify {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    stage Record {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    join Together {
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA108", hiring));
    }

    @Test
    void acceptsDecisionWithTwoRoutes() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision Check {
                        decided by HR.Head
                        when salary > 100 -> Approve
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
        assertEquals("", findings("WFA105", hiring));
    }

    @Test
    void reportsDecisionWithASingleOutcome() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision «»Check {
                        decided by HR.Head
                        when salary > 100 -> Approve
                        otherwise -> Approve
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
                hiring.at("warning: Decision 'Check' always leads to 'Approve': a decision with one outcome"
                        + " decides nothing; expected routes to different steps, or replace it with a '->'. [WFA105]"),
                findings("WFA105", hiring));
    }

    @Test
    void reportsApprovalWithoutRejectedRoute() {
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
                        sla 2 days escalate to HR.Head
                        approved -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("error: Approval 'Approve' has no 'rejected' route: rejected work would fall through"
                        + " the cracks; expected 'rejected -> <step>' (rework or an end). [WFA106]"),
                findings("WFA106", hiring));
    }

    @Test
    void reportsForkWhoseBranchNeverJoins() {
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
                        approved -> Split
                        rejected -> Draft
                    }

                    fork «»Split {
                        -> Notify
                        -> Done
                    }

                    stage Notify {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    stage Record {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    join Together {
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("error: Fork 'Split' has no matching join: branch 'Done' reaches end 'Done' without"
                        + " joining. Parallel branches must meet again at one join (G4: structured models). [WFA107]"),
                findings("WFA107", hiring));
    }

    @Test
    void acceptsForkWhoseBranchesMeetAtOneJoin() {
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
                        approved -> Split
                        rejected -> Draft
                    }

                    fork Split {
                        -> Notify
                        -> Record
                    }

                    stage Notify {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    stage Record {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Together
                    }

                    join Together {
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals("", findings("WFA107", hiring));
        assertEquals("", findings("WFA108", hiring));
    }

    @Test
    void reportsJoinThatClosesNoFork() {
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
                        approved -> Together
                        rejected -> Draft
                    }

                    join «»Together {
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                hiring.at("error: Join 'Together' closes no fork: it waits for parallel branches that no fork"
                        + " starts, so it would wait forever; expected the branches of one fork to meet here, or a '->'"
                        + " instead of the join. [WFA108]"),
                findings("WFA108", hiring));
    }

    @Test
    void reportsTwoStarts() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft
                    «»start Again -> Draft

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
                hiring.at("error: Workflow 'Hiring' has 2 starts: expected one (G3: one start and one end per"
                        + " model); route the cases through a decision after a single start. [WFA109]"),
                findings("WFA109", hiring));
    }

    @Test
    void reportsMissingStartAndEnd() {
        WfaMarkedSource empty = WfaMarkedSource.of("""
                workflow «»Empty "Nothing" {
                    owner acme.org.HR.Head
                }
                """);
        assertEquals(
                empty.at("error: Workflow 'Empty' has no start: expected 'start -> <first step>'. [WFA109]"),
                findings("WFA109", empty));
        assertEquals(
                empty.at("error: Workflow 'Empty' has no end: expected at least one 'end <outcome>'. [WFA110]"),
                findings("WFA110", empty));
    }
}

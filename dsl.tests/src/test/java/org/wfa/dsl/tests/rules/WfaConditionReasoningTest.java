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
 * The rules that reason over conditions: a decision whose conditions route every case needs no
 * {@code otherwise} (WFA104), and an outcome or rule that can never decide is reported (WFA111).
 * Each test writes out the model under test, {@code «»} where the finding points.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaConditionReasoningTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void acceptsNumberRangesThatMeet() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when salary > 10000 -> Approve
                        when salary <= 10000 -> Done
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
    void readsAMonthAsThirtyDaysAsTheEnginesDo() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when notice <= 1 month -> Approve
                        when notice > 30 days -> Done
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
    void acceptsAValueAndTheNegatedListOfIt() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when level not in [junior] -> Approve
                        when level = junior -> Done
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
    void acceptsMirroredComparisonsThatMeet() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when 10000 < salary -> Approve
                        when salary <= 10000 -> Done
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
    void acceptsFlagComparedWithBothLiterals() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when urgent = true -> Approve
                        when urgent != true -> Done
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
    void acceptsDurationRangesThatMeetAtWholeMinutes() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when notice < 2 weeks -> Approve
                        when notice >= 14 days -> Done
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
    void acceptsDateRangesThatMeetAtADay() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when starting <= "2026-12-31" -> Approve
                        when starting > "2026-12-31" -> Done
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
    void acceptsConditionsOverSeveralFieldsThatCoverEveryCase() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when urgent and salary > 100 -> Approve
                        when urgent and not (salary > 100) -> Done
                        when not urgent or level = lead -> Done
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
    void acceptsMultiColumnRuleTableThatCoversEveryCase() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        rules first on level, salary {
                            junior, > 5000 -> Approve
                            junior, <= 5000 -> Done
                            in [senior, lead], - -> Approve
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
    void reportsNumberRangesWithAGap() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when salary > 10000 -> Approve
                        when salary < 10000 -> Done
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
    void namesTheValuesAMultiColumnTableMisses() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        rules first on level, urgent {
                            junior, - -> Approve
                            senior, true -> Done
                            senior, false -> Approve
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
                hiring.at(
                        "error: Decision 'Check' has no 'otherwise' (values 'lead' of 'level' are not covered): cases that"
                                + " match no condition have nowhere to go; expected 'otherwise -> <step>'. [WFA104]"),
                findings("WFA104", hiring));
    }

    @Test
    void staysSilentAboutConditionsItDoesNotUnderstand() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when level = senior -> Done
                        when level = lead and salary > 1 -> Done
                        when salary = salary -> Done
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
        assertEquals("", findings("WFA111", hiring));
    }

    @Test
    void reportsOutcomeCoveredByEarlierOutcomes() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when salary <= 100 -> Done
                        when «»urgent -> Approve
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
                hiring.at(
                        "warning: Outcome 'when urgent' of decision 'Check' is never taken: every case it matches goes"
                                + " to an earlier outcome; expected a condition that some case reaches first, or the outcome"
                                + " removed. [WFA111]"),
                findings("WFA111", hiring));
    }

    @Test
    void reportsOutcomeWhoseConditionCanNeverBeTrue() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when «»salary > 100 and salary < 50 -> Approve
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
                hiring.at("warning: Outcome 'when salary > 100 and salary < 50' of decision 'Check' is never taken: its"
                        + " condition can never be true; expected a condition that some case reaches first, or the"
                        + " outcome removed. [WFA111]"),
                findings("WFA111", hiring));
    }

    @Test
    void acceptsOutcomesThatEachTakeSomeCaseFirst() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        when salary > 50 -> Done
                        when level = junior -> Approve
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
        assertEquals("", findings("WFA111", hiring));
    }

    @Test
    void reportsRuleThatNeverFiresUnderTheFirstHitPolicy() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        rules first on level, salary {
                            -, > 100 -> Approve
                            junior, - -> Done
                            «»junior, >= 200 -> Approve
                        }
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
                hiring.at(
                        "warning: Rule 3 of decision 'Check' never fires: every case it matches is matched by an earlier"
                                + " rule, and the first match decides; expected the rule before the rules that cover it, or"
                                + " removed. [WFA111]"),
                findings("WFA111", hiring));
    }

    @Test
    void reportsOverlappingRulesOfAUniqueTable() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        rules unique on level, salary {
                            junior, > 100 -> Approve
                            senior, - -> Done
                            «»in [junior, lead], < 200 -> Done
                        }
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
                hiring.at(
                        "warning: Rule 3 of decision 'Check' overlaps rule 1: a case matching both breaks the 'unique'"
                                + " hit policy; expected rules that exclude each other, or 'rules first'. [WFA111]"),
                findings("WFA111", hiring));
    }

    @Test
    void readsThePriorityHitPolicyAsTheEnginesDoAsFirst() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        rules priority on level, salary {
                            junior, - -> Approve
                            senior, - -> Done
                            «»in [junior, senior], < 200 -> Done
                        }
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
                hiring.at("warning: Rule 3 of decision 'Check' never fires: every case it matches is matched by an"
                        + " earlier rule, and the first match decides; expected the rule before the rules that cover"
                        + " it, or removed. [WFA111]"),
                findings("WFA111", hiring));
    }

    @Test
    void acceptsUniqueTableWhoseRulesExcludeEachOther() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        urgent: boolean
                        level: enum { junior, senior, lead }
                        notice: duration
                        starting: date
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
                        rules unique on level, salary {
                            junior, > 100 -> Approve
                            junior, <= 100 -> Done
                            in [senior, lead], - -> Done
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
        assertEquals("", findings("WFA111", hiring));
    }
}

package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
 * One defect, one finding: a typo is reported once, by its cause (a syntax error, WFA001, or an
 * unknown name, WFA002), and the rules that would only report its consequences stay silent. Each
 * test changes one thing in the clean {@code WfaRuleFixture.HIRING} design and expects every
 * diagnostic of the workspace, {@code «»} where each points.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaOneDefectOneFindingTest {

    private static final String UNKNOWN_STEP =
            "expected a step of this workflow (stage, decision, approval, fork, join, wait, call or end).";

    @Inject
    private WfaCompiler compiler;

    private String all(WfaMarkedSource w) {
        return WfaRuleFixture.all(compiler, w.text());
    }

    @Test
    void aMisspeltArrowTargetIsOneUnknownName() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        -> «»Aprove
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
                w.at("error: Unknown name 'Aprove': " + UNKNOWN_STEP + " Did you mean 'Approve'? [WFA002]"), all(w));
    }

    @Test
    void aMisspeltAccountableRoleIsOneUnknownName() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable «»HR.Haed
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
                w.at(
                        "error: Unknown name 'HR.Haed': expected a role, person, system or agent. Did you mean 'HR.Head'? [WFA002]"),
                all(w));
    }

    @Test
    void aMisspeltClauseKeywordIsOneSyntaxError() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        «»acountable HR.Head
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
        // The parser leaves the workflow at the stage's '}' and stumbles over the approval; that follows
        // from the typo and is not reported either.
        assertEquals(
                w.at("error: Unknown word 'acountable' in stage 'Draft': did you mean the keyword 'accountable'?"
                        + " [WFA001]"),
                all(w));
    }

    @Test
    void aMisspeltStepKeywordGivesOnlyTheSyntaxError() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    «»stag Draft "Draft the contract" {
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
                w.at("error: Unknown word 'stag' in workflow 'Hiring': did you mean the keyword 'stage'? [WFA001]"),
                all(w));
    }

    @Test
    void aMisspeltProducedArtifactIsOneUnknownName() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces «»Contrct
                        duration 2 days
                        -> Approve
                    }

                    approval Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        sla 2 days escalate to HR.Head
                        approved -> Sign
                        rejected -> Draft
                    }

                    stage Sign "Sign the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        duration 1 day
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                w.at("error: Unknown name 'Contrct': expected an artifact. Did you mean 'Contract'? [WFA002]"), all(w));
    }

    @Test
    void aMisspeltFieldInAConditionIsOneUnknownName() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        senior: boolean
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Route
                    }

                    decision Route "Senior hire?" {
                        decided by HR.Head
                        when «»senor = true -> Approve
                        when senior = false -> Done
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
                w.at("error: Unknown name 'senor': expected a data field of this workflow or enumeration value. Did you"
                        + " mean 'senior'? [WFA002]"),
                all(w));
    }

    @Test
    void aMisspeltFieldComparedWithItsValuesIsOneUnknownName() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        contract: enum { PERMANENT, TEMPORARY }
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Route
                    }

                    decision Route "Permanent contract?" {
                        decided by HR.Head
                        when «»contrat in [PERMANENT, TEMPORARY] -> Approve
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
        // PERMANENT and TEMPORARY are known only where compared with their field.
        assertEquals(
                w.at("error: Unknown name 'contrat': expected a data field of this workflow or enumeration value."
                        + " Did you mean 'contract'? [WFA002]"),
                all(w));
    }

    @Test
    void twoMisspeltFieldsComparedAreTwoUnknownNames() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        salary: number
                        budget: number
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Route
                    }

                    decision Route "Over budget?" {
                        decided by HR.Head
                        when «»salry > «»budgt -> Approve
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
                w.atEach(
                        "error: Unknown name 'salry': expected a data field of this workflow or enumeration value."
                                + " Did you mean 'salary'? [WFA002]",
                        "error: Unknown name 'budgt': expected a data field of this workflow or enumeration value."
                                + " Did you mean 'budget'? [WFA002]"),
                all(w));
    }

    @Test
    void anUnknownNameBesideASyntaxErrorIsStillReported() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner «»HR.Haed
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        «»acountable HR.Head
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
        List<String> byPosition = w.atEach(
                        "error: Unknown name 'HR.Haed': expected a role, person, system or agent. Did you mean"
                                + " 'HR.Head'? [WFA002]",
                        "error: Unknown word 'acountable' in stage 'Draft': did you mean the keyword"
                                + " 'accountable'? [WFA001]")
                .lines()
                .toList();
        assertEquals(byPosition.get(1) + "\n" + byPosition.get(0), all(w));
    }

    @Test
    void aStepNameUsedTwiceIsOneDuplicate() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        assertEquals(
                w.at("error: Duplicate name 'Draft' in workflow 'Hiring': also used by the stage above; expected a name"
                        + " used once per workflow. [WFA003]"),
                all(w));
    }

    @Test
    void causesSortBeforeTheFindingsAboveThem() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow «»Hiring {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> «»Aprove
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
        List<String> byPosition = w.atEach(
                        "warning: Workflow 'Hiring' has neither a title nor a description: expected 'workflow Hiring"
                                + " \"<title>\"' so that people know what it is for. [WFA802]",
                        "error: Unknown name 'Aprove': " + UNKNOWN_STEP + " Did you mean 'Approve'? [WFA002]")
                .lines()
                .toList();
        // The unknown name comes first although it stands below: it is a cause, the title is not.
        assertEquals(byPosition.get(1) + "\n" + byPosition.get(0), all(w));
    }
}

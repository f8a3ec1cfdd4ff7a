package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * The readability rules (WFA8xx): size and titles of workflows. Each test writes out the model
 * under test: the clean {@code WfaRuleFixture.HIRING} design with one thing changed, {@code «»}
 * where the finding points. The roles, systems and agents they name are those of
 * {@code WfaTestWorkspace.ORGANISATION}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaReadabilityValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, WfaMarkedSource... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsWorkflowWithMoreThanFiftySteps() {
        // %s stands for 49 more stages, Extra1 to Extra49: 52 steps in all.
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

                %s
                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """.formatted(chainOfStages(49)));
        assertEquals(
                hiring.at("warning: Workflow 'Hiring' has 52 steps (more than 50): large models are hard to read"
                        + " and error-prone (G7); expected it decomposed into called sub-workflows. [WFA801]"),
                findings("WFA801", hiring));
    }

    /** Stages Extra1..ExtraN, each leading to the next and the last to 'Done': more steps than one can read. */
    private static String chainOfStages(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> """
                    stage Extra%d {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> %s
                    }
                """.formatted(i, i == count ? "Done" : "Extra" + (i + 1)))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void acceptsWorkflowOfFiftySteps() {
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
        assertEquals("", findings("WFA801", hiring));
    }

    @Test
    void acceptsWorkflowWithADescriptionInsteadOfATitle() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring {
                    description "From signed offer to contract"
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
        assertEquals("", findings("WFA802", hiring));
    }

    @Test
    void reportsWorkflowWithoutTitleOrDescription() {
        WfaMarkedSource hiring = WfaMarkedSource.of("""
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
                hiring.at("warning: Workflow 'Hiring' has neither a title nor a description: expected 'workflow"
                        + " Hiring \"<title>\"' so that people know what it is for. [WFA802]"),
                findings("WFA802", hiring));
    }
}

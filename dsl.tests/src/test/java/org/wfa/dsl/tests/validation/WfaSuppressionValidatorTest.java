package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wfa.dsl.tests.support.WfaRuleFixture.hiringWith;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.rules.WfaRule;
import org.wfa.dsl.tests.support.WfaRuleFixture;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSuppressionValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private static final String APPROVER = "    approval Approve \"Approve the contract\" {\n        approver IT.Admin\n";

    @Test
    void acceptsAFindingWithAReason() {
        String text = hiringWith(APPROVER, "    @allow(four-eyes, \"the regulator accepts it below 100 EUR\")\n"
                + "    approval Approve \"Approve the contract\" {\n        approver HR.Head\n");
        assertEquals("w.wfa:20:18: info: Accepted (the regulator accepts it below 100 EUR): Approval 'Approve' is"
                + " approved by role 'HR.Head', who is accountable for the work it approves ('Draft'): four eyes are"
                + " needed; expected an approver other than the performer and the accountable party. [WFA301]",
                WfaRuleFixture.findings(compiler, "WFA301", text));
    }

    @Test
    void reportsSuppressionWithoutReason() {
        String text = hiringWith(APPROVER, "    @allow(four-eyes)\n" + APPROVER);
        assertEquals("w.wfa:18:12: error: '@allow(four-eyes)' gives no reason: expected '@allow(four-eyes, \"why"
                + " this is acceptable here\")'. [WFA017]", WfaRuleFixture.findings(compiler, "WFA017", text));
    }

    @Test
    void reportsSuppressionOfAnUnknownRule() {
        String text = hiringWith(APPROVER, "    @allow(four-eye, \"typo\")\n" + APPROVER);
        assertEquals("w.wfa:18:12: error: Unknown rule 'four-eye': did you mean 'four-eyes'? [WFA016]",
                WfaRuleFixture.findings(compiler, "WFA016", text));
    }

    @Test
    void suppressionOnAWorkflowCoversItsSteps() {
        String text = hiringWith("workflow Hiring \"Hiring\" {", "@allow(escalation-to-self, \"small team\")\n"
                + "workflow Hiring \"Hiring\" {").replace("        duration 2 days\n",
                        "        duration 2 days\n        sla 3 days escalate to HR.Recruiter\n");
        String findings = WfaRuleFixture.findings(compiler, "WFA304", text);
        assertTrue(findings.contains("info: Accepted (small team)"), findings);
        assertEquals("", findings.replaceAll("(?m)^.*info: Accepted.*$", "").strip());
    }

    /** Rule names contain words that are keywords elsewhere ('to', 'informed', 'date'...). */
    @ParameterizedTest
    @EnumSource(WfaRule.class)
    void everyRuleCanBeNamed(WfaRule rule) {
        String text = hiringWith("workflow Hiring \"Hiring\" {", "@allow(" + rule.ruleName()
                + ", \"a reason\")\nworkflow Hiring \"Hiring\" {");
        assertEquals("", WfaRuleFixture.findings(compiler, "WFA001", text) + WfaRuleFixture.findings(compiler, "WFA016", text));
    }
}

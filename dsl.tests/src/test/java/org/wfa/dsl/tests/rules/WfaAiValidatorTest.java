package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wfa.dsl.tests.support.WfaRuleFixture.HIRING;
import static org.wfa.dsl.tests.support.WfaRuleFixture.hiringWith;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaRuleFixture;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaAiValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    private static final String AI_STAGE = "        responsible HR.Recruiter\n";

    @Test
    void reportsAiOutputWithoutHumanReview() {
        assertEquals("w.wfa:27:21: error: Stage 'Screen' is performed by AI agent 'Screener' and its output goes on without human review: expected 'reviewed by <role>' or an approval by a person right after it. [WFA701]", findings("WFA701", hiringWith("        approved -> Done\n", "        approved -> Screen\n")
                .replace("    end Done {", "    stage Screen {\n        responsible Screener\n        accountable HR.Head\n"
                        + "        consumes Contract\n        sla 1 hour escalate to HR.Recruiter\n        -> Done\n    }\n\n    end Done {")));
    }

    @Test
    void acceptsAiOutputReviewedByAPerson() {
        assertEquals("", findings("WFA701", hiringWith(AI_STAGE, "        responsible Screener\n        reviewed by HR.Recruiter\n")));
    }

    @Test
    void acceptsAiOutputApprovedByAPersonRightAfter() {
        assertEquals("", findings("WFA701", hiringWith(AI_STAGE, "        responsible Screener\n")));
    }

    @Test
    void reportsAiStageWithoutFallbackToAPerson() {
        assertEquals("w.wfa:11:21: warning: Stage 'Draft' is performed by AI agent 'Screener' with no fallback to a person: if the agent fails or stalls, nobody takes over; expected 'sla <duration> escalate to <role>' or an 'on breach -> <step>' that a person takes over. [WFA702]", findings("WFA702", hiringWith(AI_STAGE, "        responsible Screener\n        reviewed by HR.Recruiter\n")));
    }

    @Test
    void acceptsAiStageThatEscalatesToAPerson() {
        assertEquals("", findings("WFA702", hiringWith(AI_STAGE,
                "        responsible Screener\n        reviewed by HR.Recruiter\n        sla 1 hour escalate to HR.Recruiter\n")));
    }

    @Test
    void acceptsSupervisedAgent() {
        assertEquals("", findings("WFA703", "package acme.ai\n\nagent Bound \"Supervised bot\" {\n    does \"Drafts\"\n"
                + "    supervised by acme.org.HR.Head\n}\n"));
    }

    @Test
    void reportsAgentWithoutSupervisor() {
        assertEquals("w.wfa:3:7: warning: AI agent 'Loose' has no supervisor: expected 'supervised by <role>', the people who answer for what it does. [WFA703]", findings("WFA703", "package acme.ai\n\nagent Loose \"Unsupervised bot\" {\n    does \"Anything\"\n}\n"));
    }
}

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
class WfaReadabilityValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsWorkflowWithMoreThanFiftySteps() {
        String text = WfaRuleFixture.hiringWithStages(49, "HR.Recruiter", "HR.Head");
        assertEquals("w.wfa:5:10: warning: Workflow 'Hiring' has 52 steps (more than 50): large models are hard to read and error-prone (G7); expected it decomposed into called sub-workflows. [WFA801]", findings("WFA801", text));
    }

    @Test
    void acceptsWorkflowOfFiftySteps() {
        assertEquals("", findings("WFA801", HIRING));
    }

    @Test
    void acceptsWorkflowWithADescriptionInsteadOfATitle() {
        assertEquals("", findings("WFA802", hiringWith("workflow Hiring \"Hiring\" {\n",
                "workflow Hiring {\n    description \"From signed offer to contract\"\n")));
    }

    @Test
    void reportsWorkflowWithoutTitleOrDescription() {
        assertEquals("w.wfa:5:10: warning: Workflow 'Hiring' has neither a title nor a description: expected 'workflow Hiring \"<title>\"' so that people know what it is for. [WFA802]", findings("WFA802", hiringWith("workflow Hiring \"Hiring\" {", "workflow Hiring {")));
    }
}

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
class WfaInformationValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsHandoffBetweenTeamsWithoutArtifact() {
        assertEquals("w.wfa:26:11: warning: Hand-off from 'Approve' (team 'IT') to 'Announce' (team 'HR') passes no"
                + " artifact: what the next team needs stays in people's heads; expected 'Announce' to consume an"
                + " artifact produced before it. [WFA401]", findings("WFA401", announce("")));
    }

    @Test
    void acceptsHandoffThatPassesAnArtifact() {
        assertEquals("", findings("WFA401", announce("        consumes Contract\n")));
    }

    @Test
    void acceptsReworkSentBackByAnApproval() {
        assertEquals("", findings("WFA401", HIRING));
    }

    /** The fixture with an HR stage after the IT approval. */
    private static String announce(String clauses) {
        return hiringWith("        approved -> Done\n", "        approved -> Announce\n").replace("    end Done {",
                "    stage Announce {\n        responsible HR.Recruiter\n        accountable HR.Head\n" + clauses
                        + "        -> Done\n    }\n\n    end Done {");
    }

    @Test
    void reportsArtifactConsumedBeforeItIsProduced() {
        assertEquals("w.wfa:13:18: error: Stage 'Draft' consumes 'Contract', which is not produced before it on every path from the start: expected a stage before it that produces it, or 'receives Contract' if the workflow gets it with its trigger. [WFA402]", findings("WFA402", hiringWith("        produces Contract\n", "        consumes Contract\n")));
    }

    @Test
    void acceptsArtifactTheWorkflowReceives() {
        assertEquals("", findings("WFA402", hiringWith("        produces Contract\n", "        consumes Contract\n")
                .replace("    sla 10 days\n", "    sla 10 days\n    receives Contract\n")));
    }

    @Test
    void acceptsArtifactProducedOnOneBranchOfAFork() {
        String text = hiringWith("        approved -> Done\n", "        approved -> Split\n").replace("    end Done {", """
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

                    end Done {""".stripLeading()).replace("    start -> Draft\n", "    artifact Letter \"Welcome letter\" internal\n    start -> Draft\n");
        assertEquals("", findings("WFA402", text));
    }

    @Test
    void reportsArtifactProducedButNeverUsed() {
        assertEquals("w.wfa:8:14: warning: Artifact 'Notes' is produced but never consumed or delivered in workflow 'Hiring': expected a stage that consumes it or a 'notify ... of Notes', or remove it. [WFA403]", findings("WFA403", hiringWith("        produces Contract\n", "        produces Contract, Notes\n")
                .replace("    start -> Draft\n", "    artifact Notes \"Interview notes\" internal\n    start -> Draft\n")));
    }

    @Test
    void reportsConfidentialArtifactSentByChat() {
        assertEquals("w.wfa:27:45: warning: Artifact 'Contract' is confidential but is sent via chat: expected a controlled channel (portal or ticket, or email). [WFA404]", findings("WFA404", hiringWith("of Contract via email", "of Contract via chat")));
    }

    @Test
    void acceptsConfidentialArtifactSentByEmail() {
        assertEquals("", findings("WFA404", HIRING));
    }

    @Test
    void reportsRequesterNeverInformed() {
        assertEquals("w.wfa:5:10: warning: Workflow 'Hiring' never informs its requester role 'HR.Recruiter' of the outcome: expected 'notify' at its ends or 'informed' on the deciding steps. [WFA405]", findings("WFA405", hiringWith("    end Done {\n        notify HR.Recruiter of Contract via email\n    }\n",
                "    end Done\n")));
    }
}

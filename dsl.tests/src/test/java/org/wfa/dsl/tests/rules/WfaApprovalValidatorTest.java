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
class WfaApprovalValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsApproverWhoDidTheWork() {
        assertEquals("w.wfa:19:18: error: Approval 'Approve' is approved by role 'HR.Recruiter', who is responsible for the work it approves ('Draft'): four eyes are needed; expected an approver other than the performer and the accountable party. [WFA301]", findings("WFA301", hiringWith("        approver IT.Admin\n", "        approver HR.Recruiter\n")));
    }

    @Test
    void reportsApproverWhoIsAccountableForTheWork() {
        assertEquals("w.wfa:19:18: error: Approval 'Approve' is approved by role 'HR.Head', who is accountable for the work it approves ('Draft'): four eyes are needed; expected an approver other than the performer and the accountable party. [WFA301]", findings("WFA301", hiringWith("        approver IT.Admin\n", "        approver HR.Head\n")));
    }

    @Test
    void reportsPersonApprovingWorkOfARoleTheyHold() {
        assertEquals("w.wfa:19:18: error: Approval 'Approve' is approved by person 'alice', who holds a role responsible"
                + " for the work it approves ('Draft'): four eyes are needed; expected an approver other than the"
                + " performer and the accountable party. [WFA301]",
                findings("WFA301", hiringWith("        approver IT.Admin\n", "        approver alice\n")));
    }

    @Test
    void reportsApprovalWithoutApprover() {
        assertEquals("w.wfa:18:14: error: Approval 'Approve' has no approver: expected 'approver <role>'. [WFA306]",
                findings("WFA306", hiringWith("        approver IT.Admin\n", "")));
    }

    @Test
    void acceptsAnApproverOtherThanPerformerAndAccountable() {
        assertEquals("", findings("WFA301", HIRING));
    }

    @Test
    void reportsDecisionWithoutDecider() {
        String text = hiringWith("        -> Approve\n    }\n", "        -> Check\n    }\n\n    decision Check {\n"
                + "        when true -> Approve\n        otherwise -> Done\n    }\n");
        assertEquals("w.wfa:18:14: warning: Decision 'Check' does not say who decides: expected 'decided by <role or system>'. [WFA302]", findings("WFA302", text));
    }

    @Test
    void reportsApprovalWithoutSla() {
        assertEquals("w.wfa:18:14: warning: Approval 'Approve' has no SLA: work waits on a person with no limit; expected 'sla <duration> escalate to <role>'. [WFA303]", findings("WFA303", hiringWith("        sla 2 days escalate to HR.Head\n", "")));
    }

    @Test
    void reportsWaitWithoutTimeout() {
        String text = hiringWith("        approved -> Done\n", "        approved -> Signed\n").replace("    end Done {",
                "    wait Signed {\n        for event \"Contract signed\"\n        -> Done\n    }\n\n    end Done {");
        assertEquals("w.wfa:26:10: warning: Wait 'Signed' has no timeout: if the awaited event never comes, the case waits forever; expected 'timeout <duration> -> <step>'. [WFA303]", findings("WFA303", text));
    }

    @Test
    void acceptsWaitWithTimeout() {
        String text = hiringWith("        approved -> Done\n", "        approved -> Signed\n").replace("    end Done {",
                "    wait Signed {\n        for event \"Contract signed\"\n        timeout 5 days -> Done\n        -> Done\n"
                        + "    }\n\n    end Done {");
        assertEquals("", findings("WFA303", text));
    }

    @Test
    void reportsEscalationToThePerformer() {
        assertEquals("w.wfa:15:32: warning: The SLA of stage 'Draft' escalates to role 'HR.Recruiter', who is already doing the late work: expected escalation to someone else (a manager or a deputy). [WFA304]", findings("WFA304", hiringWith("        duration 2 days\n",
                "        duration 2 days\n        sla 3 days escalate to HR.Recruiter\n")));
    }

    @Test
    void acceptsEscalationToTheAccountable() {
        assertEquals("", findings("WFA304", hiringWith("        duration 2 days\n",
                "        duration 2 days\n        sla 3 days escalate to HR.Head\n")));
    }

    @Test
    void reportsApprovalThatDoesNotSayWhatItApproves() {
        assertEquals("w.wfa:18:14: warning: Approval 'Approve' does not say what it approves: expected 'approves <stage>', so that four eyes can be checked. [WFA305]", findings("WFA305", hiringWith("        approves Draft\n", "")));
    }
}

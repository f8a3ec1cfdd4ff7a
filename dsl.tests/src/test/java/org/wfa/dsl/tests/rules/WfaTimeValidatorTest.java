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
class WfaTimeValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsCriticalPathLongerThanTheSla() {
        assertEquals("w.wfa:7:9: warning: The critical path of workflow 'Hiring' takes 14 days ('Draft') but its SLA is 10 days: expected shorter durations, parallel work, or a realistic SLA. [WFA601]", findings("WFA601", hiringWith("        duration 2 days\n", "        duration 2 weeks\n")));
    }

    @Test
    void acceptsCriticalPathWithinTheSla() {
        assertEquals("", findings("WFA601", HIRING));
    }

    @Test
    void reportsRoleAccountableForMostStages() {
        String text = WfaRuleFixture.hiringWithStages(4, "IT.ServiceDesk", "HR.Head");
        assertEquals("w.wfa:5:10: warning: Role 'HR.Head' is accountable for 5 of the 5 stages of workflow 'Hiring': one role that answers for most of the work becomes the bottleneck; expected accountability spread over the roles that do the work. [WFA602]", findings("WFA602", text));
    }

    @Test
    void acceptsRoleAccountableForMostOfFewStages() {
        String text = WfaRuleFixture.hiringWithStages(3, "IT.ServiceDesk", "HR.Head");
        assertEquals("", findings("WFA602", text));
    }

    @Test
    void acceptsApproverOnThreeApprovals() {
        StringBuilder approvals = new StringBuilder();
        for (int i = 1; i <= 2; i++) {
            approvals.append("    approval Check").append(i).append(" {\n        approver IT.Admin\n        approves Draft\n")
                    .append("        sla 1 day escalate to HR.Head\n        approved -> ")
                    .append(i == 2 ? "Done" : "Check" + (i + 1)).append("\n        rejected -> Draft\n    }\n\n");
        }
        String text = hiringWith("        approved -> Done\n", "        approved -> Check1\n")
                .replace("    end Done {", approvals + "    end Done {");
        assertEquals("", findings("WFA603", text));
    }

    @Test
    void reportsApproverOnTooManyApprovals() {
        StringBuilder approvals = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            approvals.append("    approval Check").append(i).append(" {\n        approver IT.Admin\n        approves Draft\n")
                    .append("        sla 1 day escalate to HR.Head\n        approved -> ")
                    .append(i == 4 ? "Done" : "Check" + (i + 1)).append("\n        rejected -> Draft\n    }\n\n");
        }
        String text = hiringWith("        approved -> Done\n", "        approved -> Check1\n")
                .replace("    end Done {", approvals + "    end Done {");
        assertEquals("w.wfa:50:14: warning: Role 'IT.Admin' approves 5 times in workflow 'Hiring' (more than 3): every case queues at the same desk; expected fewer approvals or delegated limits. [WFA603]", findings("WFA603", text));
    }
}

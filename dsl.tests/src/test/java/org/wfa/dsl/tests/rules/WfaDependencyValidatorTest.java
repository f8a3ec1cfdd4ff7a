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
class WfaDependencyValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsWorkflowsWaitingOnEachOther() {
        String first = hiringWith("        approved -> Done\n", "        approved -> Provision\n").replace("    end Done {",
                "    call Provision {\n        workflow acme.it.Provisioning\n        accountable HR.Head\n        -> Done\n"
                        + "    }\n\n    end Done {");
        String second = """
                package acme.it

                workflow Provisioning "Provisioning" {
                    owner acme.org.IT.Admin
                    start -> Hire

                    call Hire {
                        workflow acme.hr.Hiring
                        accountable acme.org.IT.Admin
                        -> Done
                    }

                    end Done
                }
                """;
        assertEquals("w.wfa:5:10: error: Workflow 'Hiring' waits on itself through 'Hiring' -> 'Provisioning' -> 'Hiring': each waits for the other to finish, so none ever does; expected the cycle broken (one of them should not call or wait for the next). [WFA501]" + "\n"
                + "w1.wfa:3:10: error: Workflow 'Provisioning' waits on itself through 'Provisioning' -> 'Hiring' -> 'Provisioning': each waits for the other to finish, so none ever does; expected the cycle broken (one of them should not call or wait for the next). [WFA501]", findings("WFA501", first, second));
    }

    @Test
    void acceptsAWorkflowCallingAnotherThatDoesNotCallBack() {
        String first = hiringWith("        approved -> Done\n", "        approved -> Provision\n").replace("    end Done {",
                "    call Provision {\n        workflow acme.it.Provisioning\n        accountable HR.Head\n        -> Done\n"
                        + "    }\n\n    end Done {");
        String second = "package acme.it\n\nworkflow Provisioning \"Provisioning\" {\n    owner acme.org.IT.Admin\n"
                + "    start -> Done\n\n    end Done\n}\n";
        assertEquals("", findings("WFA501", first, second));
    }

    @Test
    void reportsSystemOfAnotherTeamUsedWithoutDependency() {
        String text = hiringWith("    owner HR.Head\n", "    owner IT.Admin\n").replace("        duration 2 days\n",
                "        duration 2 days\n        uses Workday\n");
        assertEquals("w.wfa:15:14: warning: Stage 'Draft' uses system 'Workday', owned by team 'HR', but workflow 'Hiring' declares no dependency on it: expected 'depends on system Workday' (or on team 'HR') so that its owners know. [WFA502]", findings("WFA502", text));
    }

    @Test
    void reportsSystemOfAnotherTeamResponsibleWithoutDependency() {
        String text = hiringWith("    owner HR.Head\n", "    owner IT.Admin\n").replace("        responsible HR.Recruiter\n",
                "        responsible Workday\n");
        assertEquals("w.wfa:11:21: warning: Stage 'Draft' uses system 'Workday', owned by team 'HR', but workflow 'Hiring'"
                + " declares no dependency on it: expected 'depends on system Workday' (or on team 'HR') so that its"
                + " owners know. [WFA502]", findings("WFA502", text));
    }

    @Test
    void acceptsSystemOfAnotherTeamWithDeclaredDependency() {
        String text = hiringWith("    owner HR.Head\n", "    owner IT.Admin\n    depends on system Workday\n")
                .replace("        duration 2 days\n", "        duration 2 days\n        uses Workday\n");
        assertEquals("", findings("WFA502", text));
    }
}

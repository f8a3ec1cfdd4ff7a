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
class WfaOwnershipValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    @Test
    void reportsStageWithoutAccountable() {
        assertEquals("w.wfa:10:11: error: Stage 'Draft' has no accountable party: expected exactly one 'accountable <role>' who answers for the result. [WFA201]", findings("WFA201", hiringWith("        accountable HR.Head\n", "")));
    }

    @Test
    void reportsStageWithTwoAccountables() {
        assertEquals("w.wfa:12:30: error: Stage 'Draft' has 2 accountable parties: expected exactly one; when everyone is accountable, no one is (make the others responsible or consulted). [WFA201]", findings("WFA201", hiringWith("        accountable HR.Head\n",
                "        accountable HR.Head, IT.Admin\n")));
    }

    @Test
    void acceptsOneAccountableRole() {
        assertEquals("", findings("WFA201", HIRING));
    }

    @Test
    void acceptsStageWithoutResponsibleWhenItIsACall() {
        String text = hiringWith("        approved -> Done\n", "        approved -> Provision\n").replace("    end Done {",
                "    call Provision {\n        workflow Hiring\n        accountable HR.Head\n        -> Done\n    }\n\n    end Done {");
        assertEquals("", findings("WFA206", text));
    }

    @Test
    void reportsWorkflowWithoutOwner() {
        assertEquals("w.wfa:5:10: warning: Workflow 'Hiring' has no owner: expected 'owner <role>', the role accountable for the workflow as a whole. [WFA202]", findings("WFA202", hiringWith("    owner HR.Head\n", "")));
    }

    @Test
    void reportsSystemMadeAccountable() {
        assertEquals("w.wfa:12:21: error: Stage 'Draft' makes system 'Workday' accountable: a system or AI agent cannot answer for a result; expected a human role (make it responsible instead). [WFA203]", findings("WFA203", hiringWith("        accountable HR.Head\n", "        accountable Workday\n")));
    }

    @Test
    void reportsAgentOwningTheWorkflow() {
        assertEquals("w.wfa:6:11: error: Workflow 'Hiring' is owned by agent 'Screener': a system or AI agent cannot be accountable; expected a human role. [WFA203]", findings("WFA203", hiringWith("    owner HR.Head\n", "    owner Screener\n")));
    }

    @Test
    void reportsPersonMadeResponsible() {
        assertEquals("w.wfa:11:21: warning: Stage 'Draft' makes person 'alice' responsible: work that depends on one named person stops when they are away; expected a role such as 'HR.Recruiter'. [WFA204]", findings("WFA204", hiringWith("        responsible HR.Recruiter\n", "        responsible alice\n")));
    }

    @Test
    void acceptsRoleMadeResponsible() {
        assertEquals("", findings("WFA204", HIRING));
    }

    @Test
    void reportsRoleHeldByOnePersonCarryingMuchOfTheWork() {
        String text = WfaRuleFixture.hiringWithStages(3, "HR.Recruiter", "HR.Head");
        assertEquals("w.wfa:5:10: warning: Role 'HR.Recruiter' is held by one person and carries 4 of the 4 stages of workflow 'Hiring' (more than 30%): the workflow stops when that person is away; expected a second holder or a deputy. [WFA205]", findings("WFA205", text));
    }

    @Test
    void acceptsRoleWithSeveralHolders() {
        String organisationWithDeputy = "package acme.more\n\nperson bob \"Bob\" {\n    holds acme.org.HR.Recruiter\n}\n";
        String text = WfaRuleFixture.hiringWithStages(3, "HR.Recruiter", "HR.Head");
        assertEquals("", findings("WFA205", text, organisationWithDeputy));
    }

    @Test
    void reportsStageWithoutResponsible() {
        assertEquals("w.wfa:10:11: warning: Stage 'Draft' has no responsible party: expected 'responsible <role, system or agent>' who does the work. [WFA206]", findings("WFA206", hiringWith("        responsible HR.Recruiter\n", "")));
    }
}

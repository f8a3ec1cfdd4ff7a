package org.wfa.dsl.tests.support;

import java.util.stream.Collectors;

import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * A clean workflow that no rule objects to, and the compilation of the models that rule tests
 * write out in full. The rule tests show their workflow whole, starting from this design and
 * changing one thing; the organisation they refer to is {@link WfaTestWorkspace#ORGANISATION}.
 */
public final class WfaRuleFixture {

    /** Passes every rule. Variations replace parts of it. */
    public static final String HIRING = """
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
            """;

    private WfaRuleFixture() {}

    /**
     * Compiles the organisation and the given files (without their markers), and renders the
     * diagnostics with the given code, to compare with {@link WfaMarkedSource#at(String)}.
     */
    public static String findings(WfaCompiler compiler, String code, WfaMarkedSource... files) {
        WfaTestWorkspace workspace = WfaTestWorkspace.withOrganisation();
        for (WfaMarkedSource file : files) {
            workspace.file(file.name(), file.text());
        }
        Compilation compilation = workspace.compile(compiler);
        return compilation.diagnostics().stream()
                .filter(d -> d.code().equals(code))
                .map(WfaDiagnostic::toText)
                .collect(Collectors.joining("\n"));
    }

    /** All diagnostics, for checking that a variation breaks nothing else. */
    public static String all(WfaCompiler compiler, String... files) {
        WfaTestWorkspace workspace = WfaTestWorkspace.withOrganisation();
        for (int i = 0; i < files.length; i++) {
            workspace.file("w" + (i == 0 ? "" : String.valueOf(i)) + ".wfa", files[i]);
        }
        return WfaTestWorkspace.render(workspace.compile(compiler));
    }
}

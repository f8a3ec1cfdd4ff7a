package org.wfa.dsl.tests.support;

import java.util.stream.Collectors;

import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * A clean workflow that no rule objects to, and helpers to compile variations of it: each rule
 * test starts from a design known to be sound and changes one thing.
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

    private WfaRuleFixture() {
    }

    /** Compiles the organisation and the given workflow files, and renders the diagnostics with the given code. */
    public static String findings(WfaCompiler compiler, String code, String... files) {
        WfaTestWorkspace workspace = WfaTestWorkspace.withOrganisation();
        for (int i = 0; i < files.length; i++) {
            workspace.file("w" + (i == 0 ? "" : String.valueOf(i)) + ".wfa", files[i]);
        }
        Compilation compilation = workspace.compile(compiler);
        return compilation.diagnostics().stream().filter(d -> d.code().equals(code)).map(WfaDiagnostic::toText)
                .collect(Collectors.joining("\n"));
    }

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
        return compilation.diagnostics().stream().filter(d -> d.code().equals(code)).map(WfaDiagnostic::toText)
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

    /**
     * The fixture with a chain of extra stages Extra1..ExtraN after the approval, each done by
     * the given responsible role and owned by the given accountable role.
     */
    public static String hiringWithStages(int count, String responsible, String accountable) {
        StringBuilder stages = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            stages.append("    stage Extra").append(i).append(" {\n        responsible ").append(responsible)
                    .append("\n        accountable ").append(accountable).append("\n        consumes Contract\n        -> ")
                    .append(i == count ? "Done" : "Extra" + (i + 1)).append("\n    }\n\n");
        }
        return hiringWith("        approved -> Done\n", "        approved -> Extra1\n")
                .replace("    end Done {", stages + "    end Done {");
    }

    /** The fixture with one text replaced; fails loudly when the text is not there. */
    public static String hiringWith(String original, String replacement) {
        if (!HIRING.contains(original)) {
            throw new IllegalArgumentException("fixture has no '" + original + "'");
        }
        return HIRING.replace(original, replacement);
    }
}

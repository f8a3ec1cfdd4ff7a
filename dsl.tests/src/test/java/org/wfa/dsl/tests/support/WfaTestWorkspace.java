package org.wfa.dsl.tests.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * Compiles in-memory files as one workspace, the way {@code wfa check} does.
 */
public final class WfaTestWorkspace {

    /** A small organisation model that most test snippets refer to. */
    public static final String ORGANISATION = """
            package acme.org

            team HR "Human Resources" {
                role Recruiter "Recruiter"
                role Head "Head of HR"
            }

            team IT {
                role ServiceDesk
                role Admin
            }

            person alice "Alice Martin" {
                holds HR.Recruiter
            }

            system Workday "Workday HCM" {
                owned by HR
            }

            agent Screener "CV screening assistant" {
                does "Ranks applications"
                supervised by HR.Recruiter
                uses Workday
            }

            artifact Contract "Employment contract" confidential
            """;

    private final List<SourceFile> sources = new ArrayList<>();

    public static WfaTestWorkspace withOrganisation() {
        return new WfaTestWorkspace().file("org.wfa", ORGANISATION);
    }

    public WfaTestWorkspace file(String name, String text) {
        sources.add(new SourceFile(Path.of("/workspace", name), name, text));
        return this;
    }

    /** The file a test wrote out with markers, without them. */
    public WfaTestWorkspace file(WfaMarkedSource source) {
        return file(source.name(), source.text());
    }

    public Compilation compile(WfaCompiler compiler) {
        return compiler.compileSources(sources);
    }

    /** The language's own diagnostics (codes WFA0xx: syntax, names, types, clauses), one per line. */
    public static String renderLanguage(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.code().startsWith("WFA0"))
                .map(WfaDiagnostic::toText)
                .collect(Collectors.joining("\n"));
    }

    /** The diagnostics of a compilation as {@code file:line:column: severity: message [code]} lines. */
    public static String render(Compilation compilation) {
        return compilation.diagnostics().stream().map(WfaDiagnostic::toText).collect(Collectors.joining("\n"));
    }
}

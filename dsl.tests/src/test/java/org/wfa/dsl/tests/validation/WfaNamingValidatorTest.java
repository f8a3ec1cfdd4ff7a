package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Inject;

/**
 * Names declared twice (WFA003) and enumeration values given twice (WFA015). Each test writes out
 * every file it compiles, {@code «»} at each name the findings point at.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaNamingValidatorTest {

    @Inject
    private WfaCompiler compiler;

    /** The language's own diagnostics (WFA0xx) of the files, compiled as one workspace. */
    private String language(WfaMarkedSource... files) {
        WfaTestWorkspace workspace = new WfaTestWorkspace();
        for (WfaMarkedSource file : files) {
            workspace.file(file);
        }
        return WfaTestWorkspace.renderLanguage(workspace.compile(compiler));
    }

    @Test
    void reportsDuplicateDeclarationInOneFile() {
        WfaMarkedSource organisation = WfaMarkedSource.named("org.wfa", """
                package acme.org

                team HR {
                    role Head
                    role «»Head
                }

                system «»HR
                """);
        assertEquals(
                organisation.atEach(
                        "error: Duplicate name 'acme.org.HR.Head': also declared as role above; expected a name that"
                                + " identifies one element. [WFA003]",
                        "error: Duplicate name 'acme.org.HR': also declared as team above; expected a name that identifies"
                                + " one element. [WFA003]"),
                language(organisation));
    }

    @Test
    void reportsDuplicateDeclarationAcrossFiles() {
        WfaMarkedSource organisation = WfaMarkedSource.named("org.wfa", """
                package acme.org

                team HR "Human Resources" {
                    role Recruiter "Recruiter"
                    role Head "Head of HR"
                }

                team «»IT {
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
                """);
        WfaMarkedSource more = WfaMarkedSource.named("more.wfa", """
                package acme.org

                team «»IT
                """);
        assertEquals(
                more.at("error: Duplicate name 'acme.org.IT': also declared in 'org.wfa'; expected a name that"
                                + " identifies one element. [WFA003]")
                        + "\n"
                        + organisation.at(
                                "error: Duplicate name 'acme.org.IT': also declared in 'more.wfa'; expected a name"
                                        + " that identifies one element. [WFA003]"),
                language(organisation, more));
    }

    @Test
    void reportsDuplicateStepDataAndEnumerationNamesInAWorkflow() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    data {
                        «»Done: enum { a, b, «»a }
                    }
                    start -> Done

                    end Done
                }
                """);
        assertEquals(
                w.atEach(
                        "error: Duplicate name 'Done' in workflow 'W': also used by the end above; expected a name used once"
                                + " per workflow. [WFA003]",
                        "error: Duplicate enumeration value 'a': expected each value once. [WFA015]"),
                language(WfaMarkedSource.named("org.wfa", WfaTestWorkspace.ORGANISATION), w));
    }
}

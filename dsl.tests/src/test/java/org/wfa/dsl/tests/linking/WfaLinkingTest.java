package org.wfa.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaLinkingTest {

    @Inject
    private WfaCompiler compiler;

    @Test
    void resolvesOrganisationAcrossFilesThroughWildcardImport() {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("hiring.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring {
                    owner HR.Head
                    start -> Screen

                    stage Screen {
                        responsible Screener
                        accountable HR.Recruiter
                        uses Workday
                        produces Contract
                        reviewed by HR.Recruiter
                        -> Done
                    }

                    end Done
                }
                """).compile(compiler);
        assertEquals("", WfaTestWorkspace.renderLanguage(compilation));
        Model organisation =
                (Model) compilation.resources().get(0).getContents().get(0);
        Model hiring = (Model) compilation.resources().get(1).getContents().get(0);
        Stage screen = (Stage) hiring.getWorkflows().get(0).getNodes().get(0);
        Role recruiter = organisation.getTeams().get(0).getRoles().get(0);
        assertSame(recruiter, screen.getAccountable().get(0));
    }

    /**
     * An import is a name, resolved only among the files of the workspace being compiled: a file
     * beside the workspace folder is never read, whatever it declares, and a path is no import.
     */
    @Test
    void importsReachNothingOutsideTheWorkspace(@TempDir Path temp) throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.writeString(temp.resolve("outside.wfa"), "package outside\n\nteam Secret {\n    role Keeper\n}\n");
        WfaMarkedSource hiring = WfaMarkedSource.of("""
                package acme.hr

                import outside.*

                workflow Hiring {
                    owner «»Secret.Keeper
                    start -> Done
                    end Done
                }
                """);
        WfaMarkedSource path = WfaMarkedSource.named("path.wfa", """
                package acme.path

                import «»"../outside.wfa"
                """);
        Files.writeString(workspace.resolve(hiring.name()), hiring.text());
        Files.writeString(workspace.resolve(path.name()), path.text());

        String diagnostics = WfaTestWorkspace.render(compiler.compile(List.of(workspace)));

        assertTrue(diagnostics.contains(hiring.at("error: Unknown name 'Secret.Keeper'")), diagnostics);
        assertTrue(
                diagnostics.contains(path.at("error: Unexpected '\"../outside.wfa\"': expected a name. [WFA001]")),
                diagnostics);
    }

    @Test
    void resolvesFullyQualifiedNamesWithoutImport() {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.finance

                workflow Pay {
                    owner acme.org.HR.Head
                    start -> Done

                    end Done
                }
                """).compile(compiler);
        assertEquals("", WfaTestWorkspace.renderLanguage(compilation));
    }

    @Test
    void resolvesCalledWorkflowsInOtherPackages() {
        Compilation compilation = WfaTestWorkspace.withOrganisation()
                .file("it.wfa", """
                package acme.it

                workflow Provisioning {
                    start -> Done

                    end Done
                }
                """)
                .file("hr.wfa", """
                package acme.hr

                import acme.it.Provisioning

                workflow Onboarding {
                    depends on workflow Provisioning
                    start -> Provision

                    call Provision {
                        workflow Provisioning
                        -> Done
                    }

                    end Done
                }
                """)
                .compile(compiler);
        assertEquals("", WfaTestWorkspace.renderLanguage(compilation));
    }

    @Test
    void reportsUnresolvedNameWithExpectedKindAndSuggestion() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    owner «»HR.Haed
                    start -> Done

                    end Done
                }
                """);
        Compilation compilation = WfaTestWorkspace.withOrganisation().file(w).compile(compiler);
        assertEquals(
                w.at("error: Unknown name 'HR.Haed': expected a role, person, system or agent."
                        + " Did you mean 'HR.Head'? [WFA002]"),
                WfaTestWorkspace.renderLanguage(compilation));
    }

    @Test
    void narrowsReferencesToTheKindTheyAccept() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow W {
                    start -> S

                    stage S {
                        accountable HR.Head
                        uses «»HR.Recruiter
                        sla 1 day escalate to «»Workday
                        -> Done
                    }

                    end Done
                }
                """);
        Compilation compilation = WfaTestWorkspace.withOrganisation().file(w).compile(compiler);
        assertEquals(
                w.atEach(
                        "error: Unknown name 'HR.Recruiter': expected a system. [WFA002]",
                        "error: Unknown name 'Workday': expected a role or person. [WFA002]"),
                WfaTestWorkspace.renderLanguage(compilation));
    }

    @Test
    void keepsStepsLocalToTheirWorkflow() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow A {
                    start -> Shared

                    end Shared
                }

                workflow B {
                    start -> Shared

                    end Shared
                }

                workflow C {
                    start -> «»Shared
                }
                """);
        Compilation compilation = WfaTestWorkspace.withOrganisation().file(w).compile(compiler);
        assertEquals(
                w.at("error: Unknown name 'Shared': expected a step of this workflow (stage, decision,"
                        + " approval, fork, join, wait, call or end). [WFA002]"),
                WfaTestWorkspace.renderLanguage(compilation));
        Model model = (Model) compilation.resources().get(1).getContents().get(0);
        Workflow b = model.getWorkflows().get(1);
        assertSame(b.getNodes().get(0), b.getStarts().get(0).getTarget());
    }

    @Test
    void resolvesEnumerationValuesOfTheComparedField() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    data {
                        risk: enum { low, high }
                        priority: enum { low, urgent }
                    }
                    start -> D

                    decision D {
                        when risk = high and priority in [low, urgent] -> E
                        when low = priority -> E
                        when risk = «»urgent -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        Compilation compilation = WfaTestWorkspace.withOrganisation().file(w).compile(compiler);
        assertEquals(
                w.at("error: Unknown name 'urgent': expected a data field of this workflow or"
                        + " enumeration value. [WFA002]"),
                WfaTestWorkspace.renderLanguage(compilation));
    }
}

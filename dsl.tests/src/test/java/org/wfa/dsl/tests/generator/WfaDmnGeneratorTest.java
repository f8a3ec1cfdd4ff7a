package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.model.dmn.Dmn;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDmnOracle;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/**
 * The DMN output, checked by a real DMN engine (Operaton's, FEEL by feel-scala): for every rule of
 * every rule table of the examples, a case built to satisfy that rule is evaluated by the engine
 * and compared with the route the .wfa rule table gives under its hit policy.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaDmnGeneratorTest {

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyFileIsValidDmnAndMatchesItsGoldenFile(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.DMN);
        for (GeneratedFile file : files) {
            Dmn.validateModel(Dmn.readModelFromStream(
                    new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8))));
        }
        WfaDocsFixture.assertGolden(workspace, files, path -> path.startsWith("dmn/"));
    }

    @Test
    void theEngineRoutesEveryRuleOfEveryTableAsTheRuleTableSays() throws Exception {
        Compilation compilation = WfaDocsFixture.compile(compiler, "examples");
        int cases =
                WfaDmnOracle.assertRoutesAsWritten(compilation, generator.generate(compilation, Set.of(WfaTarget.DMN)));
        assertTrue(cases >= 13, "too few cases evaluated: " + cases);
    }

    /** FEEL would read not(true) as the function 'not' applied to true: a test that never matches. */
    @Test
    void aBooleanCellThatExcludesAValueMatchesTheOther() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    data {
                        urgent: boolean
                        senior: boolean
                    }
                    start -> route
                    decision route "Route" {
                        decided by Workday
                        rules on urgent, senior {
                            != true, != false -> calm "neither urgent nor junior"
                            != false, - -> rush "urgent"
                        }
                        otherwise -> calm
                    }
                    end calm
                    end rush
                }
                """).compile(compiler);
        assertFalse(compilation.hasErrors(), WfaTestWorkspace.render(compilation));
        List<GeneratedFile> dmn = generator.generate(compilation, Set.of(WfaTarget.DMN));
        assertTrue(
                dmn.get(0).content().contains("<text>false</text>"), dmn.get(0).content());
        assertEquals(2, WfaDmnOracle.assertRoutesAsWritten(compilation, dmn));
    }

    /** feel-scala misreads a quote escaped right after an escaped backslash, as in the text 0 \". */
    @Test
    void aTextCellWithABackslashBeforeAQuoteMatchesThatText() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    data {
                        note: text
                        urgent: boolean
                    }
                    start -> route
                    decision route "Route" {
                        decided by Workday
                        rules on note, urgent {
                            "0 \\\\\\\"", - -> calm "a backslash, then a quote"
                        }
                        otherwise -> rush
                    }
                    end calm
                    end rush
                }
                """).compile(compiler);
        assertFalse(compilation.hasErrors(), WfaTestWorkspace.render(compilation));
        List<GeneratedFile> dmn = generator.generate(compilation, Set.of(WfaTarget.DMN));
        assertEquals(1, WfaDmnOracle.assertRoutesAsWritten(compilation, dmn));
    }

    @Test
    void cellsBecomeFeelUnaryTests() throws Exception {
        String dmn = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DMN),
                "dmn/acme.procurement.PurchaseToPay.dmn");
        assertTrue(dmn.contains("<text>&lt; 10000</text>"), dmn);
        assertTrue(dmn.contains("<text>\"GOODS\",\"SERVICES\"</text>"), dmn);
        assertTrue(dmn.contains("hitPolicy=\"UNIQUE\""), dmn);
        assertFalse(dmn.contains("otherwise"), "no rule stands for 'otherwise': no match takes the default flow");
    }
}

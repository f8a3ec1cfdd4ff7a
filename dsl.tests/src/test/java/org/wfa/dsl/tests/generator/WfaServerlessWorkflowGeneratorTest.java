package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaSchemas;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaServerlessWorkflowGeneratorTest {

    private static final Schema schema = WfaSchemas.serverlessWorkflow();

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyDocumentValidatesAgainstTheOfficialSchema(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.SW);
        assertFalse(files.isEmpty());
        for (GeneratedFile file : files) {
            List<Error> errors = schema.validate(file.content(), InputFormat.YAML);
            assertEquals(
                    List.of(),
                    errors.stream()
                            .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                            .toList(),
                    file.path());
        }
    }

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void documentsMatchTheGoldenFiles(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.SW);
        WfaDocsFixture.assertGolden(workspace, files, path -> path.startsWith("sw/"));
    }

    /**
     * Line and paragraph separators (and characters outside the BMP) in text are written as escapes that every YAML reader knows,
     * not SnakeYAML's '\\L' and '\\P', which the YAML reader under Jackson (and with it the
     * Serverless Workflow SDKs) rejects; a backslash in plain text stays as it is.
     */
    @Test
    void textWithLineSeparatorsIsReadBackByJacksonsYamlReader() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring "one\u2028two\u2029three\u0085four\rfive \uD83D\uDE80" {
                    description "a plain \\\\L and \\\\P, not escapes"
                    start -> done
                    end done
                }
                """).compile(compiler);
        assertFalse(compilation.hasErrors(), WfaTestWorkspace.render(compilation));
        String yaml =
                generator.generate(compilation, Set.of(WfaTarget.SW)).get(0).content();
        assertTrue(yaml.contains("title: \"one\\u2028two\\u2029three\\u0085four\\rfive \\U0001F680\""), yaml);
        JsonNode document = new YAMLMapper().readTree(yaml).get("document");
        assertEquals(
                "one\u2028two\u2029three\u0085four\rfive \uD83D\uDE80",
                document.get("title").asString());
        assertEquals("a plain \\L and \\P, not escapes", document.get("summary").asString());
        assertEquals(
                List.of(),
                schema.validate(yaml, InputFormat.YAML).stream()
                        .map(Error::getMessage)
                        .toList());
    }

    @Test
    void theSchemaRejectsADocumentThatBreaksIt() {
        List<Error> errors = schema.validate("""
                document: { dsl: 1.0.3, namespace: acme, name: w, version: 1.0.0 }
                do:
                  - route: { switch: [] }
                """, InputFormat.YAML);
        assertFalse(errors.isEmpty(), "the validator must be able to fail");
    }

    @Test
    void decisionsBecomeSwitchesOnJqConditionsAndWorkWaitsForItsCompletionEvent() throws Exception {
        String document = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.SW),
                "sw/acme.finance.ExpenseReimbursement.sw.yaml");
        assertTrue(
                document.startsWith("document:\n  dsl: 1.0.3\n  namespace: acme-finance\n  name: ExpenseReimbursement\n"
                        + "  version: 3.0.0\n"),
                document);
        assertTrue(document.contains("""
                - receiptsComplete:
                    switch:
                    - case1:
                        when: ${ ((.hasReceipts) | not) and (.amount >= 25 or (((.category == "MEALS" or .category == "OTHER")) | not)) }
                        then: requestReceipts
                    - otherwise:
                        then: managerApproval
                """), document);
        assertTrue(document.contains("""
                    - awaitCompletion:
                        listen:
                          to:
                            one:
                              with:
                                type: org.wfa.work.completed
                                subject: submitClaim
                """), document);
        assertTrue(document.contains("""
                - managerApprovalOutcome:
                    switch:
                    - approved:
                        when: ${ .managerApprovalApproved == true }
                        then: financeNeeded
                    - rejected:
                        then: claimRejected
                """), document);
    }

    @Test
    void everySlaOfAStepIsKept() throws Exception {
        String document = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.SW),
                "sw/acme.operations.IncidentManagement.sw.yaml");
        String mitigate = document.substring(document.indexOf("- mitigate:"));
        String sla = mitigate.substring(mitigate.indexOf("      sla:"), mitigate.indexOf("    then:"));
        assertEquals(2, sla.split("- within:", -1).length - 1, sla);
    }

    @Test
    void generationIsByteIdenticalAcrossRuns() throws Exception {
        assertEquals(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.SW),
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.SW));
    }
}

package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.build.WfaBuildRequest;
import org.wfa.dsl.build.WfaBuilder;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaFailOn;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaGeneratorRefusal;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaSchemas;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaInputException;

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

    @Inject
    private WfaBuilder builder;

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

    /** The semantics measures a workflow's own SLA; a workflow {@code timeout} would fault the case. */
    @Test
    void aWorkflowsOwnSlaIsMetadataNotATimeout() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    sla 10 days escalate to HR.Head
                    start -> done
                    end done
                }
                """);
        assertFalse(yaml.contains("\ntimeout:"), yaml);
        assertTrue(yaml.contains("""
                    sla:
                      within: P10D
                      escalateTo: acme.org.HR.Head
                """), yaml);
    }

    /** Of several SLAs with a breach route the earliest interrupts, wherever it is written. */
    @Test
    void theEarliestSlaWithABreachRouteIsTheOneTimeboxed() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start -> work
                    stage work "Work" {
                        sla 5 days on breach -> late
                        sla 2 days on breach -> urgent
                        -> done
                    }
                    end late
                    end urgent
                    end done
                }
                """);
        assertTrue(yaml.contains("timeout:\n          after: P2D"), yaml);
        assertFalse(yaml.contains("after: P5D"), yaml);
        assertTrue(yaml.contains("""
                - workBreach:
                    switch:
                    - breached:
                        when: ${ .workBreached == true }
                        then: urgent
                """), yaml);
    }

    /** The semantics: a case that no route of a decision without otherwise takes fails there. */
    @Test
    void aDecisionWithoutOtherwiseRaisesAnErrorWhenNoConditionHolds() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        when amount > 100 -> big
                    }
                    end big
                }
                """);
        assertTrue(yaml.contains("""
                    - otherwise:
                        then: checkNoRoute
                - checkNoRoute:
                    raise:
                      error:
                        type: https://wfa.dev/errors/no-route
                        status: 400
                        title: No route
                        detail: 'decision ''check'': no condition holds and it has no otherwise'
                """), yaml);
    }

    @Test
    void aDecisionThatTheReasoningProvesCompleteHasNoOtherwiseCase() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        when amount > 100 -> big
                        when amount <= 100 -> small
                    }
                    end big
                    end small
                }
                """);
        assertFalse(yaml.contains("otherwise"), yaml);
        assertFalse(yaml.contains("raise"), yaml);
    }

    /** A priority table takes, of the matching rows, the one whose step it names first: rows ordered by that rank. */
    @Test
    void aPriorityTableTakesItsRowsInTheRankOfTheirSteps() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        rules priority on amount {
                            > 100 -> big
                            > 1000 -> huge
                            > 10 -> big
                        }
                        otherwise -> small
                    }
                    end big
                    end huge
                    end small
                }
                """);
        assertTrue(yaml.contains("""
                    - rule1:
                        when: ${ .amount > 100 }
                        then: big
                    - rule2:
                        when: ${ .amount > 10 }
                        then: big
                    - rule3:
                        when: ${ .amount > 1000 }
                        then: huge
                """), yaml);
    }

    /** Two matching rows of a unique table fail the case: checked before the rows are taken in order. */
    @Test
    void aUniqueTableWhoseRowsCanOverlapRaisesAnErrorWhenTwoMatch() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        rules unique on amount {
                            > 100 -> big
                            > 1000 -> huge
                        }
                        otherwise -> small
                    }
                    end big
                    end huge
                    end small
                }
                """);
        assertTrue(yaml.contains("""
                    - conflict:
                        when: ${ ([(if .amount > 100 then "row1" else empty end), (if .amount > 1000 then "row2" else empty end)] | unique | length) > 1 }
                        then: checkConflict
                    - rule1:
                """), yaml);
        assertTrue(yaml.contains("""
                - checkConflict:
                    raise:
                      error:
                        type: https://wfa.dev/errors/rule-conflict
                """), yaml);
    }

    /** Where the reasoning proves that no two rows match together, taking the first matching row is the unique one. */
    @Test
    void aUniqueTableProvenFreeOfOverlapsIsWrittenInOrderWithoutACheck() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        rules unique on amount {
                            > 100 -> big
                            <= 100 -> small
                        }
                    }
                    end big
                    end small
                }
                """);
        assertFalse(yaml.contains("conflict"), yaml);
        assertFalse(yaml.contains("raise"), yaml);
    }

    /** Matching rows of an 'any' table must lead to the same step: rows that agree are no conflict. */
    @Test
    void anAnyTableChecksThatItsMatchingRowsLeadToTheSameStep() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        rules any on amount {
                            > 100 -> big
                            > 1000 -> big
                            < 0 -> small
                        }
                        otherwise -> small
                    }
                    end big
                    end small
                }
                """);
        assertFalse(yaml.contains("conflict"), "the rows that overlap agree: " + yaml);
        String disagreeing = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { amount: number }
                    start -> check
                    decision check {
                        rules any on amount {
                            > 100 -> big
                            > 1000 -> small
                        }
                        otherwise -> small
                    }
                    end big
                    end small
                }
                """);
        assertTrue(
                disagreeing.contains("(if .amount > 100 then \"big\" else empty end), (if .amount > 1000 then"
                        + " \"small\" else empty end)] | unique | length) > 1 }"),
                disagreeing);
    }

    /** A case begins at one of several starts: the one its input names, else the first. */
    @Test
    void severalStartsBecomeASwitchOnTheStartTheInputNames() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start applied -> screen
                    start -> interview
                    stage screen "Screen" { -> interview }
                    stage interview "Interview" { -> done }
                    end done
                }
                """);
        assertTrue(yaml.contains("""
                do:
                - start:
                    switch:
                    - applied:
                        when: ${ .start == "applied" }
                        then: screen
                    - interview:
                        when: ${ .start == "interview" }
                        then: interview
                    - otherwise:
                        then: screen
                - screen:
                """), yaml);
    }

    /**
     * An end consumes only its token: in a branch of a fork whose branches each go on alone it
     * ends the branch ({@code exit}); the case completes when every branch has.
     */
    @Test
    void anEndInABranchThatGoesOnAloneEndsOnlyThatBranch() throws Exception {
        String yaml = sw("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start -> split
                    fork split { -> a  -> b }
                    stage a "A" { -> doneA }
                    stage b "B" { -> doneB }
                    end doneA
                    end doneB
                }
                """);
        assertTrue(yaml.contains("""
                          - doneA:
                              set:
                                outcome: doneA
                              then: exit
                """), yaml);
        assertTrue(yaml.contains("""
                      compete: false
                    then: end
                """), yaml);
        assertEquals(1, yaml.split("- doneA:", -1).length - 1, "the branch's steps are written once, in the branch");
    }

    @Test
    void aJoinEnteredFromOutsideItsForkIsRefused() throws Exception {
        assertEquals(
                "w.wfa:15:10: the sw target cannot run join 'both', which 'triage' leads to from outside its fork"
                        + " 'split' (the semantics makes the join wait for ever for the fork's branches: a deadlock);"
                        + " lead 'triage' to the fork 'split' or past the join, or build without the sw target",
                refusal("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { urgent: boolean }
                    start -> triage
                    decision triage {
                        when urgent = true -> both
                        otherwise -> split
                    }
                    fork split { -> a  -> b }
                    stage a "A" { -> both }
                    stage b "B" { -> both }
                    join both { -> done }
                    end done
                }
                """));
    }

    /** A branch that reaches an end shared with another branch does not go on alone: no SW construct runs it. */
    @Test
    void aForkWhoseBranchesMeetAtAnEndIsRefused() throws Exception {
        assertEquals(
                "w.wfa:7:10: the sw target cannot run fork 'split', whose branches do not all meet at one join"
                        + " (branch 'a' reaches end 'done' without joining), unless each branch goes on alone to its"
                        + " own ends; lead every branch to one join after which the flow goes on, or let each branch"
                        + " reach only its own steps and ends, or build without the sw target",
                refusal("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start -> split
                    fork split { -> a  -> b }
                    stage a "A" { -> done }
                    stage b "B" { -> done }
                    end done
                }
                """));
    }

    @Test
    void aStepOnTwoBranchesOfAForkIsRefused() throws Exception {
        assertEquals(
                "w.wfa:10:11: the sw target cannot run step 'b2' on both branches 'a' and 'b' of fork 'split' (the"
                        + " semantics runs it once per token, and its join gets two tokens from one branch); give"
                        + " each branch its own steps up to the join 'both', or build without the sw target",
                refusal("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start -> split
                    fork split { -> a  -> b }
                    stage a "A" { -> b2 }
                    stage b "B" { -> b2 }
                    stage b2 "B2" { -> both }
                    join both { -> done }
                    end done
                }
                """));
    }

    @Test
    void aBranchThatLeadsBackToItsForkBeforeTheJoinIsRefused() throws Exception {
        assertEquals(
                "w.wfa:7:10: the sw target cannot run fork 'split', whose branch 'a' leads back to the fork before"
                        + " its join 'both'; loop back to the fork only after the join, or build without the sw"
                        + " target",
                refusal("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { again: boolean }
                    fork split { -> a  -> b }
                    stage a "A" { -> retry }
                    decision retry {
                        when again = true -> split
                        otherwise -> both
                    }
                    stage b "B" { -> both }
                    join both { -> done }
                    end done
                    start -> split
                }
                """));
    }

    /** The semantics consumes the token of a step without a route: the join would wait for ever. */
    @Test
    void aStepThatEndsABranchBeforeItsJoinIsRefused() throws Exception {
        assertEquals(
                "w.wfa:13:11: the sw target cannot run step 'park', which ends branch 'a' of fork 'split' without"
                        + " reaching its join 'both' (the semantics makes the join wait for ever); lead 'park' on to"
                        + " the join, or build without the sw target",
                refusal("""
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data { ready: boolean }
                    start -> split
                    fork split { -> a  -> b }
                    decision a {
                        when ready = true -> both
                        otherwise -> park
                    }
                    stage park "Park" { }
                    stage b "B" { -> both }
                    join both { -> done }
                    end done
                }
                """));
    }

    /** Through the build use case, the refusal is an input error and nothing is written. */
    @Test
    void theBuildReportsARefusalAsAnInputError(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("org.wfa"), WfaTestWorkspace.ORGANISATION);
        Path source = folder.resolve("w.wfa");
        Files.writeString(source, """
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start -> split
                    @allow(fork-without-join, "both branches end the case")
                    fork split { -> a  -> b }
                    stage a "A" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> done
                    }
                    stage b "B" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> done
                    }
                    end done
                }
                """);
        Path out = folder.resolve("out");
        WfaInputException refused = assertThrows(
                WfaInputException.class,
                () -> builder.build(
                        new WfaBuildRequest(List.of(folder), Set.of(WfaTarget.SW), WfaFailOn.ERROR, out, "test"),
                        compilation ->
                                assertFalse(WfaFailOn.ERROR.fails(compilation), WfaTestWorkspace.render(compilation)),
                        (done, total) -> {}));
        assertTrue(refused.getMessage().contains("the sw target cannot run fork 'split'"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("(nothing generated; the previous outputs are unchanged)"));
        assertFalse(Files.exists(out.resolve("sw")), "nothing is written");
    }

    /** The document of a one-workflow workspace, checked against the official schema. */
    private String sw(String source) throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", source).compile(compiler);
        String yaml = generator.generate(compilation, Set.of(WfaTarget.SW)).stream()
                .filter(f -> f.path().equals("sw/acme.hr.W.sw.yaml"))
                .findFirst()
                .orElseThrow()
                .content();
        assertEquals(
                List.of(),
                schema.validate(yaml, InputFormat.YAML).stream()
                        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                        .toList(),
                yaml);
        return yaml;
    }

    /** The message of the sw target's refusal to generate a one-workflow workspace. */
    private String refusal(String source) {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", source).compile(compiler);
        return assertThrows(WfaGeneratorRefusal.class, () -> generator.generate(compilation, Set.of(WfaTarget.SW)))
                .getMessage();
    }

    @Test
    void generationIsByteIdenticalAcrossRuns() throws Exception {
        assertEquals(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.SW),
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.SW));
    }
}

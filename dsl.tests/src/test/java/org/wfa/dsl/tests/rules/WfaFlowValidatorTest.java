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
class WfaFlowValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String findings(String code, String... files) {
        return WfaRuleFixture.findings(compiler, code, files);
    }

    private static final String ORPHAN = """
                end Done {""";

    @Test
    void reportsStepThatCannotBeReached() {
        assertEquals("w.wfa:26:11: error: Stage 'Orphan' cannot be reached from the start: no route leads to it;"
                + " expected a '->' from an earlier step, or remove it. [WFA101]",
                findings("WFA101", hiringWith(ORPHAN, """
                            stage Orphan {
                                responsible HR.Recruiter
                                accountable HR.Head
                                -> Done
                            }

                            end Done {""")));
    }

    @Test
    void acceptsStepReachedOnlyThroughRework() {
        assertEquals("", findings("WFA101", HIRING));
    }

    @Test
    void reportsDeadEnd() {
        String text = hiringWith("        duration 2 days\n", "        duration 2 days\n        sla 3 days on breach -> Stuck\n")
                .replace("    end Done {", """
                    stage Stuck {
                        responsible HR.Recruiter
                        accountable HR.Head
                    }

                    end Done {""".stripLeading().indent(4).stripTrailing().substring(4));
        assertEquals("w.wfa:27:7: error: Stage 'Stuck' is a dead end: no end can be reached from it, so its cases"
                + " never finish; expected a route towards an end. [WFA102]", findings("WFA102", text));
    }

    @Test
    void reportsStageThatLeadsOnOnlyWhenItsSlaIsBreached() {
        String text = hiringWith("        duration 2 days\n        -> Approve\n",
                "        duration 2 days\n        sla 3 days on breach -> Approve\n");
        assertEquals("w.wfa:10:11: error: Stage 'Draft' has no '->': when it completes, its cases go nowhere (only its"
                + " exception routes lead on); expected '-> <next step>'. [WFA102]", findings("WFA102", text));
    }

    @Test
    void reportsLoopWithoutExit() {
        assertEquals("w.wfa:10:11: error: Loop 'Draft' -> 'Approve' has no exit: cases that enter it never leave;"
                + " expected a decision or approval in the loop with a route out of it. [WFA103]",
                findings("WFA103", hiringWith("approved -> Done", "approved -> Draft")));
    }

    @Test
    void acceptsLoopWithAnExit() {
        assertEquals("", findings("WFA103", HIRING));
    }

    @Test
    void reportsDecisionWithoutOtherwise() {
        assertEquals("w.wfa:22:14: error: Decision 'Check' has no 'otherwise': cases that match no condition have"
                + " nowhere to go; expected 'otherwise -> <step>'. [WFA104]",
                findings("WFA104", decision("        when salary > 100 -> Approve\n        when salary <= 50 -> Done\n")));
    }

    @Test
    void namesTheUncoveredEnumerationValues() {
        assertEquals("w.wfa:22:14: error: Decision 'Check' has no 'otherwise' (values 'senior' of 'level' are not"
                + " covered): cases that match no condition have nowhere to go; expected 'otherwise -> <step>'."
                + " [WFA104]", findings("WFA104", decision("        when level = junior -> Approve\n")));
    }

    @Test
    void acceptsDecisionThatCoversEveryEnumerationValue() {
        assertEquals("", findings("WFA104",
                decision("        when level = junior -> Approve\n        when level in [senior] -> Done\n")));
    }

    @Test
    void acceptsDecisionThatTestsAFlagBothWays() {
        String text = decision("        when urgent -> Approve\n        when not urgent -> Done\n")
                .replace("        salary: number\n", "        salary: number\n        urgent: boolean\n");
        assertEquals("", findings("WFA104", text));
    }

    @Test
    void acceptsRuleTableWhoseRowsCoverEveryEnumerationValue() {
        assertEquals("", findings("WFA104", decision("        rules on level {\n            junior -> Approve\n"
                + "            in [senior] -> Done\n        }\n")));
    }

    @Test
    void reportsRuleTableThatMissesAValue() {
        assertEquals("w.wfa:22:14: error: Decision 'Check' has no 'otherwise' (values 'senior' of 'level' are not"
                + " covered): cases that match no condition have nowhere to go; expected 'otherwise -> <step>'."
                + " [WFA104]", findings("WFA104", decision("        rules on level {\n            junior -> Approve\n"
                        + "        }\n")));
    }

    @Test
    void doesNotReportTheJoinOfAnUnmatchedFork() {
        assertEquals("", findings("WFA108", parallel("        -> Notify\n        -> Done\n", JOINED_BRANCHES)));
    }

    @Test
    void acceptsDecisionWithTwoRoutes() {
        assertEquals("", findings("WFA105", decision("        when salary > 100 -> Approve\n        otherwise -> Done\n")));
    }

    @Test
    void reportsDecisionWithASingleOutcome() {
        assertEquals("w.wfa:22:14: warning: Decision 'Check' always leads to 'Approve': a decision with one outcome"
                + " decides nothing; expected routes to different steps, or replace it with a '->'. [WFA105]",
                findings("WFA105", decision("        when salary > 100 -> Approve\n        otherwise -> Approve\n")));
    }

    @Test
    void reportsApprovalWithoutRejectedRoute() {
        assertEquals("w.wfa:18:14: error: Approval 'Approve' has no 'rejected' route: rejected work would fall"
                + " through the cracks; expected 'rejected -> <step>' (rework or an end). [WFA106]",
                findings("WFA106", hiringWith("        rejected -> Draft\n", "")));
    }

    @Test
    void reportsForkWhoseBranchNeverJoins() {
        assertEquals("w.wfa:26:10: error: Fork 'Split' has no matching join: branch 'Done' reaches end 'Done'"
                + " without joining. Parallel branches must meet again at one join (G4: structured models). [WFA107]",
                findings("WFA107", parallel("        -> Notify\n        -> Done\n", JOINED_BRANCHES)));
    }

    @Test
    void acceptsForkWhoseBranchesMeetAtOneJoin() {
        assertEquals("", findings("WFA107", parallel("        -> Notify\n        -> Record\n", JOINED_BRANCHES))
                + findings("WFA108", parallel("        -> Notify\n        -> Record\n", JOINED_BRANCHES)));
    }

    @Test
    void reportsJoinThatClosesNoFork() {
        String text = hiringWith("        approved -> Done\n", "        approved -> Together\n").replace(ORPHAN, """
                            join Together {
                                -> Done
                            }

                            end Done {""");
        assertEquals("w.wfa:26:10: error: Join 'Together' closes no fork: it waits for parallel branches that no"
                + " fork starts, so it would wait forever; expected the branches of one fork to meet here, or a '->'"
                + " instead of the join. [WFA108]", findings("WFA108", text));
    }

    @Test
    void reportsTwoStarts() {
        assertEquals("w.wfa:9:5: error: Workflow 'Hiring' has 2 starts: expected one (G3: one start and one end per"
                + " model); route the cases through a decision after a single start. [WFA109]",
                findings("WFA109", hiringWith("    start -> Draft\n", "    start -> Draft\n    start Again -> Draft\n")));
    }

    @Test
    void reportsMissingStartAndEnd() {
        String text = """
                workflow Empty "Nothing" {
                    owner acme.org.HR.Head
                }
                """;
        assertEquals("w.wfa:1:10: error: Workflow 'Empty' has no start: expected 'start -> <first step>'. [WFA109]",
                findings("WFA109", text));
        assertEquals("w.wfa:1:10: error: Workflow 'Empty' has no end: expected at least one 'end <outcome>'. [WFA110]",
                findings("WFA110", text));
    }

    private static final String JOINED_BRANCHES = """
                stage Notify {
                    responsible HR.Recruiter
                    accountable HR.Head
                    consumes Contract
                    -> Together
                }

                stage Record {
                    responsible HR.Recruiter
                    accountable HR.Head
                    consumes Contract
                    -> Together
                }

                join Together {
                    -> Done
                }

            """;

    /** The fixture with a fork after the approval's approved route, and more steps before the end. */
    private static String parallel(String branches, String steps) {
        return hiringWith("        approved -> Done\n", "        approved -> Split\n").replace("    end Done {",
                "    fork Split {\n" + branches + "    }\n\n" + steps + "    end Done {");
    }

    /** A workflow with case data and a decision 'Check' between the draft and the approval. */
    private static String decision(String outcomes) {
        return hiringWith("    start -> Draft\n", """
                    data {
                        salary: number
                        level: enum { junior, senior }
                    }
                    start -> Draft
                """).replace("        -> Approve\n    }\n", "        -> Check\n    }\n\n    decision Check {\n"
                + "        decided by HR.Head\n" + outcomes + "    }\n");
    }
}

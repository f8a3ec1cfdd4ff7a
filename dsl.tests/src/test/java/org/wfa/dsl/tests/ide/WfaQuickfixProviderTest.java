package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaRuleFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

/**
 * The quick fixes as an editor gets them: code actions of the language server for the
 * diagnostics it published, applied to the file.
 */
class WfaQuickfixProviderTest extends AbstractLanguageServerTest {

    WfaQuickfixProviderTest() {
        super("wfa");
    }

    /** Asks for the code actions at a position, applies the one with the title, and returns the file's new text. */
    private String fix(String model, int line, int column, String title) {
        String[] result = new String[1];
        testCodeAction(configuration -> {
            configuration.setFilesInScope(Map.of("org.wfa", WfaTestWorkspace.ORGANISATION));
            configuration.setModel(model);
            configuration.setLine(line);
            configuration.setColumn(column);
            configuration.setAssertCodeActions(actions -> result[0] = apply(model, actions, title));
        });
        return result[0];
    }

    private static String apply(String model, List<Either<Command, CodeAction>> actions, String title) {
        CodeAction action = actions.stream().filter(Either::isRight).map(Either::getRight)
                .filter(a -> a.getTitle().equals(title)).findFirst().orElse(null);
        assertNotNull(action, () -> "no code action '" + title + "' among "
                + actions.stream().map(a -> a.isRight() ? a.getRight().getTitle() : a.getLeft().getTitle()).toList());
        List<TextEdit> edits = new ArrayList<>(action.getEdit().getChanges().values().iterator().next());
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        String text = model;
        for (TextEdit edit : edits) {
            text = text.substring(0, offset(text, edit.getRange().getStart())) + edit.getNewText()
                    + text.substring(offset(text, edit.getRange().getEnd()));
        }
        return text;
    }

    private static int offset(String text, org.eclipse.lsp4j.Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    @Test
    void replacesAnUnresolvedNameWithTheSuggestion() {
        String model = WfaRuleFixture.hiringWith("        accountable HR.Head\n", "        accountable HR.Haed\n");
        assertEquals(WfaRuleFixture.HIRING, fix(model, 11, 22, "Change to 'HR.Head'"));
    }

    @Test
    void addsOtherwiseToADecisionThatDoesNotCoverEveryCase() {
        String model = WfaRuleFixture.hiringWith("        -> Approve\n    }\n", "        -> Check\n    }\n\n"
                + "    decision Check {\n        decided by HR.Head\n        when true -> Approve\n    }\n");
        String expected = model.replace("        when true -> Approve\n    }\n",
                "        when true -> Approve\n        otherwise -> Done\n    }\n");
        assertEquals(expected, fix(model, 17, 14, "Add 'otherwise' leading to an end"));
    }

    @Test
    void makesTheMostFrequentAccountableRoleTheOwner() {
        String model = WfaRuleFixture.hiringWith("    owner HR.Head\n", "");
        assertEquals(WfaRuleFixture.HIRING, fix(model, 4, 10, "Make the most frequent accountable role the owner"));
    }

    @Test
    void addsAnEscalatingSlaToAnApproval() {
        String model = WfaRuleFixture.hiringWith("        sla 2 days escalate to HR.Head\n", "");
        String expected = model.replace("        rejected -> Draft\n    }\n",
                "        rejected -> Draft\n        sla 2 days escalate to HR.Head\n    }\n");
        assertEquals(expected, fix(model, 17, 14, "Add an SLA that escalates to the workflow's owner"));
    }

    @Test
    void addsHumanReviewToAnAiStage() {
        String model = WfaRuleFixture.hiringWith("        approved -> Done\n", "        approved -> Screen\n")
                .replace("    end Done {", "    stage Screen {\n        responsible Screener\n        accountable HR.Head\n"
                        + "        consumes Contract\n        sla 1 hour escalate to HR.Head\n        -> Done\n    }\n\n"
                        + "    end Done {");
        String expected = model.replace("        -> Done\n    }\n\n    end Done {",
                "        -> Done\n        reviewed by HR.Recruiter\n    }\n\n    end Done {");
        assertEquals(expected, fix(model, 26, 20, "Add 'reviewed by' the agent's supervisor"));
    }

    @Test
    void addsAReasonToASuppression() {
        String model = WfaRuleFixture.hiringWith("workflow Hiring \"Hiring\" {",
                "@allow(missing-title)\nworkflow Hiring \"Hiring\" {");
        String expected = model.replace("@allow(missing-title)",
                "@allow(missing-title, \"explain why this finding is acceptable here\")");
        assertEquals(expected, fix(model, 4, 8, "Add a reason"));
    }

    @Test
    void joinsBranchesThatRunIntoTheSameEnd() {
        String branches = """
                    fork Split {
                        -> Notify
                        -> Record
                    }

                    stage Notify {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Done
                    }

                    stage Record {
                        responsible HR.Recruiter
                        accountable HR.Head
                        consumes Contract
                        -> Done
                    }

                """;
        String model = WfaRuleFixture.hiringWith("        approved -> Done\n", "        approved -> Split\n")
                .replace("    end Done {", branches + "    end Done {");
        String expected = model.replace("        -> Done\n    }\n\n    stage Record", "        -> SplitJoined\n    }\n\n    stage Record")
                .replace("        -> Done\n    }\n\n    end Done {", "        -> SplitJoined\n    }\n\n    join SplitJoined {\n"
                        + "        -> Done\n    }\n\n    end Done {");
        assertEquals(expected, fix(model, 25, 10, "Join the branches before the end they reach"));
    }
}

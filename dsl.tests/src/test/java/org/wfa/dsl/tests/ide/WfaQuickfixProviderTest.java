package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

/**
 * The quick fixes as an editor gets them: code actions of the language server for the
 * diagnostics it published, applied to the file. Each test writes out the file, {@code «»} where
 * the diagnostic the fix answers begins.
 */
class WfaQuickfixProviderTest extends AbstractLanguageServerTest {

    WfaQuickfixProviderTest() {
        super("wfa");
    }

    /**
     * Asks for the code actions at the marker, checks that the one with the title answers the
     * diagnostic that begins there, applies it and returns the file's new text.
     */
    private String fix(WfaMarkedSource model, String title) {
        WfaMarkedSource.Position marker = model.markers().get(0);
        // The protocol counts lines and characters from 0, the marker from 1.
        Position at = new Position(marker.line() - 1, marker.column() - 1);
        String[] result = new String[1];
        testCodeAction(configuration -> {
            configuration.setFilesInScope(Map.of("org.wfa", WfaTestWorkspace.ORGANISATION));
            configuration.setModel(model.text());
            configuration.setLine(at.getLine());
            configuration.setColumn(at.getCharacter());
            configuration.setAssertCodeActions(actions -> result[0] = apply(model.text(), actions, title, at));
        });
        return result[0];
    }

    private static String apply(String model, List<Either<Command, CodeAction>> actions, String title, Position at) {
        CodeAction action = actions.stream()
                .filter(Either::isRight)
                .map(Either::getRight)
                .filter(a -> a.getTitle().equals(title))
                .findFirst()
                .orElse(null);
        assertNotNull(
                action,
                () -> "no code action '" + title + "' among "
                        + actions.stream()
                                .map(a -> a.isRight()
                                        ? a.getRight().getTitle()
                                        : a.getLeft().getTitle())
                                .toList());
        // The inherited assertEquals compares strings only.
        Assertions.assertEquals(
                at,
                action.getDiagnostics().get(0).getRange().getStart(),
                () -> "'" + title + "' answers " + action.getDiagnostics());
        List<TextEdit> edits = new ArrayList<>(
                action.getEdit().getChanges().values().iterator().next());
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter())
                .reversed());
        String text = model;
        for (TextEdit edit : edits) {
            text = text.substring(0, offset(text, edit.getRange().getStart()))
                    + edit.getNewText()
                    + text.substring(offset(text, edit.getRange().getEnd()));
        }
        return text;
    }

    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    @Test
    void replacesAnUnresolvedNameWithTheSuggestion() {
        WfaMarkedSource model = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable «»HR.Haed
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
                """);
        assertEquals(model.text().replace("HR.Haed", "HR.Head"), fix(model, "Change to 'HR.Head'"));
    }

    @Test
    void addsOtherwiseToADecisionThatDoesNotCoverEveryCase() {
        WfaMarkedSource model = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    sla 10 days
                    data {
                        urgent: boolean
                    }
                    start -> Draft

                    stage Draft "Draft the contract" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Contract
                        duration 2 days
                        -> Check
                    }

                    decision «»Check {
                        decided by HR.Head
                        when urgent -> Approve
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
                """);
        String expected = model.text()
                .replace(
                        "        when urgent -> Approve\n    }\n",
                        "        when urgent -> Approve\n        otherwise -> Done\n    }\n");
        assertEquals(expected, fix(model, "Add 'otherwise' leading to an end"));
    }

    @Test
    void makesTheMostFrequentAccountableRoleTheOwner() {
        WfaMarkedSource model = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                workflow «»Hiring "Hiring" {
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
                """);
        String expected = model.text()
                .replace("workflow Hiring \"Hiring\" {\n", "workflow Hiring \"Hiring\" {\n    owner HR.Head\n");
        assertEquals(expected, fix(model, "Make the most frequent accountable role the owner"));
    }

    @Test
    void addsAnEscalatingSlaToAnApproval() {
        WfaMarkedSource model = WfaMarkedSource.of("""
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

                    approval «»Approve "Approve the contract" {
                        approver IT.Admin
                        approves Draft
                        approved -> Done
                        rejected -> Draft
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        String expected = model.text()
                .replace(
                        "        rejected -> Draft\n    }\n",
                        "        rejected -> Draft\n        sla 2 days escalate to HR.Head\n    }\n");
        assertEquals(expected, fix(model, "Add an SLA that escalates to the workflow's owner"));
    }

    @Test
    void addsHumanReviewToAnAiStage() {
        WfaMarkedSource model = WfaMarkedSource.of("""
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
                        approved -> Screen
                        rejected -> Draft
                    }

                    stage Screen {
                        responsible «»Screener
                        accountable HR.Head
                        consumes Contract
                        sla 1 hour escalate to HR.Head
                        -> Done
                    }

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        String expected = model.text()
                .replace(
                        "        -> Done\n    }\n\n    end Done {",
                        "        -> Done\n        reviewed by HR.Recruiter\n    }\n\n    end Done {");
        assertEquals(expected, fix(model, "Add 'reviewed by' the agent's supervisor"));
    }

    @Test
    void addsAReasonToASuppression() {
        WfaMarkedSource model = WfaMarkedSource.of("""
                package acme.hr

                import acme.org.*

                @allow(«»missing-title)
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
                """);
        String expected = model.text()
                .replace(
                        "@allow(missing-title)",
                        "@allow(missing-title, \"explain why this finding is acceptable here\")");
        assertEquals(expected, fix(model, "Add a reason"));
    }

    @Test
    void joinsBranchesThatRunIntoTheSameEnd() {
        WfaMarkedSource model = WfaMarkedSource.of("""
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
                        approved -> Split
                        rejected -> Draft
                    }

                    fork «»Split {
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

                    end Done {
                        notify HR.Recruiter of Contract via email
                    }
                }
                """);
        String expected = model.text()
                .replace(
                        "        -> Done\n    }\n\n    stage Record",
                        "        -> SplitJoined\n    }\n\n    stage Record")
                .replace(
                        "        -> Done\n    }\n\n    end Done {",
                        "        -> SplitJoined\n    }\n\n    join SplitJoined {\n"
                                + "        -> Done\n    }\n\n    end Done {");
        assertEquals(expected, fix(model, "Join the branches before the end they reach"));
    }
}

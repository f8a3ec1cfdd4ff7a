package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaRuleFixture;

/** Hovers in Markdown on roles, stages and the places where the rules report something. */
class WfaHoverTest extends WfaLanguageServerTest {

    private static final String OFFBOARDING = """
            package acme.it

            import acme.org.*

            workflow Offboarding "Offboarding" {
                owner HR.Head
                start -> Revoke

                stage Revoke "Revoke access" {
                    responsible IT.Admin
                    accountable HR.Head
                    -> Gone
                }

                end Gone
            }
            """;

    private String hover(String uri, String text, String marker, int plus) throws Exception {
        Hover hover = languageServer
                .hover(new HoverParams(document(uri), positionOf(text, marker, plus)))
                .get();
        Assertions.assertNotNull(hover, () -> "no hover at '" + marker + "'");
        Assertions.assertEquals(
                MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
        return hover.getContents().getRight().getValue();
    }

    /**
     * LSP: a character past the end of its line means the end of the line. A client sends such
     * positions when a hover races an edit; Xtext's document failed the request.
     */
    @Test
    void aPositionPastTheEndOfALineMeansTheEndOfThatLine() throws Exception {
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", WfaRuleFixture.HIRING);
        Position lineEnd = positionOf(WfaRuleFixture.HIRING, "accountable HR.Head", "accountable HR.Head".length());

        Hover past = languageServer
                .hover(new HoverParams(document(hiring), new Position(lineEnd.getLine(), 500)))
                .get();
        Hover atEnd =
                languageServer.hover(new HoverParams(document(hiring), lineEnd)).get();

        Assertions.assertEquals(atEnd, past);
        // past the last line: the end of the document, answered like any other position
        languageServer
                .hover(new HoverParams(document(hiring), new Position(9999, 3)))
                .get();
    }

    @Test
    void aRoleShowsItsTeamItsHoldersAndTheStepsItIsAccountableForAcrossWorkflows() throws Exception {
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", WfaRuleFixture.HIRING);
        openFile("offboarding.wfa", OFFBOARDING);

        String text = hover(hiring, WfaRuleFixture.HIRING, "accountable HR.Head", "accountable HR.".length());

        assertTrue(text.startsWith("**role** `acme.org.HR.Head` — Head of HR"), text);
        assertTrue(text.contains("Team: **HR** (Human Resources)"), text);
        assertTrue(text.contains("Held by: nobody by name"), text);
        assertTrue(text.contains("`Hiring.Draft`") && text.contains("`Offboarding.Revoke`"), text);
    }

    @Test
    void aRoleHeldByAPersonNamesThatPerson() throws Exception {
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", WfaRuleFixture.HIRING);

        String text = hover(hiring, WfaRuleFixture.HIRING, "responsible HR.Recruiter", "responsible HR.".length());

        assertTrue(text.contains("Held by: Alice Martin (`alice`)"), text);
        assertTrue(text.contains("Accountable for: no step"), text);
    }

    @Test
    void aStageShowsItsRaciItsInputsAndOutputsAndWhereItFlows() throws Exception {
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", WfaRuleFixture.HIRING);

        String text = hover(hiring, WfaRuleFixture.HIRING, "stage Draft", "stage ".length());

        assertTrue(text.startsWith("**stage** `acme.hr.Hiring.Draft` — Draft the contract"), text);
        assertTrue(text.contains("| `HR.Recruiter` | `HR.Head` | — | — |"), text);
        assertTrue(text.contains("Inputs: —"), text);
        assertTrue(text.contains("Outputs: `Contract`"), text);
        assertTrue(text.contains("Flows to: `Approve`"), text);
    }

    @Test
    void whereARuleReportsSomethingTheHoverExplainsTheRule() throws Exception {
        String model = WfaRuleFixture.HIRING.replace("    end Done {", """
                    stage Forgotten "Forgotten" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> Done
                    }

                    end Done {""");
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", model);

        String text = hover(hiring, model, "stage Forgotten", "stage F".length());

        assertTrue(text.startsWith("**WFA101 unreachable-step** — A step that no route leads to"), text);
        assertTrue(
                text.contains("(https://github.com/wfa-dev/wfa/blob/main/docs/rules.md#wfa101-unreachable-step)"),
                text);
        assertTrue(text.contains("**stage** `") && text.contains(".Forgotten`"), text);
    }
}

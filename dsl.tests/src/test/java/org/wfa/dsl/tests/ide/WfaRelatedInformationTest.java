package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A finding explained by related locations (WFA112's counterexample) is published with them as
 * the LSP diagnostic's related information, in order, at the steps' names in the same document;
 * only to clients that declare {@code textDocument.publishDiagnostics.relatedInformation}.
 */
class WfaRelatedInformationTest extends WfaLanguageServerTest {

    /** docs/semantics.md: an arrow across branches lacks synchronisation at 'B2'. */
    private static final String ACROSS_BRANCHES = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Hiring" {
                owner HR.Head
                start -> Split

                fork Split {
                    -> A
                    -> B
                }

                stage A "Send the offer" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> B2
                }

                stage B "Order equipment" {
                    responsible IT.Admin
                    accountable HR.Head
                    -> B2
                }

                stage B2 "Sign" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> Both
                }

                join Both {
                    -> Done
                }

                end Done "Hired"
            }
            """;

    private void initialize(boolean relatedInformation) {
        initialize(params -> {
            TextDocumentClientCapabilities textDocument =
                    params.getCapabilities().getTextDocument();
            if (textDocument == null) {
                textDocument = new TextDocumentClientCapabilities();
                params.getCapabilities().setTextDocument(textDocument);
            }
            textDocument.setPublishDiagnostics(new PublishDiagnosticsCapabilities(relatedInformation));
        });
    }

    private Diagnostic unsoundFlow(String uri) {
        return getDiagnostics().get(uri).stream()
                .filter(d -> d.getCode() != null && "WFA112".equals(d.getCode().getLeft()))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no WFA112 among " + getDiagnostics().get(uri)));
    }

    /** The range of a name: where the marker starts, as long as the name. */
    private static Range nameAt(String marker, String name) {
        Position start = positionOf(ACROSS_BRANCHES, marker, marker.indexOf(name));
        return new Range(start, new Position(start.getLine(), start.getCharacter() + name.length()));
    }

    @Test
    void theCounterexampleIsRelatedInformationAtTheStepsInOrder() {
        initialize(true);
        openOrganisation();
        String uri = openFile("hiring.wfa", ACROSS_BRANCHES);

        Diagnostic finding = unsoundFlow(uri);

        Position start = positionOf(ACROSS_BRANCHES, "start -> Split");
        Assertions.assertEquals(
                List.of(
                        new DiagnosticRelatedInformation(
                                new Location(
                                        uri,
                                        new Range(
                                                start,
                                                new Position(
                                                        start.getLine(),
                                                        start.getCharacter() + "start -> Split".length()))),
                                "1. the case starts"),
                        new DiagnosticRelatedInformation(
                                new Location(uri, nameAt("fork Split", "Split")), "2. 'Split' starts its branches"),
                        new DiagnosticRelatedInformation(new Location(uri, nameAt("stage A ", "A")), "3. 'A' is done"),
                        new DiagnosticRelatedInformation(new Location(uri, nameAt("stage B ", "B")), "4. 'B' is done")),
                finding.getRelatedInformation());
        Assertions.assertEquals(nameAt("stage B2", "B2"), finding.getRange(), "the finding itself stays at the step");
    }

    @Test
    void aClientThatDoesNotDeclareRelatedInformationGetsTheFindingWithout() {
        initialize(false);
        openOrganisation();
        String uri = openFile("hiring.wfa", ACROSS_BRANCHES);

        Diagnostic finding = unsoundFlow(uri);

        assertNull(finding.getRelatedInformation());
        Assertions.assertEquals(nameAt("stage B2", "B2"), finding.getRange());
    }

    @Test
    void aFindingWithoutACounterexampleHasNoRelatedInformation() {
        initialize(true);
        openOrganisation();
        String uri = openFile("hiring.wfa", ACROSS_BRANCHES.replace("workflow Hiring \"Hiring\"", "workflow Hiring"));

        Diagnostic untitled = getDiagnostics().get(uri).stream()
                .filter(d -> d.getCode() != null && "WFA802".equals(d.getCode().getLeft()))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no WFA802 among " + getDiagnostics().get(uri)));

        assertNull(untitled.getRelatedInformation());
    }
}

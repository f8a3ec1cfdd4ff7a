package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaRuleFixture;

/**
 * Go to definition, references, rename, document and workspace symbols and highlights, across the
 * files of a workspace: the organisation in one file, a workflow in another.
 */
class WfaNavigationTest extends WfaLanguageServerTest {

    private static final String HIRING = WfaRuleFixture.HIRING;

    @Test
    void goToDefinitionOfARoleLeadsIntoTheOrganisationFile() throws Exception {
        initialize();
        String organisation = openOrganisation();
        String hiring = openFile("hiring.wfa", HIRING);

        List<? extends Location> locations = languageServer
                .definition(new DefinitionParams(document(hiring), positionOf(HIRING, "accountable HR.Head", 16)))
                .get()
                .getLeft();

        Assertions.assertEquals(1, locations.size());
        Assertions.assertEquals(organisation, locations.get(0).getUri());
        Assertions.assertEquals(
                positionOf(ORGANISATION, "Head \"Head of HR\"").getLine(),
                locations.get(0).getRange().getStart().getLine());
    }

    @Test
    void referencesOfARoleAreFoundInEveryFile() throws Exception {
        initialize();
        String organisation = openOrganisation();
        String hiring = openFile("hiring.wfa", HIRING);

        ReferenceParams params = new ReferenceParams(
                document(organisation), positionOf(ORGANISATION, "role Recruiter", 5), new ReferenceContext(false));
        List<? extends Location> references = languageServer.references(params).get();

        long inHiring =
                references.stream().filter(l -> l.getUri().equals(hiring)).count();
        long inOrganisation =
                references.stream().filter(l -> l.getUri().equals(organisation)).count();
        Assertions.assertEquals(2, inHiring, references::toString); // responsible, and notify of the end
        Assertions.assertEquals(
                2, inOrganisation, references::toString); // alice holds it, the agent is supervised by it
    }

    @Test
    void renamingARoleRenamesItsReferencesInOtherFiles() throws Exception {
        initialize();
        String organisation = openOrganisation();
        String hiring = openFile("hiring.wfa", HIRING);

        WorkspaceEdit edit = languageServer
                .rename(new RenameParams(document(organisation), positionOf(ORGANISATION, "role Head", 5), "Director"))
                .get();

        Map<String, List<TextEdit>> changes = edit.getChanges() != null ? edit.getChanges() : Map.of();
        List<TextEdit> hiringEdits = changes.containsKey(hiring)
                ? changes.get(hiring)
                : edit.getDocumentChanges().stream()
                        .filter(c -> c.isLeft()
                                && c.getLeft().getTextDocument().getUri().equals(hiring))
                        .flatMap(c -> c.getLeft().getEdits().stream())
                        .filter(e -> e.isLeft())
                        .map(e -> e.getLeft())
                        .toList();
        Assertions.assertEquals(3, hiringEdits.size(), hiringEdits::toString); // owner, accountable, the escalation
        assertTrue(hiringEdits.stream().allMatch(e -> e.getNewText().endsWith("Director")), hiringEdits::toString);
    }

    @Test
    void theOutlineNestsStepsInWorkflowsAndRolesInTeams() throws Exception {
        hierarchicalDocumentSymbolSupport = true;
        initialize();
        String organisation = openOrganisation();
        String hiring = openFile("hiring.wfa", HIRING);

        List<DocumentSymbol> workflow = symbols(hiring);
        DocumentSymbol hiringWorkflow = find(workflow, "Hiring");
        assertTrue(
                hiringWorkflow.getChildren().stream()
                                .map(DocumentSymbol::getName)
                                .toList()
                                .containsAll(List.of(
                                        "acme.hr.Hiring.Draft", "acme.hr.Hiring.Approve", "acme.hr.Hiring.Done"))
                        || hiringWorkflow.getChildren().stream()
                                .map(DocumentSymbol::getName)
                                .toList()
                                .containsAll(List.of("Draft", "Approve", "Done")),
                hiringWorkflow::toString);

        DocumentSymbol team = find(symbols(organisation), "HR");
        assertTrue(team.getChildren().stream().anyMatch(s -> s.getName().endsWith("Head")), team::toString);
    }

    @Test
    void workspaceSymbolsFindStepsAndRolesInAnyFile() throws Exception {
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", HIRING);

        List<? extends WorkspaceSymbol> symbols =
                languageServer.symbol(new WorkspaceSymbolParams("Draft")).get().getRight();

        assertTrue(
                symbols.stream()
                        .anyMatch(s -> s.getName().endsWith("Hiring.Draft")
                                && s.getLocation().getLeft().getUri().equals(hiring)),
                symbols::toString);
    }

    @Test
    void highlightingAStepMarksItsDeclarationAndEveryUseInTheFile() throws Exception {
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", HIRING);

        List<? extends DocumentHighlight> highlights = languageServer
                .documentHighlight(new DocumentHighlightParams(document(hiring), positionOf(HIRING, "stage Draft", 7)))
                .get();

        // The declaration, the start's target, 'approves Draft' and 'rejected -> Draft'.
        Assertions.assertEquals(4, highlights.size(), highlights::toString);
    }

    private List<DocumentSymbol> symbols(String uri) throws Exception {
        return languageServer.documentSymbol(new DocumentSymbolParams(document(uri))).get().stream()
                .map(e -> e.getRight())
                .toList();
    }

    private static DocumentSymbol find(List<DocumentSymbol> symbols, String suffix) {
        for (DocumentSymbol symbol : symbols) {
            if (symbol.getName().equals(suffix) || symbol.getName().endsWith("." + suffix)) {
                return symbol;
            }
            if (symbol.getChildren() != null) {
                DocumentSymbol found = find(symbol.getChildren(), suffix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

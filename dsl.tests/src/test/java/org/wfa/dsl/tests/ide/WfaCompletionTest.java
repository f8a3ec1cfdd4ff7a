package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.ide.contentassist.WfaSnippets;

/** Completion: keywords, names of the kind the clause expects, and snippets of the usual blocks. */
class WfaCompletionTest extends WfaLanguageServerTest {

    /** Without case data: see {@link #inAConditionTheCaseDataAndItsEnumerationValuesAreProposed()}. */
    private static final String LEAVE = """
            package acme.hr

            import acme.org.*

            workflow Leave "Leave request" {
                owner HR.Head
                start -> Review

                stage Review "Review" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    consumes Contract
                    -> Check
                }

                decision Check "Long?" {
                    decided by HR.Head
                    when true -> Done
                    otherwise -> Done
                }

                end Done
            }
            """;

    private static final String WITH_DATA =
            LEAVE.replace("    start -> Review", """
                data {
                    days: number
                    kind: enum { annual, sick }
                }
                start -> Review""").replace("when true", "when kind = sick");

    private List<CompletionItem> complete(String text, String marker, int plus) throws Exception {
        initialize();
        openOrganisation();
        String uri = openFile("leave.wfa", text);
        Either<List<CompletionItem>, CompletionList> result = languageServer
                .completion(new CompletionParams(document(uri), positionOf(text, marker, plus)))
                .get();
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void whereAPartyIsExpectedRolesAndPeopleAreProposedButNotStepsOrArtifacts() throws Exception {
        List<String> labels = labels(complete(LEAVE, "accountable HR.Head", "accountable ".length()));
        assertTrue(labels.containsAll(List.of("HR.Head", "HR.Recruiter", "IT.Admin", "alice")), labels::toString);
        assertFalse(
                labels.contains("Contract") || labels.contains("Review") || labels.contains("Done"), labels::toString);
    }

    @Test
    void afterAnArrowTheStepsOfTheWorkflowAreProposed() throws Exception {
        List<String> labels = labels(complete(LEAVE, "-> Check", "-> ".length()));
        assertTrue(labels.containsAll(List.of("Review", "Check", "Done")), labels::toString);
        assertFalse(labels.contains("HR.Head") || labels.contains("Contract"), labels::toString);
    }

    @Test
    void afterConsumesTheArtifactsAreProposed() throws Exception {
        List<String> labels = labels(complete(LEAVE, "consumes Contract", "consumes ".length()));
        assertTrue(labels.contains("Contract"), labels::toString);
        assertFalse(labels.contains("HR.Head") || labels.contains("Review"), labels::toString);
    }

    @Test
    void inAConditionTheCaseDataAndItsEnumerationValuesAreProposed() throws Exception {
        List<String> start = labels(complete(WITH_DATA, "when kind", "when ".length()));
        assertTrue(start.containsAll(List.of("days", "kind")), start::toString);
        // No field is compared yet, so no enumeration's values fit; and parties never do.
        assertFalse(start.contains("annual") || start.contains("sick") || start.contains("HR.Head"), start::toString);
        cleanup();
        setup();
        List<String> value = labels(complete(WITH_DATA, "= sick", "= ".length()));
        assertTrue(value.containsAll(List.of("annual", "sick")), value::toString);
        assertFalse(value.contains("HR.Head"), value::toString);
    }

    @Test
    void aRuleTableProposesTheCaseDataAsInputsAndTheValuesOfAnEnumerationColumnInItsCells() throws Exception {
        String table = WITH_DATA.replace("when kind = sick -> Done", """
                rules first on days, kind {
                            > 10, sick -> Done
                        }""");
        List<String> inputs = labels(complete(table, "on days", "on ".length()));
        assertTrue(inputs.containsAll(List.of("days", "kind")), inputs::toString);
        assertFalse(inputs.contains("annual") || inputs.contains("HR.Head"), inputs::toString);
        cleanup();
        setup();
        List<String> cell = labels(complete(table, "10, sick", "10, ".length()));
        assertTrue(cell.containsAll(List.of("annual", "sick")), cell::toString);
    }

    @Test
    void keywordsOfTheClausesAreProposedInsideAStage() throws Exception {
        List<String> labels = labels(complete(LEAVE, "        consumes Contract", 0));
        assertTrue(
                labels.containsAll(List.of("responsible", "accountable", "consumes", "produces", "duration")),
                labels::toString);
    }

    @Test
    void whereAStepMayStartTheSkeletonsOfTheUsualBlocksAreOfferedAsSnippets() throws Exception {
        List<CompletionItem> items = complete(LEAVE, "    end Done", 4);
        for (String label : List.of("stage skeleton", "decision skeleton", "approval skeleton", "fork/join skeleton")) {
            CompletionItem snippet = items.stream()
                    .filter(i -> i.getLabel().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no '" + label + "' among " + labels(items)));
            Assertions.assertEquals(InsertTextFormat.Snippet, snippet.getInsertTextFormat());
            String inserted = snippet.getTextEdit() != null
                    ? snippet.getTextEdit().getLeft().getNewText()
                    : snippet.getInsertText();
            assertTrue(inserted.startsWith(label.split("[ /]")[0] + " ${1:"), inserted);
        }
        assertTrue(labels(items).contains("stage"), "the keyword itself is still proposed");
    }

    @Test
    void atTheTopOfAFileTheWorkflowSkeletonIsOffered() throws Exception {
        List<String> labels = labels(complete(LEAVE, "workflow Leave", 0));
        assertTrue(labels.contains("workflow skeleton"), labels::toString);
    }

    @Test
    void everySnippetExpandsWithItsDefaultsToWfaWithoutSyntaxErrors() {
        initialize();
        Pattern placeholder = Pattern.compile("\\$\\{\\d+:([^}]*)\\}");
        for (Map.Entry<String, String[]> snippet : WfaSnippets.all().entrySet()) {
            Matcher matcher = placeholder.matcher(snippet.getValue()[1]);
            String expanded = matcher.replaceAll(result -> Matcher.quoteReplacement(result.group(1)));
            String file = snippet.getKey().equals("workflow")
                    ? expanded
                    : "workflow W {\n    start -> step\n" + expanded.indent(4) + "}\n";
            String uri = openFile(snippet.getKey() + ".wfa", file);
            List<Diagnostic> syntax = getDiagnostics().get(uri).stream()
                    .filter(d ->
                            d.getCode() != null && "WFA001".equals(d.getCode().getLeft()))
                    .toList();
            assertTrue(syntax.isEmpty(), () -> snippet.getKey() + ": " + syntax + "\n" + file);
        }
    }
}

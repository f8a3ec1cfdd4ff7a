package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.fuzz.WfaMutator;

/**
 * Mutation fuzzing of the language server (docs/reliability.md): an open example is replaced by
 * damaged text ({@link WfaMutator}), one edit per seed, and after each edit the server is asked
 * what an editor asks while someone types: hover, completion, definition, references, symbols,
 * folding, semantic tokens and formatting, at random positions (some past the end of the text).
 * Every request must be answered without an exception within the time bound, and diagnostics must
 * be published for every version. When the original text comes back, so does a clean bill.
 * <p>
 * {@code -Dwfa.fuzz.seed=S} and {@code -Dwfa.fuzz.tries=N} (default 40) as for the other fuzz
 * tests; a failure names the seed.
 */
class WfaServerMutationFuzzTest extends WfaLanguageServerTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private static final long SEED = Long.getLong("wfa.fuzz.seed", 20261126L);

    private static final int TRIES = Integer.getInteger("wfa.fuzz.tries", 40);

    @Test
    void everyRequestOnADamagedDocumentIsAnsweredAndTheServerRecovers() throws Exception {
        initialize();
        Path examples = Path.of("../examples");
        for (String org : List.of("org/organisation.wfa", "org/systems.wfa", "org/records.wfa")) {
            openFile(org.replace('/', '-'), Files.readString(examples.resolve(org), StandardCharsets.UTF_8));
        }
        String original =
                Files.readString(examples.resolve("finance/expense-reimbursement.wfa"), StandardCharsets.UTF_8);
        String uri = openFile("expense-reimbursement.wfa", original);
        assertClean(uri, "the example before any damage");

        int version = 1;
        for (int i = 0; i < TRIES; i++) {
            long seed = SEED + i;
            Random random = new Random(seed);
            String damaged = WfaMutator.mutate(original, random);
            try {
                int edit = ++version;
                assertTimeoutPreemptively(BOUND, () -> {
                    change(uri, edit, damaged);
                    ask(uri, damaged, random);
                });
                assertNotNull(getDiagnostics().get(uri), "no diagnostics were published");
            } catch (AssertionError | Exception e) {
                throw new AssertionError(
                        "the server failed on seed " + seed + " (rerun with -Dtest="
                                + getClass().getSimpleName() + " -Dwfa.fuzz.seed=" + seed + " -Dwfa.fuzz.tries=1): "
                                + e,
                        e);
            }
        }
        change(uri, ++version, original);
        assertClean(uri, "the example restored after " + TRIES + " damaged versions");
    }

    /** What an editor asks after an edit, at random positions; every answer must come. */
    private void ask(String uri, String text, Random random) throws Exception {
        TextDocumentIdentifier document = document(uri);
        for (int i = 0; i < 3; i++) {
            Position at = somewhere(text, random);
            languageServer.hover(new HoverParams(document, at)).get();
            languageServer.completion(new CompletionParams(document, at)).get();
            languageServer.definition(new DefinitionParams(document, at)).get();
            languageServer
                    .references(new ReferenceParams(document, at, new ReferenceContext(true)))
                    .get();
        }
        languageServer.documentSymbol(new DocumentSymbolParams(document)).get();
        languageServer.foldingRange(new FoldingRangeRequestParams(document)).get();
        languageServer.semanticTokensFull(new SemanticTokensParams(document)).get();
        languageServer
                .formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true)))
                .get();
    }

    /** A position in the text, at the end of a line, or (one time in eight) past the end. */
    private static Position somewhere(String text, Random random) {
        String[] lines = text.split("\n", -1);
        if (random.nextInt(8) == 0) {
            return new Position(lines.length + random.nextInt(5), random.nextInt(200));
        }
        int line = random.nextInt(lines.length);
        return new Position(line, random.nextInt(lines[line].length() + 2));
    }

    private void assertClean(String uri, String what) {
        List<Diagnostic> errors = getDiagnostics().get(uri).stream()
                .filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
                .toList();
        Assertions.assertEquals(List.of(), errors, what + " has errors");
        assertTrue(getDiagnostics().containsKey(uri));
    }
}

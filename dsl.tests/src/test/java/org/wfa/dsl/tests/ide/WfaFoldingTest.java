package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeResult;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Folding of blocks and comments, announced whatever the client declares. */
class WfaFoldingTest extends WfaLanguageServerTest {

    private static final String MODEL = """
            /*
             * Hiring, as agreed with HR
             * in the 2026 review.
             */
            workflow Hiring {
                start -> Draft

                stage Draft {
                    description "Draft the contract"
                    -> Done
                }

                end Done
            }
            """;

    @Test
    void foldingIsAnnouncedEvenToAClientThatDoesNotDeclareIt() {
        InitializeResult result = initialize(params -> params.getCapabilities().setTextDocument(null));
        Assertions.assertEquals(
                Boolean.TRUE, result.getCapabilities().getFoldingRangeProvider().getLeft());
    }

    @Test
    void blocksAndCommentsFold() throws Exception {
        initialize();
        String uri = openFile("hiring.wfa", MODEL);

        List<FoldingRange> ranges = languageServer
                .foldingRange(new FoldingRangeRequestParams(document(uri)))
                .get();
        List<String> spans = ranges.stream()
                .map(r -> r.getStartLine() + "-" + r.getEndLine())
                .toList();

        assertTrue(spans.contains("0-3"), () -> "the comment: " + spans);
        assertTrue(spans.contains("4-13"), () -> "the workflow: " + spans);
        assertTrue(spans.contains("7-10"), () -> "the stage: " + spans);
    }
}

package org.wfa.dsl.tests.ide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wfa.dsl.tests.support.WfaGolden;

/** Formatting through the protocol gives the layout of {@code wfa fmt}, whatever the editor's tab settings. */
class WfaFormattingTest extends WfaLanguageServerTest {

    private static final Path GOLDEN = WfaGolden.repositoryRoot().resolve("dsl.tests/src/test/resources/formatter");

    @ParameterizedTest
    @ValueSource(strings = {"messy-layout.wfa", "comments.wfa", "block-comments.wfa", "suppressions.wfa"})
    void formattingADocumentGivesTheLayoutOfWfaFmtEvenWithTwoSpaceTabs(String name) throws Exception {
        String model = Files.readString(GOLDEN.resolve("model").resolve(name));
        initialize();
        String uri = openFile(name, model);

        List<? extends TextEdit> edits = languageServer
                .formatting(new DocumentFormattingParams(document(uri), new FormattingOptions(2, true)))
                .get();

        Assertions.assertEquals(Files.readString(GOLDEN.resolve("expected").resolve(name)), apply(model, edits));
    }

    @Test
    void aDocumentWithSyntaxErrorsIsLeftAsItIs() throws Exception {
        // Messy layout the formatter would otherwise rewrite, then a stage cut off while typing.
        String broken = "package   acme.hr\nworkflow   Hiring \"H\"   {\n  start   ->   done\n  end   done\n"
                + "  stage s {  responsible \n}\n";
        initialize();
        String uri = openFile("broken.wfa", broken);

        List<? extends TextEdit> edits = languageServer
                .formatting(new DocumentFormattingParams(document(uri), new FormattingOptions(4, true)))
                .get();

        Assertions.assertEquals(List.of(), edits);
    }

    private static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter())
                .reversed());
        String result = text;
        for (TextEdit edit : sorted) {
            result = result.substring(
                            0,
                            offset(
                                    result,
                                    edit.getRange().getStart().getLine(),
                                    edit.getRange().getStart().getCharacter()))
                    + edit.getNewText()
                    + result.substring(offset(
                            result,
                            edit.getRange().getEnd().getLine(),
                            edit.getRange().getEnd().getCharacter()));
        }
        return result;
    }

    private static int offset(String text, int line, int character) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + character;
    }
}

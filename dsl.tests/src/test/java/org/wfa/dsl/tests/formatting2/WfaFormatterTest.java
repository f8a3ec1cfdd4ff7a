package org.wfa.dsl.tests.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.compiler.WfaSourceFormatter;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaGolden;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaFormatterTest {

    private static final Path GOLDEN = WfaGolden.repositoryRoot().resolve("dsl.tests/src/test/resources/formatter");

    @Inject
    private WfaSourceFormatter formatter;

    @Inject
    private ParseHelper<Model> parser;

    static Stream<Path> goldenModels() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN.resolve("model"))) {
            return files.filter(p -> p.toString().endsWith(".wfa")).sorted().toList().stream();
        }
    }

    static Stream<Path> examples() throws IOException {
        Path examples = WfaGolden.repositoryRoot().resolve("examples");
        try (Stream<Path> files = Files.walk(examples)) {
            return files.filter(p -> p.toString().endsWith(".wfa")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenModels")
    void formatsToTheGoldenLayout(Path model) throws Exception {
        String formatted = format(model.getFileName().toString(), Files.readString(model));
        WfaGolden.assertMatches(GOLDEN.resolve("expected").resolve(model.getFileName()), formatted);
    }

    @ParameterizedTest
    @MethodSource("goldenModels")
    void formattingIsIdempotentAndKeepsTheModel(Path model) throws Exception {
        String original = Files.readString(model);
        String once = format("once.wfa", original);
        assertEquals(once, format("twice.wfa", once), "formatting a formatted file changes it");
        assertSameModel(original, once);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplesAreInCanonicalLayout(Path example) throws Exception {
        String text = WfaSources.readText(example);
        String formatted = format(example.getFileName().toString(), text);
        assertEquals(text, formatted, example + " is not canonical: run 'wfa fmt examples'");
        assertSameModel(text, formatted);
    }

    @Test
    void keepsEveryComment() throws Exception {
        String original = Files.readString(GOLDEN.resolve("model/comments.wfa"));
        String formatted = format("comments.wfa", original);
        for (String comment : List.of(
                "A header comment",
                "// Teams first.",
                "// A comment before a role",
                "// trailing comment",
                "/* a block comment */")) {
            assertTrue(formatted.contains(comment), () -> "lost comment '" + comment + "' in:\n" + formatted);
        }
    }

    @Test
    void refusesToFormatAFileWithSyntaxErrors() {
        WfaInputException error = Assertions.assertThrows(
                WfaInputException.class, () -> format("broken.wfa", "workflow W {\n    stage S {\n"));
        assertEquals(
                "'broken.wfa:2' has syntax errors: fix them (see 'wfa check') before formatting", error.getMessage());
    }

    @Test
    void refusesToFormatAFileWithABlockGivenTwice() {
        // Found by mutating the examples: the second 'data' block orphans the first one.
        WfaInputException error = Assertions.assertThrows(
                WfaInputException.class,
                () -> format(
                        "twice.wfa",
                        "workflow W {\n    data {\n        a: number\n    }\n    data {\n"
                                + "        b: text\n    }\n}\n"));
        assertEquals(
                "'twice.wfa' cannot be formatted while it has errors (such as a clause given twice): fix what"
                        + " 'wfa check' reports first",
                error.getMessage());
    }

    @Test
    void leavesAnEmptyFileEmpty() throws Exception {
        assertEquals("", format("empty.wfa", ""));
        assertFalse(format("blank.wfa", "team T\n").isEmpty());
    }

    private String format(String name, String text) throws WfaInputException {
        return formatter.format(new SourceFile(Path.of("/formatter", name), name, text));
    }

    private void assertSameModel(String original, String formatted) throws Exception {
        EObject before = parser.parse(original);
        EObject after = parser.parse(formatted);
        assertTrue(EcoreUtil.equals(before, after), "formatting changed the meaning of the model");
    }
}

package org.wfa.dsl.tests.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.cli.outline.WfaOutliner;
import org.wfa.dsl.compiler.WfaSourceFormatter;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaGolden;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaSources;

import com.google.inject.Inject;

/**
 * The outlines of the example workspace (golden files under {@code resources/outline}), and
 * their independence of layout: the real formatter, and a deliberately scrambled layout, give
 * the same outline.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaOutlineExamplesTest {

    private static final Path ROOT = WfaGolden.repositoryRoot();
    private static final Path EXAMPLES = ROOT.resolve("examples");
    private static final Path GOLDEN = ROOT.resolve("dsl.tests/src/test/resources/outline");

    @Inject
    private WfaOutliner outliner;

    @Inject
    private WfaSourceFormatter formatter;

    @Inject
    private ParseHelper<Model> parser;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".wfa")).sorted().toList().stream();
        }
    }

    /** The formatter's own test models: files in every kind of non-canonical layout. */
    static Stream<Path> formatterModels() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("dsl.tests/src/test/resources/formatter/model"))) {
            return files.filter(p -> p.toString().endsWith(".wfa")).sorted().toList().stream();
        }
    }

    static Stream<Path> examplesAndFormatterModels() throws IOException {
        return Stream.concat(examples(), formatterModels());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void outlinesEveryExampleAsItsGoldenFile(Path example) throws Exception {
        String outline = outline(example, WfaSources.readText(example));
        assertFalse(outline.contains("! syntax error"), outline);
        String golden =
                EXAMPLES.relativize(example).toString().replace('\\', '/').replaceAll("\\.wfa$", ".outline");
        WfaGolden.assertMatches(GOLDEN.resolve(golden), outline);
    }

    @ParameterizedTest
    @MethodSource("examplesAndFormatterModels")
    void formattingLeavesTheOutlineUnchanged(Path file) throws Exception {
        String text = WfaSources.readText(file);
        String formatted =
                formatter.format(new SourceFile(file, file.getFileName().toString(), text));
        assertEquals(outline(file, text), outline(file, formatted));
    }

    @ParameterizedTest
    @MethodSource("examplesAndFormatterModels")
    void aScrambledLayoutGivesTheSameOutline(Path file) throws Exception {
        String text = WfaSources.readText(file);
        String scrambled = scramble(text);
        assertNotEquals(text, scrambled);
        assertEquals(outline(file, text), outline(file, scrambled));
    }

    private String outline(Path file, String text) {
        return outliner.outline(new SourceFile(file, file.getFileName().toString(), text))
                .render();
    }

    /**
     * The same tokens in another layout: every run of whitespace and comments becomes a different
     * comment across lines and tabs, and tokens that touched ({@code HR.Recruiter}, {@code (x}) are
     * spread over lines.
     */
    private String scramble(String text) throws Exception {
        Model model = parser.parse(text);
        StringBuilder scrambled = new StringBuilder();
        boolean previousVisible = false;
        for (ILeafNode leaf : NodeModelUtils.getNode(model).getRootNode().getLeafNodes()) {
            if (leaf.isHidden()) {
                if (previousVisible) {
                    scrambled.append("\t/* moved */\n  // note\n\t");
                }
                previousVisible = false;
            } else {
                if (previousVisible) {
                    scrambled.append(" \n ");
                }
                scrambled.append(leaf.getText());
                previousVisible = true;
            }
        }
        return scrambled.toString();
    }
}

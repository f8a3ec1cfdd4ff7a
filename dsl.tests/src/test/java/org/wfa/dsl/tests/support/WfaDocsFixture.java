package org.wfa.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaSources;

/**
 * The workspaces the generator tests compile: the repository's examples and hostile input, with
 * file names shown relative to the workspace so that golden files do not depend on where the
 * repository is. Golden files live in {@code generator/expected/<workspace>/}.
 */
public final class WfaDocsFixture {

    public static final Path GENERATOR = WfaGolden.repositoryRoot().resolve("dsl.tests/src/test/resources/generator");

    private WfaDocsFixture() {}

    /** For {@code @MethodSource}: every workspace the generator tests run on. */
    public static final String WORKSPACES = "org.wfa.dsl.tests.support.WfaDocsFixture#workspaces";

    public static Stream<String> workspaces() {
        return Stream.of("examples", "hostile");
    }

    public static Path folderOf(String workspace) {
        return workspace.equals("examples")
                ? WfaGolden.repositoryRoot().resolve("examples")
                : GENERATOR.resolve("model").resolve(workspace);
    }

    public static Compilation compile(WfaCompiler compiler, String workspace) throws Exception {
        Path folder = folderOf(workspace);
        List<SourceFile> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".wfa")).sorted().toList()) {
                sources.add(new SourceFile(
                        file, folder.relativize(file).toString().replace('\\', '/'), WfaSources.readText(file)));
            }
        }
        return compiler.compileSources(sources);
    }

    public static List<GeneratedFile> generate(
            WfaCompiler compiler, WfaGenerator generator, String workspace, WfaTarget target) throws Exception {
        return generator.generate(compile(compiler, workspace), Set.of(target));
    }

    /**
     * Compares the generated files that the filter selects with the golden files of the
     * workspace, and checks that no golden file is missing from the output.
     */
    public static void assertGolden(String workspace, List<GeneratedFile> files, Predicate<String> selected)
            throws IOException {
        Path expected = GENERATOR.resolve("expected").resolve(workspace);
        List<String> generated = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (selected.test(file.path())) {
                generated.add(file.path());
                WfaGolden.assertMatches(expected.resolve(file.path()), file.content());
            }
        }
        List<String> golden = new ArrayList<>();
        if (Files.isDirectory(expected)) {
            try (Stream<Path> existing = Files.walk(expected)) {
                for (Path path : existing.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = expected.relativize(path).toString().replace('\\', '/');
                    if (selected.test(relative)) {
                        if (WfaGolden.updating() && !generated.contains(relative)) {
                            Files.delete(path);
                        } else {
                            golden.add(relative);
                        }
                    }
                }
            }
        }
        assertEquals(golden, generated.stream().sorted().toList(), "generated files differ from the golden files");
    }
}

package org.wfa.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfa.cli.outline.WfaOutliner;
import org.wfa.dsl.compiler.CheckReport;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaSourceFormatter;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

/**
 * Mutation fuzzing of the language (docs/reliability.md): one example file of the workspace is
 * damaged ({@link WfaMutator}) and the whole workspace is checked with it. Whatever the text, the
 * compiler must answer within the time bound, never throw, and every diagnostic must point into
 * the workspace; the formatter must refuse with a reason naming the file, or give a canonical
 * text that keeps the file's meaning (its outline) and is stable when formatted again.
 * <p>
 * Each try is one seed: {@code -Dwfa.fuzz.seed=S} (default fixed, so that every build tries the
 * same inputs) and {@code -Dwfa.fuzz.tries=N} (default 60) run a longer or another campaign. A
 * failing input is written to {@code target/fuzz-failures/} and named by its seed.
 */
class WfaMutationFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private static final long SEED = Long.getLong("wfa.fuzz.seed", 20261126L);

    private static final int TRIES = Integer.getInteger("wfa.fuzz.tries", 60);

    private static List<SourceFile> examples;
    private static WfaCompiler compiler;
    private static WfaSourceFormatter formatter;
    private static WfaOutliner outliner;

    @BeforeAll
    static void examples() throws WfaInputException {
        examples = WfaSources.read(List.of(Path.of("../examples")));
        compiler = WfaCompiler.create();
        formatter = WfaStandalone.injector().getInstance(WfaSourceFormatter.class);
        outliner = WfaOutliner.create();
    }

    @Test
    void aDamagedFileIsAnsweredWithDiagnosticsWithinTheBound() throws IOException {
        forEachDamaged("check", damaged -> {
            List<SourceFile> sources = new ArrayList<>(examples);
            sources.set(damaged.index(), damaged.file());
            assertAnswered(sources);
        });
    }

    @Test
    void theFormatterRefusesOrKeepsTheMeaning() throws IOException {
        forEachDamaged("format", damaged -> assertFormattedOrRefused(damaged.file()));
    }

    /** Runs the property on each seed's damaged file; a failure keeps the input and names the seed. */
    private static void forEachDamaged(String what, Consumer<Damaged> property) throws IOException {
        for (int i = 0; i < TRIES; i++) {
            long seed = SEED + i;
            Damaged damaged = damage(seed);
            try {
                property.accept(damaged);
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw WfaFuzzFailures.keep(WfaMutationFuzzTest.class, what, seed, List.of(damaged.file()), e);
            }
        }
    }

    /**
     * Every input that once failed, kept in {@code src/test/resources/fuzz} (named by its seed and
     * what it found), checked beside the examples and formatted.
     */
    @Test
    void inputsThatOnceFailedAreAnswered() throws IOException {
        List<Path> kept;
        try (var files = Files.list(Path.of("src/test/resources/fuzz"))) {
            kept = files.filter(f -> f.toString().endsWith(".wfa")).sorted().toList();
        }
        assertTrue(!kept.isEmpty(), "the regression inputs are missing");
        for (Path file : kept) {
            SourceFile source = new SourceFile(
                    file.toAbsolutePath(),
                    file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            List<SourceFile> sources = new ArrayList<>(examples);
            sources.add(source);
            assertAnswered(sources);
            assertFormattedOrRefused(source);
        }
    }

    /** The check ends within the bound and every diagnostic points into the workspace. */
    private static void assertAnswered(List<SourceFile> sources) {
        CheckReport report = assertTimeoutPreemptively(BOUND, () -> compiler.checkSources(sources, true));
        Set<String> files = sources.stream().map(SourceFile::displayPath).collect(Collectors.toSet());
        for (WfaDiagnostic diagnostic : report.compilation().diagnostics()) {
            assertTrue(files.contains(diagnostic.file()), diagnostic.toText());
            assertTrue(diagnostic.line() >= 1 && diagnostic.column() >= 1, diagnostic.toText());
            assertTrue(diagnostic.message() != null && !diagnostic.message().isBlank(), diagnostic.toText());
        }
    }

    /** The formatter refuses with a reason naming the file, or keeps the meaning and is stable. */
    private static void assertFormattedOrRefused(SourceFile source) {
        String formatted = assertTimeoutPreemptively(BOUND, () -> formatOrRefuse(source));
        if (formatted == null) {
            return;
        }
        SourceFile once = new SourceFile(source.path(), source.displayPath(), formatted);
        assertEquals(
                outliner.outline(source).render(), outliner.outline(once).render(), "formatting changed the meaning");
        assertEquals(formatted, formatOrRefuse(once), "formatting the canonical text changed it");
    }

    private record Damaged(int index, SourceFile file) {}

    private static Damaged damage(long seed) {
        Random random = new Random(seed);
        int index = random.nextInt(examples.size());
        SourceFile original = examples.get(index);
        return new Damaged(
                index,
                new SourceFile(original.path(), original.displayPath(), WfaMutator.mutate(original.text(), random)));
    }

    /** The canonical text, or null when the formatter refuses with a reason that names the file. */
    private static String formatOrRefuse(SourceFile source) {
        try {
            return formatter.format(source);
        } catch (WfaInputException refused) {
            assertTrue(refused.getMessage().contains(source.displayPath()), refused.getMessage());
            return null;
        }
    }
}

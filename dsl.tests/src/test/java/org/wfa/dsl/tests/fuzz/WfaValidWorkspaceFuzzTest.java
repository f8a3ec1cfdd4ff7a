package org.wfa.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfa.cli.outline.WfaOutliner;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaSourceFormatter;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.diff.WfaDiffer;
import org.wfa.dsl.diff.WorkspaceDiff;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.tests.support.WfaDmnOracle;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * Property tests over random valid workspaces ({@link WfaRandomWorkspace}, docs/reliability.md):
 * each checks without errors; every generator's output is valid for its format (schemas, HTML5
 * parse, XML, CSV) and byte-identical on a second compilation; a real DMN engine routes every
 * rule of every rule table as the table says; formatting keeps the meaning (the
 * same outline, and no semantic difference from the original) and formatting again changes
 * nothing; a workspace compared with itself has no differences.
 * <p>
 * Each try is one seed: {@code -Dwfa.fuzz.seed=S} (default fixed) and {@code -Dwfa.fuzz.tries=N}
 * (default 15) run another or a longer campaign; a failing workspace is kept in
 * {@code target/fuzz-failures/}.
 */
class WfaValidWorkspaceFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private static final long SEED = Long.getLong("wfa.fuzz.seed", 20261126L);

    private static final int TRIES = Integer.getInteger("wfa.fuzz.tries", 15);

    private static WfaCompiler compiler;
    private static WfaGenerator generator;
    private static WfaSourceFormatter formatter;
    private static WfaOutliner outliner;
    private static WfaDiffer differ;
    private static WfaOutputChecks checks;

    @BeforeAll
    static void tools() throws Exception {
        compiler = WfaCompiler.create();
        generator = WfaGenerator.create();
        formatter = WfaStandalone.injector().getInstance(WfaSourceFormatter.class);
        outliner = WfaOutliner.create();
        differ = WfaDiffer.create();
        checks = new WfaOutputChecks();
    }

    @Test
    void aGeneratedWorkspaceChecksWithoutErrors() throws Exception {
        forEachWorkspace("check", sources -> assertNoErrors(compile(sources)));
    }

    @Test
    void everyOutputIsValidForItsFormatAndTheSameOnEveryCompilation() throws Exception {
        forEachWorkspace("generate", sources -> {
            Map<String, String> first = generate(sources);
            int checked = 0;
            for (Map.Entry<String, String> file : first.entrySet()) {
                if (checks.assertValid(new GeneratedFile(file.getKey(), file.getValue()))) {
                    checked++;
                }
            }
            assertTrue(checked > 0, "no generated file was checked: " + first.keySet());
            Map<String, String> second = generate(sources);
            assertEquals(first.keySet(), second.keySet(), "the files generated differ between compilations");
            for (String path : first.keySet()) {
                assertEquals(first.get(path), second.get(path), path + " differs between compilations");
            }
        });
    }

    @Test
    void theDmnEngineRoutesEveryRuleOfEveryTableAsTheTableSays() throws Exception {
        int[] cases = {0};
        forEachWorkspace("dmn", sources -> {
            Compilation compilation = compile(sources);
            cases[0] += WfaDmnOracle.assertRoutesAsWritten(
                    compilation, generator.generate(compilation, EnumSet.of(WfaTarget.DMN)));
        });
        assertTrue(cases[0] > 0, "no rule table was generated");
    }

    @Test
    void formattingKeepsTheMeaningAndFormattingAgainChangesNothing() throws Exception {
        forEachWorkspace("format", sources -> {
            List<SourceFile> formatted = new ArrayList<>();
            for (SourceFile source : sources) {
                String once = formatter.format(source);
                SourceFile canonical = new SourceFile(source.path(), source.displayPath(), once);
                assertEquals(
                        outliner.outline(source).render(),
                        outliner.outline(canonical).render(),
                        source.displayPath() + ": formatting changed the outline");
                assertEquals(once, formatter.format(canonical), source.displayPath() + ": formatting is not stable");
                formatted.add(canonical);
            }
            Compilation after = compile(formatted);
            assertNoErrors(after);
            WorkspaceDiff diff = differ.diff(compile(sources), after);
            assertTrue(diff.isEmpty(), "formatting changed the meaning: " + diff);
        });
    }

    @Test
    void aWorkspaceComparedWithItselfHasNoDifferences() throws Exception {
        forEachWorkspace("self-diff", sources -> {
            WorkspaceDiff diff = differ.diff(compile(sources), compile(sources));
            assertTrue(diff.isEmpty(), "a workspace differs from itself: " + diff);
        });
    }

    private interface Property {
        void check(List<SourceFile> sources) throws Exception;
    }

    private void forEachWorkspace(String property, Property check) throws Exception {
        for (int i = 0; i < TRIES; i++) {
            long seed = SEED + i;
            List<SourceFile> sources = WfaRandomWorkspace.generate(seed);
            try {
                assertTimeoutPreemptively(BOUND, () -> check.check(sources));
            } catch (AssertionError | Exception | StackOverflowError e) {
                throw WfaFuzzFailures.keep(getClass(), property, seed, sources, e);
            }
        }
    }

    private static Compilation compile(List<SourceFile> sources) {
        return compiler.compileSources(sources);
    }

    private static void assertNoErrors(Compilation compilation) {
        List<String> errors = compilation.diagnostics().stream()
                .filter(d -> d.severity() == WfaDiagnostic.Severity.ERROR)
                .map(WfaDiagnostic::toText)
                .toList();
        assertEquals(List.of(), errors, "a valid workspace has errors");
    }

    private static Map<String, String> generate(List<SourceFile> sources) {
        Map<String, String> files = new LinkedHashMap<>();
        for (GeneratedFile file : generator.generate(compile(sources), EnumSet.allOf(WfaTarget.class))) {
            files.put(file.path(), file.content());
        }
        return files;
    }
}

package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.rules.WfaRule;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaGolden;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.inject.Inject;

/**
 * The anti-pattern samples that docs/rules.md shows: each file, checked on its own, must report
 * its rule (named in the file name, {@code WFA301-four-eyes.wfa}) and nothing else.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaAntipatternTest {

    private static final Path SAMPLES = WfaGolden.repositoryRoot().resolve("dsl.tests/src/test/resources/antipatterns");

    @Inject
    private WfaCompiler compiler;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".wfa")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleReportsItsRuleAndNothingElse(Path sample) throws IOException {
        String name = sample.getFileName().toString();
        String code = name.substring(0, name.indexOf('-'));
        WfaRule rule = WfaRule.byCode(code);
        assertNotNull(rule, name + " names no rule");
        assertEquals(code + "-" + rule.ruleName() + ".wfa", name, "file name and rule name differ");
        List<WfaDiagnostic> diagnostics =
                compiler
                        .compileSources(List.of(new SourceFile(sample, name, Files.readString(sample))))
                        .diagnostics()
                        .stream()
                        // A sample may accept another rule's finding that its shape cannot avoid (WFA113 needs size).
                        .filter(d -> !d.accepted())
                        .toList();
        assertFalse(diagnostics.isEmpty(), name + " reports nothing");
        Set<String> codes =
                diagnostics.stream().map(WfaDiagnostic::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                Set.of(code),
                codes,
                () -> diagnostics.stream().map(WfaDiagnostic::toText).collect(Collectors.joining("\n")));
    }

    @Test
    void everyRuleHasASample() throws IOException {
        Set<String> covered = samples()
                .map(p -> p.getFileName().toString().split("-")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>();
        for (WfaRule rule : WfaRule.values()) {
            if (!covered.contains(rule.code())) {
                missing.add(rule.code() + " " + rule.ruleName());
            }
        }
        assertEquals(Set.of(), missing);
    }
}

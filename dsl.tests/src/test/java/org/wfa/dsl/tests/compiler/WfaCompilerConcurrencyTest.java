package org.wfa.dsl.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.Compilation;

/**
 * Build tools run the compiler on several threads of one process (Maven's parallel builds share a
 * plugin's class loader, and with it the standalone injector): compilations running at the same
 * time must give what each gives alone.
 */
class WfaCompilerConcurrencyTest {

    private static final Path EXAMPLES = Path.of("../examples");

    private static final String BROKEN = """
            package acme.claims

            import acme.org.*

            workflow Claims "Claim handling" {
                start -> register

                stage register "Register the claim" {
                    responsible HR.Recruter
                    accountable HR.Head
                    -> done
                }

                end done "Claim registered"
            }
            """;

    @Test
    void compilationsOnSeveralThreadsAtOnceGiveTheSameResultsAsOneAtATime() throws Exception {
        String examplesAlone = compileAndGenerate();
        String brokenAlone = compileBroken();
        assertFalse(brokenAlone.isEmpty(), "the broken workspace must have findings to compare");

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> examples = new ArrayList<>();
            List<Future<String>> broken = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                examples.add(threads.submit((Callable<String>) WfaCompilerConcurrencyTest::compileAndGenerate));
                broken.add(threads.submit((Callable<String>) WfaCompilerConcurrencyTest::compileBroken));
            }
            for (Future<String> result : examples) {
                assertEquals(examplesAlone, result.get());
            }
            for (Future<String> result : broken) {
                assertEquals(brokenAlone, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The examples' diagnostics and generated documentation, BPMN and JSON, as one text. */
    private static String compileAndGenerate() throws Exception {
        WfaCompiler compiler = WfaCompiler.create();
        Compilation compilation = compiler.compile(List.of(EXAMPLES));
        return WfaTestWorkspace.render(compilation) + "\n"
                + WfaGenerator.create()
                        .generate(compilation, EnumSet.of(WfaTarget.DOCS, WfaTarget.BPMN_OPERATON, WfaTarget.JSON))
                        .stream()
                        .map(file -> file.path() + "\n" + file.content())
                        .collect(Collectors.joining("\n"));
    }

    private static String compileBroken() {
        return WfaTestWorkspace.render(
                WfaTestWorkspace.withOrganisation().file("claims.wfa", BROKEN).compile(WfaCompiler.create()));
    }
}

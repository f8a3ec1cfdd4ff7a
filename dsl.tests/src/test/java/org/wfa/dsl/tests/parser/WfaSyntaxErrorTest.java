package org.wfa.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.inject.Inject;

/**
 * The errors for the mistakes people make most while typing: they say what was found, where,
 * and what was expected. Each test writes out the file, {@code «»} where the error points.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSyntaxErrorTest {

    @Inject
    private WfaCompiler compiler;

    private WfaDiagnostic firstError(WfaMarkedSource file) {
        return new WfaTestWorkspace()
                .file(file).compile(compiler).diagnostics().stream()
                        .filter(d -> d.code().equals("WFA001"))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void suggestsTheKeywordForAMisspeltClause() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    start -> S

                    stage S {
                        «»responsibel HR.Head
                        -> S
                    }
                }
                """);
        assertEquals(
                w.at("error: Unknown word 'responsibel' in stage 'S': did you mean the keyword"
                        + " 'responsible'? [WFA001]"),
                firstError(w).toText());
    }

    @Test
    void suggestsTheKeywordForAMisspeltStep() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    «»stag S {
                    }
                }
                """);
        assertEquals(
                w.at("error: Unknown word 'stag' in workflow 'W': did you mean the keyword 'stage'?" + " [WFA001]"),
                firstError(w).toText());
    }

    @Test
    void reportsMissingClosingBraceAtTheNextStep() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    start -> S

                    stage S {
                        -> E

                    «»end E
                }
                """);
        assertEquals(
                w.at("error: Missing '}' before 'end' in stage 'S'. [WFA001]"),
                firstError(w).toText());
    }

    @Test
    void reportsUnexpectedEndOfFile() {
        WfaDiagnostic error = firstError(WfaMarkedSource.of("""
                workflow W {
                    start -> E
                """));
        assertEquals(2, error.line());
        assertEquals(
                "Unexpected end of file in workflow 'W': expected more text (is a closing '}' missing?).",
                error.message());
    }

    @Test
    void reportsMissingArrowTarget() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    start ->
                «»}
                """);
        assertEquals(
                w.at("error: Missing a name before '}' in start. [WFA001]"),
                firstError(w).toText());
    }
}

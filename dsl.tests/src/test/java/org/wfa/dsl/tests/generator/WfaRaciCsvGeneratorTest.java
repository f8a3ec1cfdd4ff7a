package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaCsv;
import org.wfa.dsl.tests.support.WfaDocsFixture;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaRaciCsvGeneratorTest {

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void raciMatricesMatchTheGoldenFiles(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.DOCS);
        WfaDocsFixture.assertGolden(workspace, files, path -> path.endsWith(".csv"));
    }

    @Test
    void everyRowHasACellPerPartyAndStepsAreInSourceOrder() throws Exception {
        String csv = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DOCS),
                "docs/acme.finance.ExpenseReimbursement.raci.csv");
        List<List<String>> rows = WfaCsv.parse(csv);
        assertEquals("Step", rows.get(0).get(0));
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size(), row.toString());
        }
        assertEquals(
                List.of(
                        "Submit expense claim",
                        "Check receipts against policy",
                        "Receipts complete?",
                        "Add missing receipts",
                        "Line manager approval",
                        "Finance approval needed?",
                        "Controller approval",
                        "Schedule reimbursement"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
        assertTrue(rows.get(1).contains("R/A"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasArePrefixed() throws Exception {
        String csv = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "hostile", WfaTarget.DOCS), "docs/evil.Attack.raci.csv");
        List<List<String>> rows = WfaCsv.parse(csv);
        for (List<String> row : rows) {
            for (String cell : row) {
                assertTrue(!WfaCsv.isFormula(cell), "formula cell: " + cell);
            }
        }
        assertTrue(
                rows.get(0).contains("'=cmd|' /C calc'!A0 (evil.Ops.Lead)"),
                rows.get(0).toString());
        assertTrue(
                rows.get(0).contains("'@SUM(1+1) gnp.exe (evil.Bot)"),
                rows.get(0).toString());
    }
}

package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

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
import org.wfa.dsl.tests.support.WfaDocsFixture;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaMarkdownGeneratorTest {

    /** A table row: a line that starts and ends with an unescaped pipe. */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void handbooksAndIndexMatchTheGoldenFiles(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.DOCS);
        WfaDocsFixture.assertGolden(workspace, files, path -> path.endsWith(".md"));
    }

    @Test
    void everyWorkflowGetsAHandbookWithItsSwimlaneRaciMatrixAndFindings() throws Exception {
        List<GeneratedFile> handbooks =
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DOCS).stream()
                        .filter(f -> f.path().endsWith(".md") && !f.path().endsWith("index.md"))
                        .toList();
        assertEquals(9, handbooks.size());
        for (GeneratedFile handbook : handbooks) {
            String text = handbook.content();
            assertTrue(text.contains("```mermaid\nflowchart LR\n"), handbook.path());
            assertTrue(text.contains("## Stages"), handbook.path());
            assertTrue(text.contains("## RACI matrix"), handbook.path());
            assertTrue(text.contains("## Metrics"), handbook.path());
            assertTrue(text.contains("## Open findings"), handbook.path());
        }
    }

    @Test
    void indexListsWorkflowsByOwningTeamAndLinksToTheirHandbooks() throws Exception {
        String index =
                content(WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DOCS), "docs/index.md");
        assertTrue(index.contains("### Finance\n"));
        assertTrue(index.contains(
                "| [Expense reimbursement](acme.finance.ExpenseReimbursement.md) | Financial Controller |"));
        assertTrue(index.contains("## Landscape"));
    }

    @Test
    void notificationChannelsAndClassificationsAreShownWhenWritten() throws Exception {
        String handbook = content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DOCS),
                "docs/acme.finance.ExpenseReimbursement.md");
        assertTrue(handbook.contains("| Claim paid | Employee | Your expenses have been paid. | email |"));
        assertTrue(handbook.contains("| Expense claim with receipts | confidential |"));
    }

    @Test
    void hostileTextStaysTextInEveryTableRow() throws Exception {
        String handbook =
                content(WfaDocsFixture.generate(compiler, generator, "hostile", WfaTarget.DOCS), "docs/evil.Attack.md");
        assertFalse(handbook.contains("<script"), "raw HTML tag in Markdown");
        assertFalse(handbook.contains("<b>"), "raw HTML tag in Markdown");
        assertFalse(handbook.contains("[link](javascript"), "a link was formed");
        assertTrue(handbook.contains("\\[link\\](javascript"), "the link text is escaped");
        assertFalse(handbook.contains("\u202e"), "a bidi control was kept");
        int columns = -1;
        for (String line : handbook.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| |")) {
                int cells = CELL_SEPARATOR.split(line, -1).length;
                if (line.startsWith("| # |") || line.startsWith("| Step |")) {
                    columns = cells;
                } else if (columns > 0 && line.startsWith("| 1 |")) {
                    assertEquals(columns, cells, "a pipe in a name split the row: " + line);
                }
            }
        }
        assertTrue(columns > 0);
    }

    @Test
    void generationIsByteIdenticalAcrossRuns() throws Exception {
        List<GeneratedFile> first = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DOCS);
        List<GeneratedFile> second = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DOCS);
        assertEquals(first, second);
    }

    static String content(List<GeneratedFile> files, String path) {
        return files.stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not generated: " + path))
                .content();
    }
}

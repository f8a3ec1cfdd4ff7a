package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
class WfaHtmlGeneratorTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void pagesMatchTheGoldenFiles(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.HTML);
        WfaDocsFixture.assertGolden(workspace, files, path -> path.endsWith(".html"));
    }

    @Test
    void siteHasAnIndexAndAPagePerWorkflowTeamAndRole() throws Exception {
        Set<String> paths = paths(WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.HTML));
        assertTrue(paths.contains("html/index.html"));
        assertTrue(paths.contains("html/workflows/acme.finance.ExpenseReimbursement.html"));
        assertTrue(paths.contains("html/teams/acme.org.Finance.html"));
        assertTrue(paths.contains("html/roles/acme.org.Finance.FinancialController.html"));
        assertEquals(
                9, paths.stream().filter(p -> p.startsWith("html/workflows/")).count());
    }

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyLocalLinkLeadsToAGeneratedPageAndNothingComesFromTheNetwork(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.HTML);
        Map<String, String> pages =
                files.stream().collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        for (GeneratedFile page : files) {
            Matcher matcher = REFERENCE.matcher(page.content());
            while (matcher.find()) {
                String target = matcher.group(1);
                assertFalse(target.contains(":"), page.path() + " refers outside the site: " + target);
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String resolved = URI.create(page.path()).resolve(file).toString();
                assertTrue(pages.containsKey(resolved), page.path() + " links to a missing page: " + target);
                if (target.contains("#")) {
                    String anchor = target.substring(target.indexOf('#') + 1);
                    assertTrue(
                            pages.get(resolved).contains(" id=\"" + anchor + "\""),
                            page.path() + " links to a missing anchor: " + target);
                }
            }
        }
    }

    @Test
    void everyPageForbidsScriptsAndCarriesItsOwnStyles() throws Exception {
        for (GeneratedFile page : WfaDocsFixture.generate(compiler, generator, "hostile", WfaTarget.HTML)) {
            String html = page.content();
            assertTrue(
                    html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""),
                    page.path());
            assertTrue(html.contains("<style>"), page.path());
            assertFalse(html.toLowerCase().contains("<script"), page.path() + " contains a script element");
            assertFalse(html.contains("<img"), page.path() + " contains an injected element");
            assertFalse(html.contains("<svg onload"), page.path() + " contains an injected element");
        }
    }

    @Test
    void rolePageAnswersWhatTheRoleIsResponsibleFor() throws Exception {
        String page = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.HTML),
                "html/roles/acme.org.Finance.FinancialController.html");
        assertTrue(page.contains("What is the Financial Controller (Finance) responsible for?"));
        assertTrue(page.contains("<dt>Owns</dt><dd><a href=\"../workflows/acme.finance.ExpenseReimbursement.html\">"
                + "Expense reimbursement</a></dd>"));
        assertTrue(page.contains("#step-acme.finance.ExpenseReimbursement.schedulePayment\">Schedule reimbursement</a>"
                + "</td><td>accountable</td>"));
    }

    @Test
    void workflowPagesEmbedTheirSwimlaneAsSvg() throws Exception {
        String page = WfaMarkdownGeneratorTest.content(
                WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.HTML),
                "html/workflows/acme.finance.ExpenseReimbursement.html");
        assertTrue(page.contains("<div class=\"diagram\"><svg"), "no inline SVG");
        assertFalse(page.contains("<?xml"), "an XML declaration inside HTML");
    }

    @Test
    void generationIsByteIdenticalAcrossRuns() throws Exception {
        List<GeneratedFile> first = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.HTML);
        List<GeneratedFile> second = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.HTML);
        assertEquals(first, second);
    }

    private static Set<String> paths(List<GeneratedFile> files) {
        return files.stream().map(GeneratedFile::path).collect(Collectors.toSet());
    }
}

package org.wfa.dsl.tests.ide;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.ide.rules.WfaRuleDocs;
import org.wfa.dsl.rules.WfaIssueCodes;

/**
 * Diagnostics as published to the editor: the rule's code, a link to the rule's documentation,
 * and re-validation limited to the changed file and the files that depend on it.
 */
class WfaDiagnosticsTest extends WfaLanguageServerTest {

    private static final String UNREACHABLE = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Hiring" {
                owner HR.Head
                start -> Done

                stage Forgotten "Forgotten stage" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> Done
                }

                end Done
            }
            """;

    @Test
    void aRuleDiagnosticCarriesItsCodeAndLinksToItsSectionOfTheRulesReference() {
        initialize();
        openOrganisation();
        String uri = openFile("hiring.wfa", UNREACHABLE);
        Diagnostic unreachable = getDiagnostics().get(uri).stream()
                .filter(d -> d.getCode() != null && "WFA101".equals(d.getCode().getLeft())).findFirst()
                .orElseThrow(() -> new AssertionError("no WFA101 among " + getDiagnostics().get(uri)));
        Assertions.assertEquals("https://github.com/wfa-dev/wfa/blob/main/docs/rules.md#wfa101-unreachable-step",
                unreachable.getCodeDescription().getHref());
    }

    @Test
    void aLinkingDiagnosticLinksToTheUnresolvedReferenceRule() {
        initialize();
        openOrganisation();
        String uri = openFile("hiring.wfa", UNREACHABLE.replace("accountable HR.Head", "accountable HR.Haed"));
        Diagnostic unresolved = getDiagnostics().get(uri).stream()
                .filter(d -> d.getCode() != null && "WFA002".equals(d.getCode().getLeft())).findFirst()
                .orElseThrow(() -> new AssertionError("no WFA002 among " + getDiagnostics().get(uri)));
        assertTrue(unresolved.getCodeDescription().getHref().endsWith("#wfa002-unresolved-reference"));
    }

    @Test
    void everyIssueCodeHasASectionWithAnExplanationInTheRulesReference() throws IllegalAccessException {
        for (Field field : WfaIssueCodes.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getName().equals("PREFIX")) {
                continue;
            }
            String code = (String) field.get(null);
            WfaRuleDocs.RuleDoc rule = WfaRuleDocs.forCode(code)
                    .orElseThrow(() -> new AssertionError("docs/rules.md has no section '## " + code + " ...'"));
            assertFalse(rule.explanation().isBlank(), () -> "the section of '" + code + "' has no **Why.** paragraph");
        }
    }

    @Test
    void anEditRevalidatesTheChangedFileAndItsDependantsOnly() {
        initialize();
        String organisation = openOrganisation();
        String dependant = openFile("hiring.wfa", UNREACHABLE);
        String independent = openFile("alone.wfa", """
                package acme.alone

                team Ops {
                    role Lead
                }
                """);
        notifications.clear();

        change(organisation, 2, ORGANISATION.replace("role Head \"Head of HR\"", "role Chief \"Head of HR\""));

        Set<String> republished = notifications.stream().map(n -> n.getValue())
                .filter(PublishDiagnosticsParams.class::isInstance).map(p -> ((PublishDiagnosticsParams) p).getUri())
                .collect(Collectors.toSet());
        Assertions.assertEquals(Set.of(organisation, dependant), republished);
        List<Diagnostic> broken = getDiagnostics().get(dependant);
        assertTrue(broken.stream().anyMatch(d -> d.getMessage().getLeft().contains("'HR.Head'")),
                () -> "the dependant was not re-linked: " + broken);
        assertFalse(republished.contains(independent));
    }
}

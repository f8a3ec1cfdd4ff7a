package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.ide.rules.WfaRuleDocs;
import org.wfa.dsl.rules.WfaIssueCodes;

/**
 * Diagnostics as published to the editor: the rule's code, a link to the rule's documentation,
 * re-validation limited to the changed file and the files that depend on it, and the mistakes of
 * the workspace configuration on the configuration file.
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
                .filter(d -> d.getCode() != null && "WFA101".equals(d.getCode().getLeft()))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no WFA101 among " + getDiagnostics().get(uri)));
        Assertions.assertEquals(
                "https://github.com/wfa-dev/wfa/blob/main/docs/rules.md#wfa101-unreachable-step",
                unreachable.getCodeDescription().getHref());
    }

    @Test
    void aLinkingDiagnosticLinksToTheUnresolvedReferenceRule() {
        initialize();
        openOrganisation();
        String uri = openFile("hiring.wfa", UNREACHABLE.replace("accountable HR.Head", "accountable HR.Haed"));
        Diagnostic unresolved = getDiagnostics().get(uri).stream()
                .filter(d -> d.getCode() != null && "WFA002".equals(d.getCode().getLeft()))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no WFA002 among " + getDiagnostics().get(uri)));
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

        Set<String> republished = notifications.stream()
                .map(n -> n.getValue())
                .filter(PublishDiagnosticsParams.class::isInstance)
                .map(p -> ((PublishDiagnosticsParams) p).getUri())
                .collect(Collectors.toSet());
        Assertions.assertEquals(Set.of(organisation, dependant), republished);
        List<Diagnostic> broken = getDiagnostics().get(dependant);
        assertTrue(
                broken.stream().anyMatch(d -> d.getMessage().getLeft().contains("'HR.Head'")),
                () -> "the dependant was not re-linked: " + broken);
        assertFalse(republished.contains(independent));
    }

    private static final String BROKEN_CONFIGURATION = """
            rules:
              unreachable-step: warning
              four-eye: off
            """;

    @Test
    void aMistakeInTheWorkspaceConfigurationIsADiagnosticOfTheConfigurationFile() {
        String configuration = writeFile("wfa.yaml", BROKEN_CONFIGURATION);
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", UNREACHABLE);

        Diagnostic mistake = single(getDiagnostics().get(configuration));
        Assertions.assertEquals("WFA018", mistake.getCode().getLeft());
        Assertions.assertEquals(
                "Unknown rule 'four-eye': did you mean 'four-eyes'?",
                mistake.getMessage().getLeft());
        Assertions.assertEquals(DiagnosticSeverity.Error, mistake.getSeverity());
        Assertions.assertEquals(new Range(new Position(2, 2), new Position(2, 2)), mistake.getRange());
        assertTrue(
                mistake.getCodeDescription().getHref().endsWith("#wfa018-configuration-error"),
                mistake.getCodeDescription().getHref());
        Assertions.assertEquals(
                DiagnosticSeverity.Warning,
                finding(hiring, "WFA101").getSeverity(),
                "the rest of the configuration still applies");
    }

    @Test
    void fixingTheConfigurationClearsItsDiagnosticAndItsSeveritiesReachTheOpenFiles() {
        String configuration = writeFile("wfa.yaml", BROKEN_CONFIGURATION);
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", UNREACHABLE);
        single(getDiagnostics().get(configuration));

        writeFile("wfa.yaml", """
                rules:
                  unreachable-step: off
                  four-eyes: off
                """);
        changed(configuration, FileChangeType.Changed);

        Assertions.assertEquals(List.of(), getDiagnostics().get(configuration));
        assertFalse(
                getDiagnostics().get(hiring).stream()
                        .anyMatch(d -> d.getCode() != null
                                && "WFA101".equals(d.getCode().getLeft())),
                () -> "the rule is off now: " + getDiagnostics().get(hiring));
    }

    @Test
    void deletingTheConfigurationClearsItsDiagnosticAndRestoresTheDefaultSeverities() {
        String configuration = writeFile("wfa.yaml", BROKEN_CONFIGURATION);
        initialize();
        openOrganisation();
        String hiring = openFile("hiring.wfa", UNREACHABLE);
        single(getDiagnostics().get(configuration));

        deleteFile("wfa.yaml");
        changed(configuration, FileChangeType.Deleted);

        Assertions.assertEquals(List.of(), getDiagnostics().get(configuration));
        Assertions.assertEquals(
                DiagnosticSeverity.Error, finding(hiring, "WFA101").getSeverity());
    }

    /** What an editor that watches 'wfa.yaml' sends when the file changes on disk. */
    private void changed(String uri, FileChangeType type) {
        languageServer.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(uri, type))));
    }

    private Diagnostic finding(String uri, String code) {
        return getDiagnostics().get(uri).stream()
                .filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + code + " among " + getDiagnostics().get(uri)));
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        Assertions.assertNotNull(diagnostics, "nothing was published");
        Assertions.assertEquals(1, diagnostics.size(), diagnostics::toString);
        return diagnostics.get(0);
    }
}

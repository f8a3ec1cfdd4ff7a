package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaRuleFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

/** Hovers over references as an editor gets them from the language server. */
class WfaHoverDocumentationTest extends AbstractLanguageServerTest {

    WfaHoverDocumentationTest() {
        super("wfa");
    }

    @Test
    void showsARolesKindQualifiedNameAndTitle() {
        testHover(configuration -> {
            configuration.setFilesInScope(Map.of("org.wfa", WfaTestWorkspace.ORGANISATION));
            configuration.setModel(WfaRuleFixture.HIRING);
            configuration.setLine(11);
            configuration.setColumn(24);
            configuration.setAssertHover(hover -> assertTrue(
                    hover.getContents()
                            .getRight()
                            .getValue()
                            .startsWith("**role** `acme.org.HR.Head` — Head of HR\n\n"),
                    hover.getContents().getRight().getValue()));
        });
    }

    @Test
    void showsADescriptionAfterTheTitleAndEscapesMarkdown() {
        String organisation = WfaTestWorkspace.ORGANISATION.replace(
                "role Head \"Head of HR\"",
                "role Head \"Head of *HR*\" {\n        description \"Signs contracts.\"\n    }");
        testHover(configuration -> {
            configuration.setFilesInScope(Map.of("org.wfa", organisation));
            configuration.setModel(WfaRuleFixture.HIRING);
            configuration.setLine(11);
            configuration.setColumn(24);
            configuration.setAssertHover(hover -> assertTrue(
                    hover.getContents()
                            .getRight()
                            .getValue()
                            .startsWith("**role** `acme.org.HR.Head` — Head of \\*HR\\*\n\nSigns contracts\\.\n\n"),
                    hover.getContents().getRight().getValue()));
        });
    }

    @Test
    void showsAStagesTitleWhereItIsReferenced() {
        testHover(configuration -> {
            configuration.setFilesInScope(Map.of("org.wfa", WfaTestWorkspace.ORGANISATION));
            configuration.setModel(WfaRuleFixture.HIRING);
            configuration.setLine(19);
            configuration.setColumn(18);
            configuration.setAssertHover(hover -> assertTrue(
                    hover.getContents()
                            .getRight()
                            .getValue()
                            .startsWith("**stage** `acme.hr.Hiring.Draft` — Draft the contract\n\n"),
                    hover.getContents().getRight().getValue()));
        });
    }
}

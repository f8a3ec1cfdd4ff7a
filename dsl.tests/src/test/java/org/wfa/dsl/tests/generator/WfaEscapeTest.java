package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.generator.WfaEscape;

class WfaEscapeTest {

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertEquals(
                "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", WfaEscape.html("<a href=\"x\" title='y'>&"));
    }

    @Test
    void markdownEscapesPunctuationAndHtmlAndKeepsTableRowsOnOneLine() {
        assertEquals(
                "\\*a\\* \\_b\\_ \\[c\\](d) \\| \\`e\\` &lt;f&gt; &amp; \\# \\! \\$ g h",
                WfaEscape.markdown("*a* _b_ [c](d) | `e` <f> & # ! $ g\nh"));
    }

    @Test
    void mermaidWritesEverythingButPlainTextAsEntities() {
        assertEquals("a#34;b #59; c#123;d#125; (e) end", WfaEscape.mermaid("a\"b ; c{d} (e) end"));
    }

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() {
        assertEquals("plain", WfaEscape.csv("plain"));
        assertEquals("\"a, \"\"b\"\"\"", WfaEscape.csv("a, \"b\""));
        assertEquals("'=1+2", WfaEscape.csv("=1+2"));
        assertEquals("'+1", WfaEscape.csv("+1"));
        assertEquals("'-1", WfaEscape.csv("-1"));
        assertEquals("'@SUM(A1)", WfaEscape.csv("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\";1)\"", WfaEscape.csv("=HYPERLINK(\"x\";1)"));
    }

    @Test
    void bidiAndControlCharactersAreDropped() {
        assertEquals("abc.exe", WfaEscape.visible("abc\u202e.exe\u0007"));
        assertEquals("ab", WfaEscape.html("a\u2066\u2069b"));
    }

    @Test
    void fileNamesCannotLeaveTheirFolder() {
        assertEquals("_..", WfaEscape.fileName(".."));
        assertEquals("a_b_c", WfaEscape.fileName("a/b\\c"));
        assertEquals("acme.finance.Expense-1", WfaEscape.fileName("acme.finance.Expense-1"));
    }
}

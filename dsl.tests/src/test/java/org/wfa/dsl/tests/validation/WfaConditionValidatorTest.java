package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaConditionValidatorTest {

    @Inject
    private WfaCompiler compiler;

    private String check(String decisionBody) {
        String text = """
                workflow W {
                    data {
                        amount: number
                        name: text
                        urgent: boolean
                        due: date
                        waited: duration
                        risk: enum { low, high }
                    }
                    start -> D

                    decision D {
                %s
                        otherwise -> E
                    }

                    end E
                }
                """.formatted(decisionBody.indent(8).stripTrailing());
        return WfaTestWorkspace.renderLanguage(WfaTestWorkspace.withOrganisation().file("w.wfa", text).compile(compiler));
    }

    @Test
    void acceptsWellTypedConditions() {
        assertEquals("", check("""
                when amount > 1000 and name != "x" -> E
                when urgent or not urgent -> E
                when due < "2026-12-31" and waited >= 2 days -> E
                when risk in [low, high] and risk != low -> E
                when (amount = 5) -> E"""));
    }

    @Test
    void reportsConditionThatIsNotBoolean() {
        assertEquals("w.wfa:13:14: error: 'amount' is a number, not a condition: a condition expects a yes/no value"
                + " (a comparison, 'in' test or boolean field). [WFA010]", check("when amount -> E"));
    }

    @Test
    void reportsLogicalOperandThatIsNotBoolean() {
        assertEquals("w.wfa:13:25: error: 'name' is a text, not a condition: 'and' expects a yes/no value"
                + " (a comparison, 'in' test or boolean field). [WFA010]", check("when urgent and name -> E"));
    }

    @Test
    void reportsComparisonOfTextWithNumber() {
        assertEquals("w.wfa:13:23: error: Cannot compare 'amount' (number) with '\"many\"' (text): expected a number."
                + " [WFA011]", check("when amount > \"many\" -> E"));
    }

    @Test
    void reportsValueOutsideTheEnumeration() {
        assertEquals("w.wfa:13:28: error: '3' (number) cannot be a value of 'risk' (value of enumeration 'risk'):"
                + " expected a value of enumeration 'risk'. [WFA011]", check("when risk in [low, 3] -> E"));
    }

    @Test
    void reportsOrderingOfEnumerationValues() {
        assertEquals("w.wfa:13:19: error: Operator '<' does not apply to value of enumeration 'risk' values:"
                + " expected '=' or '!=', or a number, date or duration. [WFA012]", check("when risk < high -> E"));
    }

    @Test
    void reportsInvalidDate() {
        assertEquals("w.wfa:13:20: error: '2026-02-30' is not a valid date: expected a date written as"
                + " \"YYYY-MM-DD\". [WFA013]", check("when due > \"2026-02-30\" -> E"));
    }

    @Test
    void reportsDurationComparedWithPlainNumber() {
        assertEquals("w.wfa:13:23: error: Cannot compare 'waited' (duration) with '3' (number): expected a duration."
                + " [WFA011]", check("when waited > 3 -> E"));
    }

    @Test
    void typeChecksRuleTableCells() {
        String text = """
                workflow W {
                    data {
                        score: number
                        risk: enum { low, high }
                    }
                    start -> D

                    decision D {
                        rules on score, risk {
                            >= 700, low -> E
                            "high", < high -> E
                            1, 2, 3 -> E
                        }
                        otherwise -> E
                    }

                    end E
                }
                """;
        assertEquals("""
                w.wfa:11:13: error: '"high"' (text) cannot be a value of input 'score' (number): expected a number. [WFA011]
                w.wfa:11:21: error: Operator '<' does not apply to value of enumeration 'risk' values: expected '=' or '!=', or a number, date or duration. [WFA012]
                w.wfa:12:13: error: Rule has 3 cells but the table has 2 inputs: expected one cell per input (use '-' for any value). [WFA014]
                w.wfa:12:16: error: '2' (number) cannot be a value of input 'risk' (value of enumeration 'risk'): expected a value of enumeration 'risk'. [WFA011]""",
                WfaTestWorkspace.renderLanguage(WfaTestWorkspace.withOrganisation().file("w.wfa", text).compile(compiler)));
    }
}

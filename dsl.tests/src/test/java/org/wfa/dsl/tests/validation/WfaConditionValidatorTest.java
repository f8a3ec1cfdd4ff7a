package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Inject;

/**
 * The types of conditions and rule-table cells (WFA010-WFA014). Each test writes out the workflow
 * under test, a decision over data fields of every type, with {@code «»} where a finding points;
 * the findings are the file's only language diagnostics.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaConditionValidatorTest {

    @Inject
    private WfaCompiler compiler;

    /** The language's own diagnostics (WFA0xx) of the workflow beside the test organisation. */
    private String language(WfaMarkedSource workflow) {
        return WfaTestWorkspace.renderLanguage(
                WfaTestWorkspace.withOrganisation().file(workflow).compile(compiler));
    }

    @Test
    void acceptsWellTypedConditions() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when amount > 1000 and name != "x" -> E
                        when urgent or not urgent -> E
                        when due < "2026-12-31" and waited >= 2 days -> E
                        when risk in [low, high] and risk != low -> E
                        when (amount = 5) -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals("", language(w));
    }

    @Test
    void reportsConditionThatIsNotBoolean() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when «»amount -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: 'amount' is a number, not a condition: a condition expects a yes/no value"
                        + " (a comparison, 'in' test or boolean field). [WFA010]"),
                language(w));
    }

    @Test
    void reportsLogicalOperandThatIsNotBoolean() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when urgent and «»name -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: 'name' is a text, not a condition: 'and' expects a yes/no value"
                        + " (a comparison, 'in' test or boolean field). [WFA010]"),
                language(w));
    }

    @Test
    void reportsComparisonOfTextWithNumber() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when amount > «»"many" -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: Cannot compare 'amount' (number) with '\"many\"' (text): expected a number."
                        + " [WFA011]"),
                language(w));
    }

    @Test
    void reportsValueOutsideTheEnumeration() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when risk in [low, «»3] -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: '3' (number) cannot be a value of 'risk' (value of enumeration 'risk'):"
                        + " expected a value of enumeration 'risk'. [WFA011]"),
                language(w));
    }

    @Test
    void reportsOrderingOfEnumerationValues() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when risk «»< high -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: Operator '<' does not apply to value of enumeration 'risk' values:"
                        + " expected '=' or '!=', or a number, date or duration. [WFA012]"),
                language(w));
    }

    @Test
    void reportsInvalidDate() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when due > «»"2026-02-30" -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: '2026-02-30' is not a valid date: expected a date written as"
                        + " \"YYYY-MM-DD\". [WFA013]"),
                language(w));
    }

    @Test
    void reportsDurationComparedWithPlainNumber() {
        WfaMarkedSource w = WfaMarkedSource.of("""
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
                        when waited > «»3 -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.at("error: Cannot compare 'waited' (duration) with '3' (number): expected a duration." + " [WFA011]"),
                language(w));
    }

    @Test
    void typeChecksRuleTableCells() {
        WfaMarkedSource w = WfaMarkedSource.of("""
                workflow W {
                    data {
                        score: number
                        risk: enum { low, high }
                    }
                    start -> D

                    decision D {
                        rules on score, risk {
                            >= 700, low -> E
                            «»"high", «»< high -> E
                            «»1, «»2, 3 -> E
                        }
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                w.atEach(
                        "error: '\"high\"' (text) cannot be a value of input 'score' (number): expected a number. [WFA011]",
                        "error: Operator '<' does not apply to value of enumeration 'risk' values: expected '=' or '!=', or a"
                                + " number, date or duration. [WFA012]",
                        "error: Rule has 3 cells but the table has 2 inputs: expected one cell per input (use '-' for any"
                                + " value). [WFA014]",
                        "error: '2' (number) cannot be a value of input 'risk' (value of enumeration 'risk'): expected a value"
                                + " of enumeration 'risk'. [WFA011]"),
                language(w));
    }
}

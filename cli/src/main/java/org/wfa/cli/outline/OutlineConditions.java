package org.wfa.cli.outline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.AnyCell;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DurationLiteral;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.NumberLiteral;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.TextLiteral;

/**
 * Conditions and rule-table cells in one normal form, so that two ways of writing the same
 * condition give the same line: single spaces, parentheses only where they group ('and' inside
 * 'or' is always bracketed, for the reader, as the language guide asks), numbers without
 * trailing zeros, the values of an 'in' list sorted, '=' left out of a cell as it is implied.
 */
final class OutlineConditions {

    /** Binding strength, loosest first: a part binding more loosely than its place needs brackets. */
    private static final int OR = 1;

    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int OPERAND = 5;

    private OutlineConditions() {}

    static String condition(Expression expression) {
        return render(expression);
    }

    static String cell(Cell cell) {
        if (cell instanceof AnyCell) {
            return "-";
        }
        if (cell instanceof TestCell test) {
            String value = operand(test.getValue());
            return test.getOp() == null || test.getOp() == CompareOp.EQ
                    ? value
                    : test.getOp().getLiteral() + " " + value;
        }
        if (cell instanceof InCell in) {
            return "in " + list(in.getValues());
        }
        return OutlineText.MISSING;
    }

    private static String render(Expression expression) {
        if (expression instanceof Or or) {
            // 'a or b or c' reads the same however it is grouped: only an 'and' part gets brackets.
            return within(or.getLeft(), AND) + " or " + within(or.getRight(), AND);
        }
        if (expression instanceof And and) {
            return within(and.getLeft(), OR) + " and " + within(and.getRight(), OR);
        }
        if (expression instanceof Not not) {
            return "not " + within(not.getOperand(), OR, AND, COMPARISON);
        }
        if (expression instanceof Compare compare) {
            String op = compare.getOp() == null
                    ? OutlineText.MISSING
                    : compare.getOp().getLiteral();
            return operand(compare.getLeft()) + " " + op + " " + operand(compare.getRight());
        }
        if (expression instanceof InList in) {
            return operand(in.getOperand()) + (in.isNegated() ? " not in " : " in ") + list(in.getValues());
        }
        if (expression instanceof Ref ref) {
            return OutlineText.orMissing(OutlineText.writtenOnce(ref, "symbol"));
        }
        if (expression instanceof DurationLiteral duration) {
            return OutlineText.duration(duration.getDuration());
        }
        if (expression instanceof NumberLiteral number) {
            return number(number.getValue());
        }
        if (expression instanceof TextLiteral text) {
            return OutlineText.quote(text.getValue());
        }
        if (expression instanceof BooleanLiteral bool) {
            return Boolean.toString(bool.isValue());
        }
        return OutlineText.MISSING;
    }

    /**
     * A part of an expression: bracketed when it is one of the given kinds, whose grouping
     * would otherwise change or be unclear.
     */
    private static String within(Expression part, int... bracketed) {
        int strength = strength(part);
        for (int kind : bracketed) {
            if (strength == kind) {
                return "(" + render(part) + ")";
            }
        }
        return render(part);
    }

    /** An operand of a comparison or a list value: anything but a single value is bracketed. */
    private static String operand(Expression expression) {
        return strength(expression) == OPERAND || expression == null
                ? render(expression)
                : "(" + render(expression) + ")";
    }

    private static int strength(Expression expression) {
        if (expression instanceof Or) {
            return OR;
        }
        if (expression instanceof And) {
            return AND;
        }
        if (expression instanceof Not) {
            return NOT;
        }
        if (expression instanceof Compare || expression instanceof InList) {
            return COMPARISON;
        }
        return OPERAND;
    }

    /** The values of an 'in' test: a set, so sorted. */
    private static String list(List<Expression> values) {
        List<String> rendered = new ArrayList<>();
        values.forEach(value -> rendered.add(operand(value)));
        rendered.sort(null);
        return "[" + String.join(", ", rendered) + "]";
    }

    /** {@code 0.50} and {@code 0.5} are the same number. */
    private static String number(BigDecimal value) {
        if (value == null) {
            return OutlineText.MISSING;
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

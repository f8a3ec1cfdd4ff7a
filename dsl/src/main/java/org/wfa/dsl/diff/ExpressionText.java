package org.wfa.dsl.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.AnyCell;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.Duration;
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
import org.wfa.dsl.wfa.TimeUnit;

/**
 * Conditions and rule cells written out from the model, not copied from the source: spacing,
 * comments, redundant parentheses and unit spellings ("1 day", "1 days") then make no difference.
 */
final class ExpressionText {

    private ExpressionText() {}

    static String of(Expression expression) {
        return write(expression, 0);
    }

    /** Precedence: or 1, and 2, not 3, comparisons 4, operands 5. */
    private static String write(Expression e, int context) {
        if (e == null) {
            return "?";
        }
        int own;
        String text;
        if (e instanceof Or or) {
            own = 1;
            text = write(or.getLeft(), 1) + " or " + write(or.getRight(), 2);
        } else if (e instanceof And and) {
            own = 2;
            text = write(and.getLeft(), 2) + " and " + write(and.getRight(), 3);
        } else if (e instanceof Not not) {
            own = 3;
            text = "not " + write(not.getOperand(), 3);
        } else if (e instanceof Compare compare) {
            own = 4;
            text = write(compare.getLeft(), 5) + " " + compare.getOp().getLiteral() + " "
                    + write(compare.getRight(), 5);
        } else if (e instanceof InList in) {
            own = 4;
            text = write(in.getOperand(), 5) + (in.isNegated() ? " not in " : " in ") + list(in.getValues());
        } else {
            own = 5;
            text = operand(e);
        }
        return own < context ? "(" + text + ")" : text;
    }

    private static String operand(Expression e) {
        if (e instanceof Ref ref) {
            return ref.getSymbol() == null || ref.getSymbol().eIsProxy()
                    ? "?"
                    : ref.getSymbol().getName();
        } else if (e instanceof DurationLiteral literal) {
            return duration(literal.getDuration());
        } else if (e instanceof NumberLiteral literal) {
            BigDecimal value = literal.getValue();
            return value == null ? "?" : value.stripTrailingZeros().toPlainString();
        } else if (e instanceof TextLiteral literal) {
            return '"' + literal.getValue() + '"';
        } else if (e instanceof BooleanLiteral literal) {
            return Boolean.toString(literal.isValue());
        }
        return "?";
    }

    private static String list(List<Expression> values) {
        return values.stream().map(v -> write(v, 5)).collect(Collectors.joining(", ", "[", "]"));
    }

    static String cell(Cell cell) {
        if (cell instanceof AnyCell) {
            return "-";
        } else if (cell instanceof TestCell test) {
            // '= 5' and '5' test the same.
            String op = test.getOp() == CompareOp.EQ ? "" : test.getOp().getLiteral() + " ";
            return op + write(test.getValue(), 5);
        } else if (cell instanceof InCell in) {
            return "in " + list(in.getValues());
        }
        return "?";
    }

    /** "3 days": the unit in its plural, whichever spelling the source used. */
    static String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        TimeUnit unit = duration.getUnit();
        String name = unit.getName().toLowerCase();
        return duration.getValue() + " " + (duration.getValue() == 1 ? name.substring(0, name.length() - 1) : name);
    }
}

package org.wfa.dsl.typing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.DurationLiteral;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.NumberLiteral;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.Symbol;
import org.wfa.dsl.wfa.TextLiteral;

/**
 * Computes the types of condition expressions. Text literals compared with dates are
 * read as ISO dates ({@code "2026-01-31"}): the language has no date literal of its own.
 */
public class WfaTypeComputer {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public WfaType typeOf(Expression expression) {
        if (expression instanceof NumberLiteral) {
            return WfaType.NUMBER;
        }
        if (expression instanceof DurationLiteral) {
            return WfaType.DURATION;
        }
        if (expression instanceof TextLiteral) {
            return WfaType.TEXT;
        }
        if (expression instanceof BooleanLiteral
                || expression instanceof Compare
                || expression instanceof InList
                || expression instanceof And
                || expression instanceof Or
                || expression instanceof Not) {
            return WfaType.BOOLEAN;
        }
        if (expression instanceof Ref ref) {
            return typeOf(ref.getSymbol());
        }
        return WfaType.UNKNOWN;
    }

    public WfaType typeOf(Symbol symbol) {
        if (symbol == null || symbol.eIsProxy()) {
            return WfaType.UNKNOWN;
        }
        if (symbol instanceof EnumLiteral literal && literal.eContainer() instanceof EnumType type) {
            return WfaType.enumeration(type);
        }
        if (symbol instanceof DataField field) {
            return typeOf(field);
        }
        return WfaType.UNKNOWN;
    }

    public WfaType typeOf(DataField field) {
        if (field.getType() instanceof PrimitiveType primitive) {
            return WfaType.of(primitive.getKind());
        }
        if (field.getType() instanceof EnumType enumeration) {
            return WfaType.enumeration(enumeration);
        }
        return WfaType.UNKNOWN;
    }

    /**
     * The type of {@code expression} where a value of {@code expected} is wanted: a text
     * literal that spells an ISO date counts as a date there.
     */
    public WfaType typeOf(Expression expression, WfaType expected) {
        WfaType type = typeOf(expression);
        if (expected.kind() == WfaType.Kind.DATE
                && expression instanceof TextLiteral text
                && isIsoDate(text.getValue())) {
            return WfaType.DATE;
        }
        return type;
    }

    public static boolean isIsoDate(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

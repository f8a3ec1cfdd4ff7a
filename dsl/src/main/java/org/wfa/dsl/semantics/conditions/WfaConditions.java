package org.wfa.dsl.semantics.conditions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.semantics.conditions.Intervals.Comparison;
import org.wfa.dsl.typing.WfaTypeComputer;
import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.AnyCell;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.DurationLiteral;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.NumberLiteral;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.TextLiteral;

/**
 * Reads conditions and rule-table rows as {@link Region}s over the case data, with the meaning the
 * engines give them (see {@code WfaConditionTranslator}): numbers as numbers, durations as whole
 * minutes, dates as ISO text (which orders as the days do), enumeration values by name. What it
 * does not understand (text, two fields compared, a mistyped operand) is empty: the callers then
 * say nothing about that condition.
 */
public final class WfaConditions {

    private WfaConditions() {}

    /** The cases the condition holds for, when the reasoning understands it. */
    public static Optional<Region<DataField>> of(Expression condition) {
        try {
            return Optional.ofNullable(region(condition));
        } catch (Region.TooComplex e) {
            return Optional.empty();
        }
    }

    /** The cases a row of the table matches: every cell's test on its input. */
    public static Optional<Region<DataField>> of(RuleTable table, RuleRow row) {
        if (row.getCells().size() != table.getInputs().size()) {
            return Optional.empty();
        }
        try {
            Region<DataField> cases = Region.all();
            for (int i = 0; i < row.getCells().size(); i++) {
                Region<DataField> cell =
                        cell(table.getInputs().get(i), row.getCells().get(i));
                if (cell == null) {
                    return Optional.empty();
                }
                cases = cases.and(cell);
            }
            return Optional.of(cases);
        } catch (Region.TooComplex e) {
            return Optional.empty();
        }
    }

    /** The values of a finite field in declaration order, named as the language writes them. */
    public static List<String> names(FieldValues values) {
        if (values instanceof Choices choices) {
            return choices.ordered().stream()
                    .map(v -> v instanceof EnumLiteral literal ? literal.getName() : String.valueOf(v))
                    .toList();
        }
        return List.of();
    }

    private static Region<DataField> cell(DataField input, Cell cell) {
        if (cell instanceof AnyCell) {
            return Region.all();
        }
        if (cell instanceof TestCell test) {
            return compare(input, test.getOp(), test.getValue());
        }
        if (cell instanceof InCell in) {
            return oneOf(input, in.getValues());
        }
        return null;
    }

    private static Region<DataField> region(Expression expression) {
        if (expression instanceof Or or) {
            Region<DataField> left = region(or.getLeft());
            Region<DataField> right = region(or.getRight());
            return left == null || right == null ? null : left.or(right);
        }
        if (expression instanceof And and) {
            Region<DataField> left = region(and.getLeft());
            Region<DataField> right = region(and.getRight());
            return left == null || right == null ? null : left.and(right);
        }
        if (expression instanceof Not not) {
            Region<DataField> operand = region(not.getOperand());
            return operand == null ? null : operand.not();
        }
        if (expression instanceof BooleanLiteral bool) {
            return bool.isValue() ? Region.all() : Region.none();
        }
        if (expression instanceof Ref ref && ref.getSymbol() instanceof DataField field && isBoolean(field)) {
            return Region.of(field, choices(field, Set.of(Boolean.TRUE)));
        }
        if (expression instanceof Compare compare) {
            if (compare.getLeft() instanceof Ref ref && ref.getSymbol() instanceof DataField field) {
                return compare(field, compare.getOp(), compare.getRight());
            }
            if (compare.getRight() instanceof Ref ref && ref.getSymbol() instanceof DataField field) {
                return compare(field, mirrored(compare.getOp()), compare.getLeft());
            }
            return null;
        }
        if (expression instanceof InList in
                && in.getOperand() instanceof Ref ref
                && ref.getSymbol() instanceof DataField field) {
            Region<DataField> members = oneOf(field, in.getValues());
            return members == null || !in.isNegated() ? members : members.not();
        }
        return null;
    }

    private static Region<DataField> oneOf(DataField field, List<Expression> values) {
        Region<DataField> members = Region.none();
        for (Expression value : values) {
            Region<DataField> member = compare(field, CompareOp.EQ, value);
            if (member == null) {
                return null;
            }
            members = members.or(member);
        }
        return members;
    }

    /** {@code field op value}, or null when the value is not a constant of the field's type. */
    private static Region<DataField> compare(DataField field, CompareOp op, Expression value) {
        FieldValues values = values(field, comparison(op), value);
        return values == null ? null : Region.of(field, values);
    }

    private static FieldValues values(DataField field, Comparison op, Expression value) {
        if (field.getType() instanceof EnumType type) {
            if (value instanceof Ref ref
                    && ref.getSymbol() instanceof EnumLiteral literal
                    && type.getLiterals().contains(literal)) {
                return equality(op, choices(field, Set.of(literal)));
            }
            return null;
        }
        if (!(field.getType() instanceof PrimitiveType primitive)) {
            return null;
        }
        return switch (primitive.getKind()) {
            case BOOLEAN ->
                value instanceof BooleanLiteral bool ? equality(op, choices(field, Set.of(bool.isValue()))) : null;
            case NUMBER ->
                value instanceof NumberLiteral number ? Intervals.compare(false, op, number.getValue()) : null;
            case DURATION ->
                value instanceof DurationLiteral duration
                        ? Intervals.compare(
                                true, op, BigDecimal.valueOf(WfaOrganisation.minutes(duration.getDuration())))
                        : null;
            case DATE ->
                value instanceof TextLiteral text && WfaTypeComputer.isIsoDate(text.getValue())
                        ? Intervals.compare(
                                true,
                                op,
                                BigDecimal.valueOf(
                                        LocalDate.parse(text.getValue()).toEpochDay()))
                        : null;
            case TEXT -> null;
        };
    }

    /** '=' and '!=' on a finite type; ordering them is a type error, about which nothing is said. */
    private static FieldValues equality(Comparison op, Choices value) {
        return switch (op) {
            case EQ -> value;
            case NE -> value.complement();
            case LT, LE, GT, GE -> null;
        };
    }

    private static Choices choices(DataField field, Set<Object> values) {
        List<Object> universe = field.getType() instanceof EnumType type
                ? new ArrayList<>(type.getLiterals())
                : List.of(Boolean.TRUE, Boolean.FALSE);
        return Choices.of(universe, values);
    }

    private static boolean isBoolean(DataField field) {
        return field.getType() instanceof PrimitiveType primitive
                && primitive.getKind() == org.wfa.dsl.wfa.PrimitiveKind.BOOLEAN;
    }

    private static Comparison comparison(CompareOp op) {
        return switch (op) {
            case EQ -> Comparison.EQ;
            case NE -> Comparison.NE;
            case LT -> Comparison.LT;
            case LE -> Comparison.LE;
            case GT -> Comparison.GT;
            case GE -> Comparison.GE;
        };
    }

    /** The operator with its operands swapped: {@code 5 < x} is {@code x > 5}. */
    private static CompareOp mirrored(CompareOp op) {
        return switch (op) {
            case EQ, NE -> op;
            case LT -> CompareOp.GT;
            case LE -> CompareOp.GE;
            case GT -> CompareOp.LT;
            case GE -> CompareOp.LE;
        };
    }
}

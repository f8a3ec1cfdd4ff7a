package org.wfa.engine.paths;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.naming.WfaRefs;
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
import org.wfa.dsl.wfa.Workflow;

/**
 * Finds case data that makes conditions true or false and rule rows match or not: the condition
 * forms the examples use (comparisons with literals, booleans, {@code in} lists,
 * {@code and}/{@code or}/{@code not}) and every kind of rule cell, over the workflow's typed data. Each field's candidates are the literals it is compared with
 * and their neighbours; the search tries the current values first, so that data changes only
 * where the path needs it to.
 *
 * <p>Values are those the generated conditions read (see the condition translator): numbers as
 * doubles, enumeration values as their names, dates as ISO text, durations as whole minutes.
 */
public final class ConditionSolver {

    /**
     * What a path needs of the case data: a condition true or false, a rule row matching or not.
     *
     * @param description as the .wfa source says it, for the message when nothing satisfies it
     * @param fields      the data fields it reads
     * @param literals    the values it compares them with: candidates for the search
     */
    public record Constraint(
            String description, Set<DataField> fields, List<Object> literals, Predicate<Map<String, Object>> test) {

        public static Constraint condition(Expression condition, boolean holds) {
            Set<DataField> fields = new LinkedHashSet<>();
            collectFields(condition, fields);
            List<Object> literals = new ArrayList<>();
            collectLiterals(condition, literals);
            return new Constraint(
                    (holds ? "" : "not ") + "'" + WfaRefs.sourceText(condition) + "'",
                    fields,
                    literals,
                    values -> truth(condition, values) == holds);
        }

        public static Constraint rule(RuleTable table, RuleRow row, boolean matches) {
            Set<DataField> fields = new LinkedHashSet<>();
            List<Object> literals = new ArrayList<>();
            for (int i = 0; i < row.getCells().size(); i++) {
                if (!(row.getCells().get(i) instanceof AnyCell)) {
                    fields.add(table.getInputs().get(i));
                    collectLiterals(row.getCells().get(i), literals);
                }
            }
            return new Constraint(
                    (matches ? "" : "not ") + "rule '" + WfaRefs.sourceText(row) + "'",
                    fields,
                    literals,
                    values -> matches(table, row, values) == matches);
        }
    }

    /**
     * No case data takes the path: its decisions contradict each other, or a rule table covers
     * every case and its {@code otherwise} is never taken.
     */
    public static final class Unreachable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message) {
            super(message);
        }
    }

    private ConditionSolver() {}

    /** A value of every data field of the workflow, for starting a case. */
    public static Map<String, Object> defaults(Workflow workflow) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (workflow.getData() != null) {
            for (DataField field : workflow.getData().getFields()) {
                values.put(field.getName(), candidates(field, List.of()).get(0));
            }
        }
        return values;
    }

    /**
     * Values that satisfy every constraint, starting from the current ones.
     *
     * @throws Unreachable naming the constraints if no candidate values satisfy them
     */
    public static Map<String, Object> solve(List<Constraint> constraints, Map<String, Object> current) {
        Map<String, Object> values = new LinkedHashMap<>(current);
        if (constraints.isEmpty()) {
            return values;
        }
        Set<DataField> fields = new LinkedHashSet<>();
        constraints.forEach(c -> fields.addAll(c.fields()));
        List<DataField> order = new ArrayList<>(fields);
        List<List<Object>> choices = new ArrayList<>();
        for (DataField field : order) {
            List<Object> candidates = new ArrayList<>();
            if (current.containsKey(field.getName())) {
                candidates.add(current.get(field.getName()));
            }
            for (Object candidate : candidates(field, constraints)) {
                if (!candidates.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
            choices.add(candidates);
        }
        if (search(constraints, order, choices, 0, values)) {
            return values;
        }
        throw new Unreachable("no case data satisfies "
                + constraints.stream().map(Constraint::description).toList());
    }

    private static boolean search(
            List<Constraint> constraints,
            List<DataField> order,
            List<List<Object>> choices,
            int depth,
            Map<String, Object> values) {
        if (depth == order.size()) {
            return constraints.stream().allMatch(c -> c.test().test(values));
        }
        for (Object candidate : choices.get(depth)) {
            values.put(order.get(depth).getName(), candidate);
            if (search(constraints, order, choices, depth + 1, values)) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> candidates(DataField field, List<Constraint> constraints) {
        List<Object> candidates = new ArrayList<>();
        if (field.getType() instanceof EnumType type) {
            type.getLiterals().forEach(literal -> candidates.add(literal.getName()));
            return candidates;
        }
        switch (((PrimitiveType) field.getType()).getKind()) {
            case BOOLEAN -> {
                candidates.add(false);
                candidates.add(true);
            }
            case NUMBER -> {
                candidates.add(0.0);
                for (Object literal : literals(constraints)) {
                    if (literal instanceof Double number) {
                        candidates.addAll(List.of(number, number - 1, number + 1));
                    }
                }
            }
            case DURATION -> {
                candidates.add(0L);
                for (Object literal : literals(constraints)) {
                    if (literal instanceof Long minutes) {
                        candidates.addAll(List.of(minutes, minutes - 1, minutes + 1));
                    }
                }
            }
            case DATE -> {
                candidates.add("2026-06-01");
                for (Object literal : literals(constraints)) {
                    if (literal instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        LocalDate date = LocalDate.parse(text);
                        candidates.addAll(List.of(
                                text,
                                date.minusDays(1).toString(),
                                date.plusDays(1).toString()));
                    }
                }
            }
            case TEXT -> {
                candidates.add("");
                literals(constraints).stream().filter(String.class::isInstance).forEach(candidates::add);
            }
        }
        return candidates;
    }

    private static List<Object> literals(List<Constraint> constraints) {
        return constraints.stream().flatMap(c -> c.literals().stream()).toList();
    }

    private static void collectLiterals(EObject source, List<Object> literals) {
        if (source instanceof Expression expression && isLiteral(expression)) {
            literals.add(value(expression, Map.of()));
        }
        source.eAllContents().forEachRemaining(element -> {
            if (element instanceof Expression expression && isLiteral(expression)) {
                literals.add(value(expression, Map.of()));
            }
        });
    }

    /** Whether every cell of the row accepts the case's value of its column's field. */
    static boolean matches(RuleTable table, RuleRow row, Map<String, Object> values) {
        for (int i = 0; i < row.getCells().size(); i++) {
            Object value = values.get(table.getInputs().get(i).getName());
            Cell cell = row.getCells().get(i);
            if (cell instanceof TestCell test && !holds(test.getOp(), compare(value, value(test.getValue(), values)))) {
                return false;
            }
            if (cell instanceof InCell in
                    && in.getValues().stream().noneMatch(v -> compare(value, value(v, values)) == 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLiteral(Expression expression) {
        return expression instanceof NumberLiteral
                || expression instanceof TextLiteral
                || expression instanceof DurationLiteral
                || expression instanceof BooleanLiteral;
    }

    private static void collectFields(EObject condition, Set<DataField> fields) {
        if (condition instanceof Ref ref && ref.getSymbol() instanceof DataField field) {
            fields.add(field);
        }
        condition.eAllContents().forEachRemaining(element -> {
            if (element instanceof Ref ref && ref.getSymbol() instanceof DataField field) {
                fields.add(field);
            }
        });
    }

    public static boolean truth(Expression expression, Map<String, Object> values) {
        return Boolean.TRUE.equals(value(expression, values));
    }

    private static Object value(Expression expression, Map<String, Object> values) {
        if (expression instanceof Or or) {
            return truth(or.getLeft(), values) || truth(or.getRight(), values);
        }
        if (expression instanceof And and) {
            return truth(and.getLeft(), values) && truth(and.getRight(), values);
        }
        if (expression instanceof Not not) {
            return !truth(not.getOperand(), values);
        }
        if (expression instanceof Compare compare) {
            return holds(compare.getOp(), compare(value(compare.getLeft(), values), value(compare.getRight(), values)));
        }
        if (expression instanceof InList in) {
            Object operand = value(in.getOperand(), values);
            boolean member = in.getValues().stream().anyMatch(v -> compare(operand, value(v, values)) == 0);
            return member != in.isNegated();
        }
        if (expression instanceof Ref ref) {
            return ref.getSymbol() instanceof EnumLiteral literal
                    ? literal.getName()
                    : values.get(((DataField) ref.getSymbol()).getName());
        }
        if (expression instanceof NumberLiteral number) {
            return number.getValue().doubleValue();
        }
        if (expression instanceof TextLiteral text) {
            return text.getValue();
        }
        if (expression instanceof BooleanLiteral bool) {
            return bool.isValue();
        }
        if (expression instanceof DurationLiteral duration) {
            return WfaOrganisation.minutes(duration.getDuration());
        }
        throw new IllegalArgumentException("not a condition the solver knows: " + expression);
    }

    private static boolean holds(CompareOp op, int order) {
        return switch (op) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
        };
    }

    /** Numbers (and durations) by value, anything else as text; unequal types never equal. */
    private static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return left == right ? 0 : 1;
        }
        if (left instanceof Number a && right instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        return Objects.equals(left, right) ? 0 : 1;
    }
}

package org.wfa.dsl.generator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.DurationLiteral;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.NumberLiteral;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.TextLiteral;

/**
 * Translates a condition written once in .wfa into each engine's expression language: JUEL for
 * Operaton / Camunda 7 and Flowable, FEEL for Camunda 8 and DMN, jq for Serverless Workflow.
 *
 * <p>Case data travels as process variables with one representation in every engine: text,
 * numbers and booleans as themselves, enumeration values as their names (text), dates as ISO
 * text ({@code "2026-01-01"}, which orders as the dates do) and durations as whole minutes.
 */
public final class WfaConditionTranslator {

    public enum Dialect {
        JUEL,
        FEEL,
        JQ
    }

    /** Words that JUEL and FEEL reserve: case data named so is read in a quoted form. */
    private static final Set<String> JUEL_RESERVED = Set.of(
            "and",
            "or",
            "not",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "true",
            "false",
            "null",
            "empty",
            "div",
            "mod",
            "instanceof");

    private static final Set<String> FEEL_RESERVED = Set.of(
            "and",
            "or",
            "not",
            "true",
            "false",
            "null",
            "in",
            "between",
            "instance",
            "of",
            "some",
            "every",
            "satisfies",
            "if",
            "then",
            "else",
            "for",
            "return",
            "function",
            "date",
            "time",
            "duration");

    private WfaConditionTranslator() {}

    /** The condition as the engine reads it: {@code ${...}} in JUEL, {@code =...} in FEEL, {@code ${ ... }} in jq. */
    public static String condition(Expression expression, Dialect dialect) {
        return wrap(expression(expression, dialect), dialect);
    }

    private static String wrap(String body, Dialect dialect) {
        return switch (dialect) {
            case JUEL -> "${" + body + "}";
            case FEEL -> "=" + body;
            case JQ -> "${ " + body + " }";
        };
    }

    /** The condition without the engine's expression delimiters. */
    public static String expression(Expression expression, Dialect dialect) {
        if (expression instanceof Or or) {
            return operand(or.getLeft(), dialect) + " or " + operand(or.getRight(), dialect);
        }
        if (expression instanceof And and) {
            return operand(and.getLeft(), dialect) + " and " + operand(and.getRight(), dialect);
        }
        if (expression instanceof Not not) {
            return negate(expression(not.getOperand(), dialect), dialect);
        }
        if (expression instanceof Compare compare) {
            return expression(compare.getLeft(), dialect) + " " + operator(compare.getOp(), dialect) + " "
                    + expression(compare.getRight(), dialect);
        }
        if (expression instanceof InList in) {
            String membership = membership(in, dialect);
            return in.isNegated() ? negate(membership, dialect) : membership;
        }
        if (expression instanceof Ref ref) {
            return ref.getSymbol() instanceof EnumLiteral literal
                    ? text(literal.getName(), dialect)
                    : variable(((DataField) ref.getSymbol()).getName(), dialect);
        }
        if (expression instanceof NumberLiteral number) {
            return number.getValue().toPlainString();
        }
        if (expression instanceof TextLiteral text) {
            return text(text.getValue(), dialect);
        }
        if (expression instanceof BooleanLiteral bool) {
            return String.valueOf(bool.isValue());
        }
        if (expression instanceof DurationLiteral duration) {
            return String.valueOf(WfaOrganisation.minutes(duration.getDuration()));
        }
        throw new IllegalArgumentException("not a condition: " + expression);
    }

    /**
     * The condition under which a row of a rule table matches: every cell's test on its input,
     * joined with 'and' ('-' matches anything; a row of only '-' is {@code true}).
     */
    public static String rule(RuleTable table, RuleRow row, Dialect dialect) {
        List<String> tests = new ArrayList<>();
        for (int i = 0; i < row.getCells().size() && i < table.getInputs().size(); i++) {
            String input = variable(table.getInputs().get(i).getName(), dialect);
            Cell cell = row.getCells().get(i);
            if (cell instanceof TestCell test) {
                tests.add(input + " " + operator(test.getOp(), dialect) + " " + expression(test.getValue(), dialect));
            } else if (cell instanceof InCell in) {
                tests.add(oneOf(input, in.getValues(), dialect));
            }
        }
        return wrap(tests.isEmpty() ? "true" : String.join(" and ", tests), dialect);
    }

    private static String membership(InList in, Dialect dialect) {
        return oneOf(expression(in.getOperand(), dialect), in.getValues(), dialect);
    }

    /** Whether the operand equals one of the values. */
    private static String oneOf(String operand, List<Expression> values, Dialect dialect) {
        List<String> literals = values.stream().map(v -> expression(v, dialect)).toList();
        if (dialect == Dialect.FEEL) {
            return "list contains([" + String.join(", ", literals) + "], " + operand + ")";
        }
        return literals.stream().map(v -> operand + " == " + v).collect(Collectors.joining(" or ", "(", ")"));
    }

    /** Compound operands are parenthesised, so that no language's precedence rules matter. */
    private static String operand(Expression expression, Dialect dialect) {
        String text = expression(expression, dialect);
        return expression instanceof Or || expression instanceof And ? "(" + text + ")" : text;
    }

    private static String negate(String text, Dialect dialect) {
        return switch (dialect) {
            case JUEL -> "not (" + text + ")";
            case FEEL -> "not(" + text + ")";
            case JQ -> "((" + text + ") | not)";
        };
    }

    private static String operator(CompareOp op, Dialect dialect) {
        return switch (op) {
            case EQ -> dialect == Dialect.FEEL ? "=" : "==";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    /** How the language reads a case-data field. */
    public static String variable(String name, Dialect dialect) {
        return switch (dialect) {
            case JUEL -> JUEL_RESERVED.contains(name) ? "execution.getVariable(" + text(name, dialect) + ")" : name;
            case FEEL -> FEEL_RESERVED.contains(name) ? "`" + name + "`" : name;
            case JQ -> "." + name;
        };
    }

    /** A string literal: single-quoted in JUEL, double-quoted (JSON rules) in FEEL and jq. */
    public static String text(String value, Dialect dialect) {
        if (dialect == Dialect.JUEL) {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> {
                    // feel-scala (the DMN engine's FEEL) misreads a quote escaped right after an
                    // escaped backslash; the literal is split there, which any FEEL reads alike.
                    if (dialect == Dialect.FEEL && i > 0 && value.charAt(i - 1) == '\\') {
                        out.append("\" + \"");
                    }
                    out.append("\\\"");
                }
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

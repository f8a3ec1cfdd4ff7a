package org.wfa.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionTableResult;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.DurationLiteral;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.HitPolicy;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.NumberLiteral;
import org.wfa.dsl.wfa.PrimitiveKind;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.TextLiteral;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

/**
 * The generated DMN run on a real DMN engine (Operaton's, FEEL by feel-scala) against the rule
 * tables it came from: for every rule of every table, a case built to satisfy that rule is
 * evaluated by the engine and compared with the route the .wfa table gives under its hit policy.
 */
public final class WfaDmnOracle {

    private static final DmnEngine ENGINE =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private WfaDmnOracle() {}

    /** Checks every rule of every table of the compilation; returns the number of cases evaluated. */
    public static int assertRoutesAsWritten(Compilation compilation, List<GeneratedFile> generated) {
        Map<String, String> files = new LinkedHashMap<>();
        generated.forEach(f -> files.put(f.path(), f.content()));
        int cases = 0;
        for (var resource : compilation.resources()) {
            for (Workflow workflow : ((Model) resource.getContents().get(0)).getWorkflows()) {
                for (var node : workflow.getNodes()) {
                    if (node instanceof Decision decision && decision.getTable() != null) {
                        cases += check(workflow, decision, files);
                    }
                }
            }
        }
        return cases;
    }

    private static int check(Workflow workflow, Decision source, Map<String, String> files) {
        String workflowName = ((Model) workflow.eContainer()).getName() + "." + workflow.getName();
        String dmn = files.get("dmn/" + workflowName + ".dmn");
        List<DmnDecision> decisions =
                ENGINE.parseDecisions(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        String id = BpmnIds.dmnDecision(workflowName, source.getName());
        DmnDecision decision = decisions.stream()
                .filter(d -> d.getKey().equals(id))
                .findFirst()
                .orElseThrow();
        RuleTable table = source.getTable();
        int cases = 0;
        for (RuleRow row : table.getRows()) {
            Map<String, Object> variables = satisfying(table, row);
            if (variables == null) {
                continue;
            }
            DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, variables);
            List<String> routes = result.collectEntries(BpmnIds.routeVariable(source.getName()));
            assertEquals(
                    expected(table, variables),
                    routes.isEmpty() ? null : routes.get(0),
                    source.getName() + " with " + variables);
            cases++;
        }
        return cases;
    }

    /** The route of the first matching rule (any rule for 'any': they agree), or null. */
    private static String expected(RuleTable table, Map<String, Object> variables) {
        List<String> matches = new ArrayList<>();
        for (RuleRow row : table.getRows()) {
            boolean all = true;
            for (int i = 0; i < row.getCells().size(); i++) {
                all &= matches(
                        row.getCells().get(i),
                        variables.get(table.getInputs().get(i).getName()));
            }
            if (all) {
                matches.add(row.getTarget().getName());
            }
        }
        if (table.getHitPolicy() == HitPolicy.UNIQUE) {
            assertTrue(matches.size() <= 1, "a unique table matched several rules: " + matches);
        }
        if (table.getHitPolicy() == HitPolicy.PRIORITY) {
            // Outputs rank in the order the rules first name them.
            List<String> ranks = table.getRows().stream()
                    .map(r -> r.getTarget().getName())
                    .distinct()
                    .toList();
            return matches.stream().min(Comparator.comparingInt(ranks::indexOf)).orElse(null);
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    private static boolean matches(Cell cell, Object value) {
        if (cell instanceof TestCell test) {
            int order = compare(value, valueOf(test.getValue()));
            return switch (test.getOp()) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            };
        }
        if (cell instanceof InCell in) {
            return in.getValues().stream().anyMatch(v -> compare(value, valueOf(v)) == 0);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        return a.equals(b) ? 0 : ((Comparable<Object>) a).compareTo(b) < 0 ? -1 : 1;
    }

    /** Values for the table's inputs that satisfy the row's cells; null if no case can. */
    private static Map<String, Object> satisfying(RuleTable table, RuleRow row) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < table.getInputs().size(); i++) {
            DataField field = table.getInputs().get(i);
            Cell cell = row.getCells().get(i);
            Object value;
            if (cell instanceof TestCell test) {
                Object given = valueOf(test.getValue());
                value = test.getOp() == CompareOp.EQ || test.getOp() == CompareOp.LE || test.getOp() == CompareOp.GE
                        ? given
                        : other(field, given, test.getOp());
            } else if (cell instanceof InCell in) {
                value = valueOf(in.getValues().get(0));
            } else {
                value = some(field);
            }
            if (value == null) {
                return null;
            }
            variables.put(field.getName(), value);
        }
        return variables;
    }

    private static Object other(DataField field, Object given, CompareOp op) {
        if (given instanceof Boolean b) {
            return !b;
        }
        if (given instanceof Double d) {
            return op == CompareOp.LT ? d - 1 : d + 1;
        }
        if (field.getType() instanceof EnumType type) {
            return type.getLiterals().stream()
                    .map(EnumLiteral::getName)
                    .filter(n -> !n.equals(given))
                    .findFirst()
                    .orElse(null);
        }
        return given + "-other";
    }

    private static Object some(DataField field) {
        if (field.getType() instanceof EnumType type) {
            return type.getLiterals().get(type.getLiterals().size() - 1).getName();
        }
        PrimitiveKind kind = ((PrimitiveType) field.getType()).getKind();
        return switch (kind) {
            case NUMBER, DURATION -> 0.0;
            case BOOLEAN -> false;
            case DATE -> "2000-01-01";
            default -> "";
        };
    }

    private static Object valueOf(Expression expression) {
        if (expression instanceof NumberLiteral number) {
            return number.getValue().doubleValue();
        }
        if (expression instanceof BooleanLiteral bool) {
            return bool.isValue();
        }
        if (expression instanceof TextLiteral text) {
            return text.getValue();
        }
        if (expression instanceof DurationLiteral duration) {
            return (double) WfaOrganisation.minutes(duration.getDuration());
        }
        if (expression instanceof Ref ref && ref.getSymbol() instanceof EnumLiteral literal) {
            return literal.getName();
        }
        throw new IllegalArgumentException("not a value: " + expression);
    }
}

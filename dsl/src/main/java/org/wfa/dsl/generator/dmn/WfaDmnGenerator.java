package org.wfa.dsl.generator.dmn;

import static org.wfa.dsl.generator.engine.WfaConditionTranslator.Dialect.FEEL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.HitPolicy;
import org.operaton.bpm.model.dmn.impl.DmnModelConstants;
import org.operaton.bpm.model.dmn.instance.Decision;
import org.operaton.bpm.model.dmn.instance.DecisionTable;
import org.operaton.bpm.model.dmn.instance.Definitions;
import org.operaton.bpm.model.dmn.instance.Description;
import org.operaton.bpm.model.dmn.instance.Input;
import org.operaton.bpm.model.dmn.instance.InputEntry;
import org.operaton.bpm.model.dmn.instance.InputExpression;
import org.operaton.bpm.model.dmn.instance.Output;
import org.operaton.bpm.model.dmn.instance.OutputEntry;
import org.operaton.bpm.model.dmn.instance.Rule;
import org.operaton.bpm.model.dmn.instance.Text;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaEscape;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.generator.engine.WfaConditionTranslator;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.BooleanLiteral;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/**
 * The {@code dmn} target: a DMN 1.3 file per workflow that has decisions written as rule tables
 * ({@code dmn/<workflow>.dmn}), built with the DMN model library. Each table becomes a decision
 * table with the same hit policy (a priority table as the equivalent first-hit table), an input per tested case-data field (FEEL, with the field's
 * type), and one output, {@code <decision>Route}: the name of the step the matching rule leads
 * to. A case that matches no rule yields no route, and the process takes the decision's
 * {@code otherwise} flow. Case data are typed as the conditions are translated everywhere: text,
 * enumeration values and dates as strings, durations as minutes.
 */
public class WfaDmnGenerator {

    public static final String FOLDER = "dmn/";

    /** How long the engine keeps a decision's history, in days: as long as a process's (P180D). */
    static final String HISTORY_TIME_TO_LIVE_DAYS = "180";

    @Inject
    private WfaRefs refs;

    public List<GeneratedFile> generate(Compilation compilation) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Workflow workflow : compilation.workflows()) {
            if (workflow.getNodes().stream()
                    .anyMatch(n -> n instanceof org.wfa.dsl.wfa.Decision d && d.getTable() != null)) {
                String name = refs.of(workflow).name();
                files.add(GeneratedFile.lazy(
                        FOLDER + WfaEscape.fileName(name) + ".dmn", () -> Dmn.convertToString(model(workflow, name))));
            }
        }
        return files;
    }

    DmnModelInstance model(Workflow workflow, String qualifiedName) {
        DmnModelInstance model = Dmn.createEmptyModel();
        Definitions definitions = model.newInstance(Definitions.class);
        definitions.setId("definitions-" + BpmnIds.process(qualifiedName));
        definitions.setName(refs.of(workflow).label());
        definitions.setNamespace("https://wfa.dev/dmn/" + qualifiedName);
        model.setDefinitions(definitions);
        definitions.getDomElement().registerNamespace("operaton", DmnModelConstants.OPERATON_NS);
        for (Node node : workflow.getNodes()) {
            if (node instanceof org.wfa.dsl.wfa.Decision decision && decision.getTable() != null) {
                definitions.addChildElement(decision(model, qualifiedName, decision));
            }
        }
        Dmn.validateModel(model);
        return model;
    }

    private Decision decision(DmnModelInstance model, String workflowName, org.wfa.dsl.wfa.Decision source) {
        RuleTable table = source.getTable();
        Decision decision = model.newInstance(Decision.class);
        String id = BpmnIds.dmnDecision(workflowName, source.getName());
        decision.setId(id);
        decision.setName(refs.of(source).label());
        // Operaton and Camunda 7 refuse to deploy a decision without it (ENGINE-12018); other
        // engines ignore the extension attribute.
        decision.setOperatonHistoryTimeToLiveString(HISTORY_TIME_TO_LIVE_DAYS);
        DecisionTable decisionTable = model.newInstance(DecisionTable.class);
        decisionTable.setId(id + "-table");
        boolean priority = table.getHitPolicy() == org.wfa.dsl.wfa.HitPolicy.PRIORITY;
        // Camunda 7 and Operaton do not run PRIORITY tables. A priority table ranks its outputs in
        // the order the rules first name them; the same rules, stably sorted by that rank, under
        // FIRST give the same result on every engine.
        decisionTable.setHitPolicy(
                priority
                        ? HitPolicy.FIRST
                        : HitPolicy.valueOf(table.getHitPolicy().getName()));
        decision.addChildElement(decisionTable);
        int column = 1;
        for (DataField field : table.getInputs()) {
            Input input = model.newInstance(Input.class);
            input.setId(id + "-input" + column++);
            input.setLabel(field.getName());
            InputExpression expression = model.newInstance(InputExpression.class);
            expression.setId(input.getId() + "-expression");
            expression.setTypeRef(typeOf(field));
            expression.setText(text(model, WfaConditionTranslator.variable(field.getName(), FEEL)));
            input.setInputExpression(expression);
            decisionTable.getInputs().add(input);
        }
        Output output = model.newInstance(Output.class);
        output.setId(id + "-output");
        output.setName(BpmnIds.routeVariable(source.getName()));
        output.setLabel("next step");
        output.setTypeRef("string");
        decisionTable.getOutputs().add(output);
        List<RuleRow> rows = new ArrayList<>(table.getRows());
        if (priority) {
            List<Node> ranks = new ArrayList<>(
                    new LinkedHashSet<>(rows.stream().map(RuleRow::getTarget).toList()));
            rows.sort(Comparator.comparingInt(row -> ranks.indexOf(row.getTarget())));
        }
        int index = 1;
        for (RuleRow row : rows) {
            decisionTable.getRules().add(rule(model, id + "-rule" + index++, table, row));
        }
        return decision;
    }

    private Rule rule(DmnModelInstance model, String id, RuleTable table, RuleRow row) {
        Rule rule = model.newInstance(Rule.class);
        rule.setId(id);
        if (row.getLabel() != null) {
            Description description = model.newInstance(Description.class);
            description.setTextContent(row.getLabel());
            rule.setDescription(description);
        }
        int column = 1;
        for (int i = 0; i < table.getInputs().size(); i++) {
            InputEntry entry = model.newInstance(InputEntry.class);
            entry.setId(id + "-in" + column++);
            entry.setText(text(
                    model, i < row.getCells().size() ? unaryTests(row.getCells().get(i)) : "-"));
            rule.getInputEntries().add(entry);
        }
        OutputEntry result = model.newInstance(OutputEntry.class);
        result.setId(id + "-out");
        result.setText(text(model, WfaConditionTranslator.text(row.getTarget().getName(), FEEL)));
        rule.getOutputEntries().add(result);
        return rule;
    }

    /** A cell as FEEL unary tests: {@code -}, {@code "GOLD"}, {@code >= 720}, {@code not("X")}, {@code "A","B"}. */
    static String unaryTests(Cell cell) {
        if (cell instanceof TestCell test) {
            String value = WfaConditionTranslator.expression(test.getValue(), FEEL);
            if (test.getOp() == CompareOp.NE && test.getValue() instanceof BooleanLiteral bool) {
                // FEEL reads not(true) as the function 'not' applied to true, a test that never
                // matches; the other boolean is what is meant.
                return String.valueOf(!bool.isValue());
            }
            return switch (test.getOp()) {
                case EQ -> value;
                case NE -> "not(" + value + ")";
                default -> symbol(test.getOp()) + " " + value;
            };
        }
        if (cell instanceof InCell in) {
            return String.join(
                    ",",
                    in.getValues().stream()
                            .map(v -> WfaConditionTranslator.expression(v, FEEL))
                            .toList());
        }
        return "-";
    }

    private static String symbol(CompareOp op) {
        return switch (op) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static String typeOf(DataField field) {
        if (field.getType() instanceof EnumType) {
            return "string";
        }
        return switch (((PrimitiveType) field.getType()).getKind()) {
            case NUMBER, DURATION -> "number";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    private static Text text(DmnModelInstance model, String content) {
        Text text = model.newInstance(Text.class);
        text.setTextContent(content);
        return text;
    }
}

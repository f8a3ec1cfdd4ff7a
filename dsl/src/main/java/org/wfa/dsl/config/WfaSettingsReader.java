package org.wfa.dsl.config;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.wfa.dsl.rules.Suggestions;
import org.wfa.dsl.rules.WfaRule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a workspace configuration file ({@code wfa.yaml}):
 *
 * <pre>
 * rules:
 *   four-eyes: warning            # error, warning, info or off
 *   handoff-without-artifact: off
 * thresholds:
 *   bus-factor-share: 30%         # or 0.3
 *   role-overload-share: 50%
 *   role-overload-minimum: 5
 *   approvals-per-approver: 3
 *   max-steps: 50
 * </pre>
 *
 * Every mistake (unknown section, rule or threshold, bad value) becomes a problem with its line
 * and column; the rest of the file still applies.
 */
public final class WfaSettingsReader {

    private static final String THRESHOLDS =
            "bus-factor-share, role-overload-share, role-overload-minimum," + " approvals-per-approver or max-steps";

    private WfaSettingsReader() {}

    public static WfaSettings read(Path file, String text) {
        List<WfaSettings.Problem> problems = new ArrayList<>();
        Map<WfaRule, Severity> severities = new EnumMap<>(WfaRule.class);
        WfaSettings.Thresholds thresholds = WfaSettings.Thresholds.DEFAULT;
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(problem(mark, "Not valid YAML: " + e.getProblem()));
            return new WfaSettings(file, severities, thresholds, problems);
        } catch (RuntimeException e) {
            problems.add(new WfaSettings.Problem(1, 1, "Not valid YAML: " + e.getMessage()));
            return new WfaSettings(file, severities, thresholds, problems);
        }
        if (root == null) {
            return new WfaSettings(file, severities, thresholds, problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(problem(root.getStartMark(), "Expected a mapping with 'rules' and 'thresholds'."));
            return new WfaSettings(file, severities, thresholds, problems);
        }
        for (NodeTuple section : mapping.getValue()) {
            String key = scalar(section.getKeyNode());
            if (key == null) {
                problems.add(problem(
                        section.getKeyNode().getStartMark(),
                        "Found " + describe(section.getKeyNode())
                                + " where a section belongs: expected 'rules' or 'thresholds'."));
            } else if ("rules".equals(key)) {
                readRules(section.getValueNode(), severities, problems);
            } else if ("thresholds".equals(key)) {
                thresholds = readThresholds(section.getValueNode(), problems);
            } else {
                problems.add(problem(
                        section.getKeyNode().getStartMark(),
                        "Unknown section '" + key + "': expected 'rules' or 'thresholds'."));
            }
        }
        return new WfaSettings(file, severities, thresholds, problems);
    }

    private static void readRules(Node node, Map<WfaRule, Severity> severities, List<WfaSettings.Problem> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(problem(node.getStartMark(), "Expected 'rules' to map rule names to severities."));
            return;
        }
        List<String> names =
                Arrays.stream(WfaRule.values()).map(WfaRule::ruleName).toList();
        for (NodeTuple entry : mapping.getValue()) {
            String name = scalar(entry.getKeyNode());
            if (name == null) {
                problems.add(problem(
                        entry.getKeyNode().getStartMark(),
                        "Found " + describe(entry.getKeyNode())
                                + " where a rule name belongs: expected a rule name or code from docs/rules.md."));
                continue;
            }
            WfaRule rule = WfaRule.byName(name);
            if (rule == null) {
                rule = WfaRule.byCode(name);
            }
            if (rule == null) {
                List<String> close = Suggestions.closestWords(name, names);
                problems.add(problem(
                        entry.getKeyNode().getStartMark(),
                        "Unknown rule '" + name + "'"
                                + (close.isEmpty() ? "" : ": did you mean '" + close.get(0) + "'?")
                                + (close.isEmpty() ? ": expected a rule name from docs/rules.md." : "")));
                continue;
            }
            String value = scalar(entry.getValueNode());
            if (value == null) {
                problems.add(problem(
                        entry.getValueNode().getStartMark(),
                        "Found " + describe(entry.getValueNode()) + " where the severity of rule '" + name
                                + "' belongs: expected error, warning, info or off."));
                continue;
            }
            switch (value) {
                case "error" -> severities.put(rule, Severity.ERROR);
                case "warning" -> severities.put(rule, Severity.WARNING);
                case "info" -> severities.put(rule, Severity.INFO);
                case "off", "false" -> severities.put(rule, null);
                default ->
                    problems.add(problem(
                            entry.getValueNode().getStartMark(),
                            "Bad severity '" + value + "' for rule '" + name
                                    + "': expected error, warning, info or off."));
            }
        }
    }

    private static WfaSettings.Thresholds readThresholds(Node node, List<WfaSettings.Problem> problems) {
        WfaSettings.Thresholds t = WfaSettings.Thresholds.DEFAULT;
        if (!(node instanceof MappingNode mapping)) {
            problems.add(problem(node.getStartMark(), "Expected 'thresholds' to map threshold names to numbers."));
            return t;
        }
        double busFactor = t.busFactorShare();
        double overloadShare = t.roleOverloadShare();
        int overloadMinimum = t.roleOverloadMinimum();
        int approvals = t.approvalsPerApprover();
        int maxSteps = t.maxSteps();
        for (NodeTuple entry : mapping.getValue()) {
            String name = scalar(entry.getKeyNode());
            Node value = entry.getValueNode();
            if (name == null) {
                problems.add(problem(
                        entry.getKeyNode().getStartMark(),
                        "Found " + describe(entry.getKeyNode()) + " where a threshold name belongs: expected "
                                + THRESHOLDS + "."));
                continue;
            }
            switch (name) {
                case "bus-factor-share" -> busFactor = share(value, name, busFactor, problems);
                case "role-overload-share" -> overloadShare = share(value, name, overloadShare, problems);
                case "role-overload-minimum" -> overloadMinimum = count(value, name, overloadMinimum, problems);
                case "approvals-per-approver" -> approvals = count(value, name, approvals, problems);
                case "max-steps" -> maxSteps = count(value, name, maxSteps, problems);
                default ->
                    problems.add(problem(
                            entry.getKeyNode().getStartMark(),
                            "Unknown threshold '" + name + "': expected " + THRESHOLDS + "."));
            }
        }
        return new WfaSettings.Thresholds(busFactor, overloadShare, overloadMinimum, approvals, maxSteps);
    }

    /** "30%" or "0.3". */
    private static double share(Node node, String name, double fallback, List<WfaSettings.Problem> problems) {
        String text = scalar(node);
        if (text == null) {
            problems.add(missingValue(node, name, "a share such as 30% or 0.3 (more than 0, at most 100%)"));
            return fallback;
        }
        try {
            double value = text.endsWith("%")
                    ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
                    : Double.parseDouble(text);
            if (value > 0 && value <= 1) {
                return value;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problems.add(problem(
                node.getStartMark(),
                "Bad value '" + text + "' for '" + name
                        + "': expected a share such as 30% or 0.3 (more than 0, at most 100%)."));
        return fallback;
    }

    private static int count(Node node, String name, int fallback, List<WfaSettings.Problem> problems) {
        String text = scalar(node);
        if (text == null) {
            problems.add(missingValue(node, name, "a whole number greater than 0"));
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        problems.add(problem(
                node.getStartMark(),
                "Bad value '" + text + "' for '" + name + "': expected a whole number greater than 0."));
        return fallback;
    }

    private static WfaSettings.Problem missingValue(Node node, String name, String expected) {
        return problem(
                node.getStartMark(),
                "Found " + describe(node) + " where the value of '" + name + "' belongs: expected " + expected + ".");
    }

    /** A scalar's text; null for a YAML null ({@code ~}, {@code null} or nothing at all), a list or a mapping. */
    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag()) ? scalar.getValue() : null;
    }

    /** What stands where a text was expected, for the messages. */
    private static String describe(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "nothing";
            case sequence -> "a list";
            case mapping -> "a mapping";
            case anchor -> "an alias";
        };
    }

    private static WfaSettings.Problem problem(Mark mark, String message) {
        return mark == null
                ? new WfaSettings.Problem(1, 1, message)
                : new WfaSettings.Problem(mark.getLine() + 1, mark.getColumn() + 1, message);
    }
}

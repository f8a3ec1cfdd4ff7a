package org.wfa.dsl.tests.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.config.WfaSettings;
import org.wfa.dsl.config.WfaSettingsReader;
import org.wfa.dsl.rules.WfaRule;

class WfaSettingsReaderTest {

    private static WfaSettings read(String text) {
        return WfaSettingsReader.read(Path.of("wfa.yaml"), text);
    }

    @Test
    void readsSeveritiesAndThresholds() {
        WfaSettings settings = read("""
                rules:
                  four-eyes: warning
                  handoff-without-artifact: off
                  WFA802: info
                thresholds:
                  bus-factor-share: 40%
                  role-overload-share: 0.6
                  role-overload-minimum: 7
                  approvals-per-approver: 2
                  max-steps: 80
                """);
        assertEquals(List.of(), settings.problems());
        assertEquals(Optional.of(Severity.WARNING), settings.severity(WfaRule.FOUR_EYES));
        assertEquals(Optional.empty(), settings.severity(WfaRule.HANDOFF_WITHOUT_ARTIFACT));
        assertEquals(Optional.of(Severity.INFO), settings.severity(WfaRule.MISSING_TITLE));
        assertEquals(Optional.of(Severity.ERROR), settings.severity(WfaRule.DEAD_END));
        assertEquals(new WfaSettings.Thresholds(0.4, 0.6, 7, 2, 80), settings.thresholds());
    }

    @Test
    void reportsUnknownRulesAndBadValuesWithPositions() {
        WfaSettings settings = read("""
                rules:
                  four-eye: warning
                  dead-end: sometimes
                thresholds:
                  bus-factor-share: 150%
                  max-steps: many
                  speed: 3
                colours: {}
                """);
        assertEquals(
                List.of(
                        new WfaSettings.Problem(2, 3, "Unknown rule 'four-eye': did you mean 'four-eyes'?"),
                        new WfaSettings.Problem(
                                3,
                                13,
                                "Bad severity 'sometimes' for rule 'dead-end': expected error, warning,"
                                        + " info or off."),
                        new WfaSettings.Problem(
                                5,
                                21,
                                "Bad value '150%' for 'bus-factor-share': expected a share such as 30%"
                                        + " or 0.3 (more than 0, at most 100%)."),
                        new WfaSettings.Problem(
                                6,
                                14,
                                "Bad value 'many' for 'max-steps': expected a whole number greater" + " than 0."),
                        new WfaSettings.Problem(
                                7,
                                3,
                                "Unknown threshold 'speed': expected bus-factor-share,"
                                        + " role-overload-share, role-overload-minimum, approvals-per-approver or max-steps."),
                        new WfaSettings.Problem(8, 1, "Unknown section 'colours': expected 'rules' or 'thresholds'.")),
                settings.problems());
        assertEquals(WfaSettings.Thresholds.DEFAULT, settings.thresholds());
    }

    /** A YAML null or a list where a name or value belongs once read as the text "null" ("Unknown rule 'null'"). */
    @Test
    void saysWhatStandsWhereANameOrValueIsMissing() {
        WfaSettings settings = read("""
                rules:
                  ~: off
                  [four-eyes]: off
                  dead-end:
                thresholds:
                  max-steps: [3]
                  bus-factor-share: ~
                  ~: 3
                ~: {}
                """);
        assertEquals(
                List.of(
                        new WfaSettings.Problem(
                                2,
                                3,
                                "Found nothing where a rule name belongs: expected a rule name or code"
                                        + " from docs/rules.md."),
                        new WfaSettings.Problem(
                                3,
                                3,
                                "Found a list where a rule name belongs: expected a rule name or code"
                                        + " from docs/rules.md."),
                        new WfaSettings.Problem(
                                4,
                                12,
                                "Found nothing where the severity of rule 'dead-end' belongs: expected"
                                        + " error, warning, info or off."),
                        new WfaSettings.Problem(
                                6,
                                14,
                                "Found a list where the value of 'max-steps' belongs: expected a whole"
                                        + " number greater than 0."),
                        new WfaSettings.Problem(
                                7,
                                21,
                                "Found nothing where the value of 'bus-factor-share' belongs: expected"
                                        + " a share such as 30% or 0.3 (more than 0, at most 100%)."),
                        new WfaSettings.Problem(
                                8,
                                3,
                                "Found nothing where a threshold name belongs: expected"
                                        + " bus-factor-share, role-overload-share, role-overload-minimum, approvals-per-approver or"
                                        + " max-steps."),
                        new WfaSettings.Problem(
                                9, 1, "Found nothing where a section belongs: expected 'rules' or" + " 'thresholds'.")),
                settings.problems());
        assertEquals(Optional.of(Severity.ERROR), settings.severity(WfaRule.DEAD_END));
        assertEquals(WfaSettings.Thresholds.DEFAULT, settings.thresholds());
    }

    @Test
    void reportsInvalidYamlWithPosition() {
        WfaSettings settings = read("rules:\n  four-eyes: [warning\n");
        assertEquals(1, settings.problems().size());
        assertEquals(3, settings.problems().get(0).line());
    }

    @Test
    void acceptsAnEmptyFile() {
        assertEquals(List.of(), read("").problems());
    }
    /** "Billion laughs": nine levels of nine aliases would expand to 9^9 entries. */
    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder yaml = new StringBuilder("rules:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 9; level++) {
            String previous = "*l" + (level - 1);
            yaml.append("  l")
                    .append(level)
                    .append(": &l")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(9, previous)))
                    .append("]\n");
        }
        WfaSettings settings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(yaml.toString()));
        assertEquals(1, settings.problems().size(), settings.problems().toString());
        String message = settings.problems().get(0).message();
        assertTrue(
                message.startsWith(
                        "Not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=10"),
                message);
    }

    /** The file is composed into nodes, never constructed into objects, and SnakeYAML refuses global tags. */
    @Test
    void refusesGlobalTags() {
        WfaSettings settings = read("""
                rules: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                """);
        assertEquals(
                List.of(
                        new WfaSettings.Problem(
                                1,
                                8,
                                "Not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager")),
                settings.problems());
    }
}

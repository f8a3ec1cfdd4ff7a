package org.wfa.dsl.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.wfa.dsl.rules.WfaRule;

/**
 * The workspace configuration in effect for a file: the severity of each rule (empty when the
 * rule is off), the rules' thresholds, and the problems found while reading the configuration.
 *
 * @param file       the configuration file, or null for the built-in defaults
 * @param severities severities that differ from the rules' defaults; a rule mapped to null is off
 * @param thresholds the thresholds
 * @param problems   errors in the configuration file, with their positions
 */
public record WfaSettings(Path file, Map<WfaRule, Severity> severities, Thresholds thresholds, List<Problem> problems) {

    /** A mistake in the configuration file. Lines and columns start at 1. */
    public record Problem(int line, int column, String message) {}

    /** The numbers some rules compare against. */
    public record Thresholds(
            double busFactorShare,
            double roleOverloadShare,
            int roleOverloadMinimum,
            int approvalsPerApprover,
            int maxSteps) {

        public static final Thresholds DEFAULT = new Thresholds(0.3, 0.5, 5, 3, 50);
    }

    public static final WfaSettings DEFAULT =
            new WfaSettings(null, new EnumMap<>(WfaRule.class), Thresholds.DEFAULT, List.of());

    /** The rule's severity, or empty when it is turned off. */
    public Optional<Severity> severity(WfaRule rule) {
        if (severities.containsKey(rule)) {
            return Optional.ofNullable(severities.get(rule));
        }
        return Optional.of(rule.defaultSeverity());
    }
}

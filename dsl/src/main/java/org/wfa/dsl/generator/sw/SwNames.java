package org.wfa.dsl.generator.sw;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names as Serverless Workflow wants them: namespaces and workflow names of letters, digits and
 * hyphens (at most 63, starting and ending with a letter or digit), semantic versions, ISO 8601
 * durations; and task names unique within a workflow.
 */
final class SwNames {

    private final Set<String> taskNames = new HashSet<>();

    /** Reserves the step names first, so that added tasks never take a step's name. */
    SwNames(Iterable<String> stepNames) {
        stepNames.forEach(taskNames::add);
    }

    /** A name for an added task, derived from its step's name and unique in the workflow. */
    String added(String base) {
        String name = base;
        for (int i = 2; !taskNames.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** {@code acme.finance} → {@code acme-finance}; {@code Expense_Claims} → {@code Expense-Claims}. */
    static String label(String text) {
        String label = text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (label.length() > 63) {
            label = label.substring(0, 63).replaceAll("-+$", "");
        }
        return label.isEmpty() ? "default" : label;
    }

    /** The version as written when it is semantic; "3.0" → "3.0.0"; anything else → "0.0.0". */
    static String semanticVersion(String version) {
        if (version == null || version.isBlank()) {
            return "0.0.0";
        }
        String trimmed = version.trim();
        if (trimmed.matches("\\d+")) {
            return trimmed + ".0.0";
        }
        if (trimmed.matches("\\d+\\.\\d+")) {
            return trimmed + ".0";
        }
        return trimmed.matches("\\d+\\.\\d+\\.\\d+") ? trimmed : "0.0.0";
    }

    /** An ISO 8601 duration of whole minutes, in the largest unit that divides it (days at most). */
    static String isoDuration(long minutes) {
        if (minutes % (24 * 60) == 0) {
            return "P" + minutes / (24 * 60) + "D";
        }
        return minutes % 60 == 0 ? "PT" + minutes / 60 + "H" : "PT" + minutes + "M";
    }

    /** An event type: {@code org.wfa.event.contract-signed}. */
    static String eventType(String text) {
        return "org.wfa.event." + label(text).toLowerCase(Locale.ROOT);
    }
}

package org.wfa.cli.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.wfa.Duration;

/**
 * How values appear in an outline: names as written in the source, text quoted the same way
 * whatever quotes the source used, durations with a unit that agrees with the number.
 */
final class OutlineText {

    /** Shown where the parser recovered from an error and a value is missing. */
    static final String MISSING = "?";

    private OutlineText() {}

    /**
     * The names written for a feature (a reference or a name), in source order, taken from the
     * node model: the outline works on a file alone, so references are never resolved.
     */
    static List<String> written(EObject object, String featureName) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
        if (feature == null) {
            throw new IllegalArgumentException(
                    "'" + object.eClass().getName() + "' has no feature '" + featureName + "'");
        }
        List<String> names = new ArrayList<>();
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            String name = name(node);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The names written for a feature, sorted: for clauses whose values form a set. */
    static List<String> writtenSorted(EObject object, String featureName) {
        List<String> names = written(object, featureName);
        names.sort(null);
        return names;
    }

    /** The first name written for a single-valued feature, or null when there is none. */
    static String writtenOnce(EObject object, String featureName) {
        List<String> names = written(object, featureName);
        return names.isEmpty() ? null : names.get(0);
    }

    /**
     * A name without the whitespace or comments that may separate its parts ({@code HR . Recruiter})
     * and without the {@code ^} that escapes a keyword.
     */
    private static String name(INode node) {
        StringBuilder name = new StringBuilder();
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                String text = leaf.getText();
                name.append(text.startsWith("^") ? text.substring(1) : text);
            }
        }
        return name.toString();
    }

    /** Text in double quotes, escaped so that it stays on one line. */
    static String quote(String text) {
        if (text == null) {
            return MISSING;
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** {@code " \"title\""}, or nothing for an element without a title. */
    static String title(String title) {
        return title == null ? "" : " " + quote(title);
    }

    static String orMissing(String value) {
        return value == null || value.isEmpty() ? MISSING : value;
    }

    /** {@code 1 day}, {@code 2 days}: the unit agrees with the number whichever form was written. */
    static String duration(Duration duration) {
        if (duration == null || duration.getUnit() == null) {
            return MISSING;
        }
        String unit = switch (duration.getUnit()) {
            case MINUTES -> "minute";
            case HOURS -> "hour";
            case DAYS -> "day";
            case WEEKS -> "week";
            case MONTHS -> "month";
        };
        return duration.getValue() + " " + unit + (duration.getValue() == 1 ? "" : "s");
    }
}

package org.wfa.dsl.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meaning of one element, as plain strings: what two versions are compared on. Properties
 * whose order carries no meaning (the parties of a RACI clause, artifacts) are sorted, so that
 * reordering them changes nothing; a decision's outcomes keep their order (the first that holds wins).
 *
 * @param kind       "stage", "decision", ..., "role", "team", ...
 * @param properties property name to values, in a fixed order per kind; empty lists are left out
 */
record Snapshot(String name, String kind, Map<String, List<String>> properties) {

    /** Properties reported item by item (one line per outcome added) rather than as a whole value. */
    static final Set<String> ITEMWISE =
            Set.of("outcome", "rule", "sla", "notification", "data", "depends on", "artifact");

    /** Properties whose text is long and not worth repeating in a change line. */
    static final Set<String> PROSE = Set.of("description", "goal", "trigger");

    List<String> get(String property) {
        return properties.getOrDefault(property, List.of());
    }

    static final class Builder {
        private final String name;
        private final String kind;
        private final Map<String, List<String>> properties = new LinkedHashMap<>();

        Builder(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }

        Builder one(String property, String value) {
            if (value != null && !value.isEmpty()) {
                properties.put(property, List.of(value));
            }
            return this;
        }

        Builder set(String property, List<String> values) {
            return list(property, values.stream().distinct().sorted().toList());
        }

        Builder list(String property, List<String> values) {
            if (!values.isEmpty()) {
                properties.put(property, List.copyOf(values));
            }
            return this;
        }

        Snapshot build() {
            return new Snapshot(name, kind, properties);
        }
    }
}

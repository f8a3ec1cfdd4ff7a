package org.wfa.dsl.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The property-by-property comparison of two snapshots of the same element. */
final class PropertyChanges {

    private PropertyChanges() {}

    static List<Change> between(Snapshot before, Snapshot after) {
        Set<String> properties = new LinkedHashSet<>(after.properties().keySet());
        properties.addAll(before.properties().keySet());
        List<Change> changes = new ArrayList<>();
        for (String property : properties) {
            List<String> old = before.get(property);
            List<String> now = after.get(property);
            if (old.equals(now)) {
                continue;
            }
            if (Snapshot.ITEMWISE.contains(property)) {
                List<String> removed = new ArrayList<>(old);
                now.forEach(removed::remove);
                List<String> added = new ArrayList<>(now);
                old.forEach(added::remove);
                if (removed.size() == added.size()) {
                    // As many items went as came: read in order, each replaced one ("sla 5 days → 3 days").
                    for (int i = 0; i < removed.size(); i++) {
                        changes.add(Change.changed(after.kind(), after.name(), property, removed.get(i), added.get(i)));
                    }
                } else {
                    removed.forEach(v -> changes.add(Change.changed(after.kind(), after.name(), property, v, null)));
                    added.forEach(v -> changes.add(Change.changed(after.kind(), after.name(), property, null, v)));
                }
                if (removed.isEmpty() && added.isEmpty()) {
                    // Same items in another order: only ordered properties (outcomes, rules) get here.
                    changes.add(Change.changed(
                            after.kind(),
                            after.name(),
                            property + " order",
                            String.join("; ", old),
                            String.join("; ", now)));
                }
            } else {
                changes.add(Change.changed(
                        after.kind(),
                        after.name(),
                        property,
                        old.isEmpty() ? null : String.join(", ", old),
                        now.isEmpty() ? null : String.join(", ", now)));
            }
        }
        return changes;
    }
}

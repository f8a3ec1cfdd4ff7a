package org.wfa.engine.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the activities a case visited in a comparable order. The engine records a fork's
 * branches in the order their work started, not in the order the path lists them, and a join
 * once per arriving branch: within each fork-to-join region only which activities were visited
 * (and how often) is compared, so the region is sorted.
 */
public final class VisitedActivities {

    private VisitedActivities() {}

    /**
     * @param joins for each fork, its join and how many branches arrive there
     */
    public static List<String> canonical(List<String> visited, Map<String, Map.Entry<String, Integer>> joins) {
        List<String> result = new ArrayList<>(visited);
        for (int i = 0; i < result.size(); i++) {
            Map.Entry<String, Integer> join = joins.get(result.get(i));
            if (join == null) {
                continue;
            }
            int arrived = 0;
            int end = i + 1;
            while (end < result.size() && arrived < join.getValue()) {
                if (result.get(end).equals(join.getKey())) {
                    arrived++;
                }
                end++;
            }
            List<String> region = new ArrayList<>(result.subList(i + 1, end));
            region.sort(null);
            for (int k = 0; k < region.size(); k++) {
                result.set(i + 1 + k, region.get(k));
            }
        }
        return result;
    }
}

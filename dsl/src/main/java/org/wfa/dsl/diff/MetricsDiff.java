package org.wfa.dsl.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowMetrics;

/** The figures of a workflow that differ between two versions, as "before → after" pairs. */
final class MetricsDiff {

    private MetricsDiff() {}

    static List<MetricChange> between(WorkflowMetrics before, WorkflowMetrics after) {
        List<MetricChange> changes = new ArrayList<>();
        count(changes, "stages", before.stages(), after.stages());
        count(changes, "decisions", before.decisions(), after.decisions());
        count(changes, "approvals", before.approvals(), after.approvals());
        count(changes, "hand-offs", before.handoffs(), after.handoffs());
        count(changes, "cross-team hand-offs", before.crossTeamHandoffs(), after.crossTeamHandoffs());
        count(changes, "stages by systems", before.systemStages(), after.systemStages());
        count(changes, "stages by AI", before.aiStages(), after.aiStages());
        count(changes, "AI stages reviewed by a person", before.aiStagesReviewed(), after.aiStagesReviewed());
        String pathBefore = criticalPath(before);
        String pathAfter = criticalPath(after);
        if (!pathBefore.equals(pathAfter)) {
            changes.add(new MetricChange("critical path", pathBefore, pathAfter));
        }
        for (String party : new TreeSet<>(union(before, after))) {
            count(
                    changes,
                    "load of " + party,
                    before.load().getOrDefault(party, 0),
                    after.load().getOrDefault(party, 0));
        }
        return changes;
    }

    private static void count(List<MetricChange> changes, String metric, int before, int after) {
        if (before != after) {
            changes.add(new MetricChange(metric, Integer.toString(before), Integer.toString(after)));
        }
    }

    /** "4 days (SLA 5 days)": the critical path with the SLA it is held against, if any. */
    private static String criticalPath(WorkflowMetrics m) {
        String path = WfaOrganisation.describeMinutes(m.criticalPathMinutes());
        return m.slaMinutes() == null
                ? path
                : path + " (SLA " + WfaOrganisation.describeMinutes(m.slaMinutes())
                        + (Objects.requireNonNull(m.slaMinutes()) < m.criticalPathMinutes() ? ", exceeded" : "") + ")";
    }

    private static List<String> union(WorkflowMetrics before, WorkflowMetrics after) {
        List<String> parties = new ArrayList<>(before.load().keySet());
        parties.addAll(after.load().keySet());
        return parties;
    }
}

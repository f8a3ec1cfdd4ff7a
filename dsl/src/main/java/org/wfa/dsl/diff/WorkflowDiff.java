package org.wfa.dsl.diff;

import java.util.List;

/**
 * What changed in one workflow, matched by qualified name.
 *
 * @param status   "added", "removed" or "changed"
 * @param changes  its steps, flows and properties, in a stable order
 * @param findings findings about its elements that the change introduces or resolves
 * @param metrics  its figures that differ (only for workflows on both sides)
 * @param view     the new flow with the changes marked; null for removed workflows
 */
public record WorkflowDiff(
        String name,
        String status,
        List<Change> changes,
        List<FindingChange> findings,
        List<MetricChange> metrics,
        FlowView view) {

    public boolean isEmpty() {
        return "changed".equals(status) && changes.isEmpty() && findings.isEmpty() && metrics.isEmpty();
    }
}

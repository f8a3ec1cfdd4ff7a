package org.wfa.dsl.diff;

import java.util.List;

/**
 * The semantic difference between two versions of a workspace.
 *
 * @param organisation teams, roles, persons, systems, agents and shared artifacts added, removed or changed
 * @param workflows    workflows added, removed or changed, by qualified name
 * @param findings     findings not about any workflow (organisation, files) introduced or resolved
 */
public record WorkspaceDiff(List<Change> organisation, List<WorkflowDiff> workflows, List<FindingChange> findings) {

    public boolean isEmpty() {
        return organisation.isEmpty() && workflows.isEmpty() && findings.isEmpty();
    }
}

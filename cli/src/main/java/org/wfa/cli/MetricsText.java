package org.wfa.cli;

import java.util.stream.Collectors;

import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowMetrics;

/**
 * The text form of a workflow's figures for {@code wfa check --metrics}.
 */
final class MetricsText {

    private MetricsText() {}

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String render(WorkflowMetrics m) {
        String sla = m.slaMinutes() == null ? "no SLA" : "SLA " + WfaOrganisation.describeMinutes(m.slaMinutes());
        String load = m.load().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "workflow " + m.workflow() + ": " + count(m.stages(), "stage") + ", " + count(m.decisions(), "decision")
                + ", " + count(m.approvals(), "approval") + "; " + count(m.handoffs(), "hand-off") + " ("
                + m.crossTeamHandoffs() + " across teams); " + m.systemStages() + " of the stages by systems, "
                + m.aiStages() + " by AI ("
                + m.aiStagesReviewed() + " reviewed by a person); critical path "
                + WfaOrganisation.describeMinutes(m.criticalPathMinutes()) + " against " + sla + "\n"
                + "  load: " + (load.isEmpty() ? "none" : load) + "\n";
    }
}

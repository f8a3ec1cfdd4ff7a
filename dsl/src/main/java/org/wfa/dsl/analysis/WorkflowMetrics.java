package org.wfa.dsl.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;

/**
 * The figures of one workflow that architects and the documentation report: how much work,
 * how many decisions and hand-offs, how much of it automated or done by AI and with what
 * oversight, who carries the load, and how the critical path compares with the SLA.
 *
 * @param load stages each party is responsible or accountable for, in order of first appearance
 */
public record WorkflowMetrics(
        String workflow,
        int stages,
        int decisions,
        int approvals,
        int handoffs,
        int crossTeamHandoffs,
        int systemStages,
        int aiStages,
        int aiStagesReviewed,
        Map<String, Integer> load,
        long criticalPathMinutes,
        Long slaMinutes) {

    public static WorkflowMetrics of(WorkflowAnalysis analysis) {
        Workflow workflow = analysis.workflow();
        int stages = 0;
        int decisions = 0;
        int approvals = 0;
        int systemStages = 0;
        int aiStages = 0;
        int aiReviewed = 0;
        Map<String, Integer> load = new LinkedHashMap<>();
        for (Node node : workflow.getNodes()) {
            // Stages and calls are the work; decisions and approvals are counted as they pass.
            Activity activity = switch (StepKind.of(node)) {
                case STAGE, CALL -> (Activity) node;
                case DECISION -> {
                    decisions++;
                    yield null;
                }
                case APPROVAL -> {
                    approvals++;
                    yield null;
                }
                case FORK, JOIN, WAIT, END -> null;
            };
            if (activity != null) {
                stages++;
                Party performer = activity.getResponsible().isEmpty()
                        ? null
                        : activity.getResponsible().get(0);
                if (performer instanceof SystemDecl) {
                    systemStages++;
                } else if (performer instanceof Agent) {
                    aiStages++;
                    if (activity instanceof Stage stage
                            && stage.getReviewers().stream().anyMatch(WfaOrganisation::isHuman)) {
                        aiReviewed++;
                    }
                }
                Set<Party> parties = new LinkedHashSet<>(activity.getResponsible());
                parties.addAll(activity.getAccountable());
                for (Party party : parties) {
                    if (!party.eIsProxy()) {
                        load.merge(label(party), 1, Integer::sum);
                    }
                }
            }
        }
        int crossTeam = (int) analysis.handoffs().stream()
                .filter(WorkflowAnalysis.Handoff::crossTeam)
                .count();
        Long sla = workflow.getSla() == null
                ? null
                : WfaOrganisation.minutes(workflow.getSla().getWithin());
        return new WorkflowMetrics(
                workflow.getName(),
                stages,
                decisions,
                approvals,
                analysis.handoffs().size(),
                crossTeam,
                systemStages,
                aiStages,
                aiReviewed,
                load,
                analysis.criticalPathMinutes(),
                sla);
    }

    private static String label(Party party) {
        return party instanceof Role role && role.eContainer() instanceof Team team
                ? team.getName() + "." + role.getName()
                : party.getName();
    }
}

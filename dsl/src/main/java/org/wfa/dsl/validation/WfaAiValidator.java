package org.wfa.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.WfaEvidence.Reference;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * AI participation needs human oversight: what an agent produces is reviewed by a person
 * before it has effect, work falls back to a person when the agent fails, and every agent has
 * a supervising role.
 */
public class WfaAiValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkStageAiOutputReviewed(Stage stage) {
        Agent agent = agentOf(stage);
        if (agent == null
                || !fullyNamed(stage)
                || stage.getReviewers().stream().anyMatch(WfaOrganisation::isHuman)
                || nextIsHumanApproval(stage)) {
            return;
        }
        report(
                "Stage '" + stage.getName() + "' is performed by AI agent '" + agent.getName()
                        + "' and its output goes on without human review: expected 'reviewed by <role>' or an approval"
                        + " by a person right after it.",
                stage,
                WfaPackage.Literals.ACTIVITY__RESPONSIBLE,
                stage.getResponsible().indexOf(agent),
                WfaIssueCodes.AI_OUTPUT_UNREVIEWED,
                stage.getName(),
                agent.getName());
    }

    @Check
    public void checkStageAiHasHumanFallback(Stage stage) {
        Agent agent = agentOf(stage);
        if (agent == null || !fullyNamed(stage)) {
            return;
        }
        for (Sla sla : stage.getSlas()) {
            if (sla.getRoute() != null || sla.getEscalateTo() != null && WfaOrganisation.isHuman(sla.getEscalateTo())) {
                return;
            }
        }
        report(
                "Stage '" + stage.getName() + "' is performed by AI agent '" + agent.getName()
                        + "' with no fallback to a person: if the agent fails or stalls, nobody takes over; expected"
                        + " 'sla <duration> escalate to <role>' or an 'on breach -> <step>' that a person takes over.",
                stage,
                WfaPackage.Literals.ACTIVITY__RESPONSIBLE,
                stage.getResponsible().indexOf(agent),
                WfaIssueCodes.AI_WITHOUT_FALLBACK,
                stage.getName());
    }

    @Check
    public void checkAgentHasSupervisor(Agent agent) {
        if (agent.getSupervisor() == null) {
            report(
                    "AI agent '" + agent.getName() + "' has no supervisor: expected 'supervised by <role>', the"
                            + " people who answer for what it does.",
                    agent,
                    WfaPackage.Literals.PARTY__NAME,
                    WfaIssueCodes.AGENT_WITHOUT_SUPERVISOR,
                    agent.getName());
        }
        // 'supervised by' only accepts roles and persons (scoping), so a supervisor is always human.
    }

    /**
     * Whether the stage's parties and routes, and the approvers of the steps it leads to, all
     * resolve: the reviewer, escalation or approval that does not may be the human oversight.
     */
    private boolean fullyNamed(Stage stage) {
        if (!evidence().resolvesWithin(stage, Reference.PARTY) || !evidence().resolvesWithin(stage, Reference.ROUTE)) {
            return false;
        }
        for (Node next : stage.getNext()) {
            if (next instanceof Approval approval && !evidence().resolvesWithin(approval, Reference.PARTY)) {
                return false;
            }
        }
        return true;
    }

    private static Agent agentOf(Activity activity) {
        for (Party party : activity.getResponsible()) {
            if (party instanceof Agent agent) {
                return agent;
            }
        }
        return null;
    }

    private static boolean nextIsHumanApproval(Stage stage) {
        for (Node next : stage.getNext()) {
            if (next instanceof Approval approval
                    && approval.getSubject() == stage
                    && approval.getApprovers().stream().anyMatch(WfaOrganisation::isHuman)) {
                return true;
            }
        }
        return false;
    }
}

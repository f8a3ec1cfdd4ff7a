package org.wfa.dsl.validation;

import static org.wfa.dsl.model.StepParts.notificationsOf;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.WfaEvidence.Reference;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Channel;
import org.wfa.dsl.wfa.Classification;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Notification;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

/**
 * Information must flow visibly: what one team hands to another is named, artifacts exist
 * before they are used and are used once they exist, sensitive ones travel safely, and the one
 * who asked learns the outcome.
 */
public class WfaInformationValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkWorkflowHandoffsPassArtifacts(Workflow workflow) {
        Set<EObject> reported = new HashSet<>();
        for (WorkflowAnalysis.Handoff handoff : analysis(workflow).handoffs()) {
            // Rework sent back by an approval carries the approval's verdict, not a new artifact.
            boolean rework = handoff.from() instanceof Approval approval && approval.getSubject() == handoff.to();
            if (handoff.crossTeam()
                    && !rework
                    && handoff.to() instanceof Node to
                    && namesNoInput(to)
                    && reported.add(to)) {
                Node from = (Node) handoff.from();
                reportOnName(
                        "Hand-off from '" + from.getName() + "' (team '"
                                + handoff.fromTeam().getName()
                                + "') to '" + to.getName() + "' (team '"
                                + handoff.toTeam().getName()
                                + "') passes no artifact: what the next team needs stays in people's heads; expected '"
                                + to.getName() + "' to consume an artifact produced before it.",
                        to,
                        WfaIssueCodes.HANDOFF_WITHOUT_ARTIFACT,
                        from.getName(),
                        to.getName());
            }
        }
    }

    /** A stage that consumes nothing, or an approval of work that produced nothing. (A call's input is the called workflow's.) */
    private static boolean namesNoInput(Node step) {
        return switch (StepKind.of(step)) {
            case STAGE -> ((Stage) step).getConsumes().isEmpty();
            case APPROVAL ->
                ((Approval) step).getSubject() instanceof Stage subject
                        && subject.getProduces().isEmpty();
            case CALL, DECISION, FORK, JOIN, WAIT, END -> false;
        };
    }

    @Check
    public void checkWorkflowArtifactsProducedBeforeConsumed(Workflow workflow) {
        // Paths need the whole flow, and an artifact reference that does not resolve may be the producer.
        WorkflowAnalysis analysis = wholeFlowOf(workflow);
        if (analysis == null || !evidence().resolves(workflow, Reference.ARTIFACT)) {
            return;
        }
        for (Map.Entry<Artifact, List<EObject>> entry :
                analysis.consumedBeforeProduced().entrySet()) {
            Artifact artifact = entry.getKey();
            for (EObject consumer : entry.getValue()) {
                Stage stage = (Stage) consumer;
                report(
                        "Stage '" + stage.getName() + "' consumes '" + artifact.getName()
                                + "', which is not produced before it on every path from the start: expected a stage"
                                + " before it that produces it, or 'receives " + artifact.getName()
                                + "' if the workflow gets it with its trigger.",
                        stage,
                        WfaPackage.Literals.STAGE__CONSUMES,
                        stage.getConsumes().indexOf(artifact),
                        WfaIssueCodes.ARTIFACT_CONSUMED_BEFORE_PRODUCED,
                        artifact.getName());
            }
        }
    }

    @Check
    public void checkWorkflowArtifactsUsed(Workflow workflow) {
        if (!evidence().resolves(workflow, Reference.ARTIFACT)) {
            return; // the use that does not resolve may be the one
        }
        // One pass over the steps, then one look-up per artifact: linear in the workflow's size.
        Set<Artifact> produced = new HashSet<>();
        Set<Artifact> used = new HashSet<>();
        for (Node node : workflow.getNodes()) {
            if (node instanceof Stage stage) {
                produced.addAll(stage.getProduces());
                used.addAll(stage.getConsumes());
            }
            for (Notification notification : notificationsOf(node)) {
                used.add(notification.getArtifact());
            }
        }
        for (Artifact artifact : workflow.getArtifacts()) {
            if (produced.contains(artifact) && !used.contains(artifact)) {
                report(
                        "Artifact '" + artifact.getName() + "' is produced but never consumed or delivered in"
                                + " workflow '" + workflow.getName()
                                + "': expected a stage that consumes it or a 'notify ... of "
                                + artifact.getName() + "', or remove it.",
                        artifact,
                        WfaPackage.Literals.ARTIFACT__NAME,
                        WfaIssueCodes.ARTIFACT_NEVER_USED,
                        artifact.getName());
            }
        }
    }

    @Check
    public void checkNotificationChannelFitsClassification(Notification notification) {
        Artifact artifact = notification.getArtifact();
        // The channel is an enumeration whose default is 'email': only a written channel counts.
        if (artifact == null || artifact.eIsProxy() || !hasChannel(notification)) {
            return;
        }
        Classification classification = artifact.getClassification();
        Channel channel = notification.getChannel();
        boolean sensitive =
                classification == Classification.CONFIDENTIAL || classification == Classification.RESTRICTED;
        boolean insecure = channel == Channel.SMS
                || channel == Channel.CHAT
                || channel == Channel.PHONE
                || classification == Classification.RESTRICTED && channel == Channel.EMAIL;
        if (sensitive && insecure) {
            report(
                    "Artifact '" + artifact.getName() + "' is " + classification.getLiteral() + " but is sent via "
                            + channel.getLiteral() + ": expected a controlled channel (portal or ticket"
                            + (classification == Classification.CONFIDENTIAL ? ", or email" : "") + ").",
                    notification,
                    WfaPackage.Literals.NOTIFICATION__CHANNEL,
                    WfaIssueCodes.CONFIDENTIAL_OVER_INSECURE_CHANNEL,
                    artifact.getName(),
                    channel.getLiteral());
        }
    }

    @Check
    public void checkWorkflowInformsRequester(Workflow workflow) {
        // The notification or 'informed' that does not resolve may be the one that names the requester.
        if (!evidence().resolves(workflow, Reference.PARTY)) {
            return;
        }
        Party requester = requesterOf(workflow);
        if (requester == null || requester.eIsProxy() || !WfaOrganisation.isHuman(requester)) {
            return;
        }
        for (Node node : workflow.getNodes()) {
            if (notificationsOf(node).stream().anyMatch(n -> n.getRecipients().contains(requester))
                    || informedOf(node).contains(requester)) {
                return;
            }
        }
        if (workflow.getNodes().stream().noneMatch(End.class::isInstance)) {
            return;
        }
        report(
                "Workflow '" + workflow.getName() + "' never informs its requester " + describeParty(requester)
                        + " of the outcome: expected 'notify' at its ends or 'informed' on the deciding steps.",
                workflow,
                WfaPackage.Literals.WORKFLOW__NAME,
                WfaIssueCodes.REQUESTER_NOT_INFORMED,
                workflow.getName());
    }

    /** Who asked: the responsible party of the first piece of work, when it is a human who only starts the case. */
    private static Party requesterOf(Workflow workflow) {
        if (workflow.getStarts().size() != 1
                || !(workflow.getStarts().get(0).getTarget() instanceof Stage first)
                || first.getResponsible().isEmpty()) {
            return null;
        }
        Party requester = first.getResponsible().get(0);
        int work = 0;
        for (Node node : workflow.getNodes()) {
            work += switch (StepKind.of(node)) {
                case STAGE, CALL, APPROVAL -> 1;
                case DECISION, FORK, JOIN, WAIT, END -> 0;
            };
            if (node != first && takesPart(node, requester)) {
                return null; // the requester takes part in the work and sees its outcome
            }
        }
        // In a one-step workflow the one who asks is the one who does the work.
        return work > 1 ? requester : null;
    }

    private static boolean takesPart(Node node, Party party) {
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) node;
                yield node instanceof Stage stage && stage.getReviewers().contains(party)
                        || activity.getResponsible().contains(party)
                        || activity.getAccountable().contains(party)
                        || activity.getConsulted().contains(party);
            }
            case APPROVAL -> ((Approval) node).getApprovers().contains(party);
            case DECISION -> ((Decision) node).getDecidedBy() == party;
            case FORK, JOIN, WAIT, END -> false;
        };
    }

    private static List<Party> informedOf(Node node) {
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> ((Activity) node).getInformed();
            case APPROVAL -> ((Approval) node).getInformed();
            case DECISION, FORK, JOIN, WAIT, END -> List.of();
        };
    }

    private static boolean hasChannel(Notification notification) {
        return !NodeModelUtils.findNodesForFeature(notification, WfaPackage.Literals.NOTIFICATION__CHANNEL)
                .isEmpty();
    }
}

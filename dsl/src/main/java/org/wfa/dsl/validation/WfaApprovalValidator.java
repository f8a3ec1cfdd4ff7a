package org.wfa.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * Decisions and approvals need someone to make them, someone else than who did the work (four
 * eyes, separation of duties), and a time limit with an escalation that goes somewhere else.
 */
public class WfaApprovalValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkApprovalFourEyes(Approval approval) {
        if (!(approval.getSubject() instanceof Activity subject)) {
            return;
        }
        List<Party> approvers = approval.getApprovers();
        for (int i = 0; i < approvers.size(); i++) {
            Party approver = approvers.get(i);
            String as = subject.getResponsible().contains(approver)
                    ? "is responsible for"
                    : subject.getAccountable().contains(approver)
                            ? "is accountable for"
                            : holdsResponsibleRole(approver, subject) ? "holds a role responsible for" : null;
            if (as != null && !approver.eIsProxy()) {
                report(
                        "Approval '" + approval.getName() + "' is approved by " + describeParty(approver) + ", who "
                                + as + " the work it approves ('" + subject.getName()
                                + "'): four eyes are needed; expected"
                                + " an approver other than the performer and the accountable party.",
                        approval,
                        WfaPackage.Literals.APPROVAL__APPROVERS,
                        i,
                        WfaIssueCodes.FOUR_EYES,
                        approval.getName(),
                        approver.getName());
            }
        }
    }

    /** A named person who holds one of the roles that did the work approves their own work too. */
    private static boolean holdsResponsibleRole(Party approver, Activity subject) {
        return approver instanceof Person person
                && person.getHolds().stream().anyMatch(subject.getResponsible()::contains);
    }

    @Check
    public void checkApprovalNamesItsSubject(Approval approval) {
        if (approval.getSubject() == null) {
            reportOnName(
                    "Approval '" + approval.getName() + "' does not say what it approves: expected"
                            + " 'approves <stage>', so that four eyes can be checked.",
                    approval,
                    WfaIssueCodes.APPROVAL_WITHOUT_SUBJECT,
                    approval.getName());
        }
        if (approval.getApprovers().isEmpty()) {
            reportOnName(
                    "Approval '" + approval.getName() + "' has no approver: expected 'approver <role>'.",
                    approval,
                    WfaIssueCodes.APPROVAL_WITHOUT_APPROVER,
                    approval.getName());
        }
    }

    @Check
    public void checkDecisionHasDecider(Decision decision) {
        if (decision.getDecidedBy() == null) {
            reportOnName(
                    "Decision '" + decision.getName() + "' does not say who decides: expected 'decided by"
                            + " <role or system>'.",
                    decision,
                    WfaIssueCodes.DECISION_WITHOUT_DECIDER,
                    decision.getName());
        }
    }

    @Check
    public void checkApprovalHasTimeLimit(Approval approval) {
        if (approval.getSlas().isEmpty()) {
            reportOnName(
                    "Approval '" + approval.getName() + "' has no SLA: work waits on a person with no limit;"
                            + " expected 'sla <duration> escalate to <role>'.",
                    approval,
                    WfaIssueCodes.WAIT_WITHOUT_TIME_LIMIT,
                    approval.getName());
        }
    }

    @Check
    public void checkWaitHasTimeLimit(Wait wait) {
        if (wait.getTimeout() == null) {
            reportOnName(
                    "Wait '" + wait.getName() + "' has no timeout: if the awaited "
                            + (wait.getEvent() != null ? "event" : "workflow") + " never comes, the case waits forever;"
                            + " expected 'timeout <duration> -> <step>'.",
                    wait,
                    WfaIssueCodes.WAIT_WITHOUT_TIME_LIMIT,
                    wait.getName());
        }
    }

    @Check
    public void checkSlaEscalatesToSomeoneElse(Sla sla) {
        Party target = sla.getEscalateTo();
        EObject owner = sla.eContainer();
        if (target == null || target.eIsProxy()) {
            return;
        }
        // The accountable party is the natural escalation target; the one doing the late work is not.
        boolean self = owner instanceof Node step
                && switch (StepKind.of(step)) {
                    case STAGE, CALL -> ((Activity) step).getResponsible().contains(target);
                    case APPROVAL -> ((Approval) step).getApprovers().contains(target);
                    case DECISION, FORK, JOIN, WAIT, END -> false;
                };
        if (self) {
            report(
                    "The SLA of " + describe(owner) + " escalates to " + describeParty(target)
                            + ", who is already doing the late work: expected escalation to someone else (a"
                            + " manager or a deputy).",
                    sla,
                    WfaPackage.Literals.SLA__ESCALATE_TO,
                    WfaIssueCodes.ESCALATION_TO_SELF);
        }
    }
}

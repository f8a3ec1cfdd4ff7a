package org.wfa.dsl.model;

import java.util.List;

import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Notification;

/** Clauses that steps of several kinds have, read the same way by rules and generators. */
public final class StepParts {

    private StepParts() {}

    /** The step's 'notify' clauses: work, approvals and ends can notify; routing steps cannot. */
    public static List<Notification> notificationsOf(Node step) {
        return switch (StepKind.of(step)) {
            case STAGE, CALL -> ((Activity) step).getNotifications();
            case APPROVAL -> ((Approval) step).getNotifications();
            case END -> ((End) step).getNotifications();
            case DECISION, FORK, JOIN, WAIT -> List.of();
        };
    }
}

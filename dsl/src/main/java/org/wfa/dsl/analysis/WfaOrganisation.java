package org.wfa.dsl.analysis;

import java.util.List;

import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Duration;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;

/**
 * Facts about parties that the rules share: which team a party works for, whether it is a
 * human, who owns a piece of work, and durations in minutes.
 */
public final class WfaOrganisation {

    private WfaOrganisation() {}

    /** The team a party belongs to: a role's team, a person's first role's team, a system's owner, an agent's supervisor's team. */
    public static Team teamOf(Party party) {
        if (party == null || party.eIsProxy()) {
            return null;
        }
        if (party instanceof Role role && role.eContainer() instanceof Team team) {
            return team;
        }
        if (party instanceof Person person && !person.getHolds().isEmpty()) {
            return teamOf(person.getHolds().get(0));
        }
        if (party instanceof SystemDecl system) {
            return system.getOwner() == null || system.getOwner().eIsProxy() ? null : system.getOwner();
        }
        if (party instanceof Agent agent && agent.getSupervisor() != agent) {
            return teamOf(agent.getSupervisor());
        }
        return null;
    }

    public static boolean isHuman(Party party) {
        return party instanceof Role || party instanceof Person;
    }

    /** Who owns a piece of work: its accountable party, else its first responsible; an approval's first approver; a decision's decider. */
    public static Party ownerOf(Object work) {
        if (!(work instanceof Node step)) {
            return null;
        }
        return switch (StepKind.of(step)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) step;
                List<Party> accountable = activity.getAccountable();
                if (!accountable.isEmpty()) {
                    yield accountable.get(0);
                }
                yield activity.getResponsible().isEmpty()
                        ? null
                        : activity.getResponsible().get(0);
            }
            case APPROVAL -> {
                Approval approval = (Approval) step;
                yield approval.getApprovers().isEmpty()
                        ? null
                        : approval.getApprovers().get(0);
            }
            case DECISION -> ((Decision) step).getDecidedBy();
            case FORK, JOIN, WAIT, END -> null;
        };
    }

    public static long minutes(Duration duration) {
        if (duration == null) {
            return 0;
        }
        long factor = switch (duration.getUnit()) {
            case MINUTES -> 1;
            case HOURS -> 60;
            case DAYS -> 24 * 60;
            case WEEKS -> 7 * 24 * 60;
            case MONTHS -> 30 * 24 * 60;
        };
        return duration.getValue() * factor;
    }

    /** "3 days 4 hours", for messages. */
    public static String describeMinutes(long minutes) {
        if (minutes == 0) {
            return "0 minutes";
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        append(text, days, "day");
        append(text, hours, "hour");
        append(text, rest, "minute");
        return text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }
}

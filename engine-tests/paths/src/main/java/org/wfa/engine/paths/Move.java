package org.wfa.engine.paths;

import org.eclipse.emf.ecore.EObject;

/**
 * One step of a path through a workflow and the way the path leaves it.
 *
 * @param step  a start or a step of the workflow
 * @param exit  which route the path takes out of the step
 * @param index which outcome, rule row or SLA (0-based, in source order); 0 otherwise
 */
public record Move(EObject step, Exit exit, int index) {

    public enum Exit {
        /** The step's '->' (a start, a stage, a call, a join, a wait's event). */
        NEXT,
        OUTCOME,
        RULE,
        OTHERWISE,
        APPROVED,
        REJECTED,
        /** The step's SLA was breached and its breach route taken. */
        SLA_BREACH,
        /** A wait's timeout. */
        TIMEOUT,
        /** A fork: every branch follows, one after the other in the path. */
        FORK,
        END
    }
}

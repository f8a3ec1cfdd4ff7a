package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.naming.Ref;

/**
 * The documentation of a whole workspace: its workflows, the organisation and who is
 * responsible for what, and the landscape of dependencies between them.
 *
 * @param workflows in file order, then source order
 * @param teams     in file order, then source order
 * @param byTeam    the workflows grouped by the team of their owner (workflows whose owner has
 *                  no team come last, under a null team)
 */
public record WorkspaceDoc(
        List<WorkflowDoc> workflows, List<TeamDoc> teams, List<TeamGroup> byTeam, Diagram landscape) {

    public record TeamGroup(Ref team, List<WorkflowDoc> workflows) {}

    /** @param workflows the workflows the team's roles own */
    public record TeamDoc(Ref ref, String description, List<RoleDoc> roles, List<Ref> workflows) {}

    /**
     * A role and what it is responsible for, across the workspace.
     *
     * @param holders the people who hold it
     */
    public record RoleDoc(
            Ref ref, Ref team, String description, List<Ref> holders, List<Ref> owns, List<Assignment> assignments) {}

    /**
     * One thing a role does in a workflow.
     *
     * @param anchor where the step is described on the workflow's page
     * @param part "responsible", "accountable", "consulted", "informed", "approver", "decides",
     *           "reviews", "escalation" or "notified"
     */
    public record Assignment(Ref workflow, Ref step, String part, String anchor) {}
}

package org.wfa.dsl.generator.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.generator.docs.WorkspaceDoc.Assignment;
import org.wfa.dsl.generator.docs.WorkspaceDoc.RoleDoc;
import org.wfa.dsl.generator.docs.WorkspaceDoc.TeamDoc;
import org.wfa.dsl.generator.docs.WorkspaceDoc.TeamGroup;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Notification;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.inject.Inject;

/** Resolves a compiled workspace into the view model of its documentation. */
public class WfaWorkspaceDocBuilder {

    @Inject
    private WfaRefs refs;

    @Inject
    private WfaWorkflowDocBuilder workflows;

    @Inject
    private WfaLandscapeDiagrams landscape;

    public WorkspaceDoc build(Compilation compilation) {
        Map<String, List<WfaDiagnostic>> byFile = new LinkedHashMap<>();
        compilation
                .diagnostics()
                .forEach(d ->
                        byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
        List<Model> models = new ArrayList<>();
        List<WorkflowDoc> docs = new ArrayList<>();
        List<Workflow> all = new ArrayList<>();
        for (int i = 0; i < compilation.resources().size(); i++) {
            XtextResource resource = compilation.resources().get(i);
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
                models.add(model);
                String file = compilation.sources().get(i).displayPath();
                for (Workflow workflow : model.getWorkflows()) {
                    all.add(workflow);
                    docs.add(workflows.build(workflow, file, byFile.getOrDefault(file, List.of())));
                }
            }
        }
        Organisation organisation = organisation(models, all, docs);
        List<TeamDoc> teams = new ArrayList<>();
        for (Model model : models) {
            for (Team team : model.getTeams()) {
                teams.add(team(team, organisation));
            }
        }
        return new WorkspaceDoc(docs, teams, byTeam(docs), landscape.landscape(models, all));
    }

    /**
     * Who holds each role, what each party owns and which workflows each team owns, and each
     * role's assignments: gathered in one pass each, so that a team's page is a look-up, not a
     * search of the workspace per role.
     */
    private record Organisation(
            Map<Role, List<Ref>> holders,
            Map<Party, List<Ref>> owns,
            Map<String, List<Ref>> teamWorkflows,
            Map<Role, List<Assignment>> assignments) {}

    private Organisation organisation(List<Model> models, List<Workflow> all, List<WorkflowDoc> docs) {
        Map<Role, List<Ref>> holders = new LinkedHashMap<>();
        for (Model model : models) {
            for (Party party : model.getParties()) {
                if (party instanceof Person person) {
                    person.getHolds()
                            .forEach(role -> holders.computeIfAbsent(role, r -> new ArrayList<>())
                                    .add(refs.of(person)));
                }
            }
        }
        Map<Party, List<Ref>> owns = new LinkedHashMap<>();
        all.stream()
                .filter(w -> w.getOwner() != null)
                .forEach(w -> owns.computeIfAbsent(w.getOwner(), o -> new ArrayList<>())
                        .add(refs.of(w)));
        Map<String, List<Ref>> teamWorkflows = new LinkedHashMap<>();
        docs.stream()
                .filter(d -> d.ownerTeam() != null)
                .forEach(d -> teamWorkflows
                        .computeIfAbsent(d.ownerTeam().name(), t -> new ArrayList<>())
                        .add(d.ref()));
        return new Organisation(holders, owns, teamWorkflows, assignments(all));
    }

    private TeamDoc team(Team team, Organisation organisation) {
        List<RoleDoc> roles = new ArrayList<>();
        Ref teamRef = refs.of(team);
        for (Role role : team.getRoles()) {
            roles.add(new RoleDoc(
                    refs.of(role),
                    teamRef,
                    nonNull(role.getDescription()),
                    organisation.holders().getOrDefault(role, List.of()),
                    organisation.owns().getOrDefault(role, List.of()),
                    organisation.assignments().getOrDefault(role, List.of())));
        }
        return new TeamDoc(
                teamRef,
                nonNull(team.getDescription()),
                roles,
                organisation.teamWorkflows().getOrDefault(teamRef.name(), List.of()));
    }

    /** Everything each role is given to do, workflow by workflow, step by step. */
    private Map<Role, List<Assignment>> assignments(List<Workflow> all) {
        Map<Role, List<Assignment>> assignments = new LinkedHashMap<>();
        for (Workflow workflow : all) {
            Ref workflowRef = refs.of(workflow);
            for (Node node : workflow.getNodes()) {
                Ref step = refs.of(node);
                String anchor = switch (StepKind.of(node)) {
                    // Ends are described only by their notifications.
                    case END -> "notifications";
                    case STAGE, CALL, DECISION, APPROVAL, FORK, JOIN, WAIT -> "step-" + step.name();
                };
                for (Part part : partsOf(node)) {
                    for (Party party : part.parties()) {
                        if (party instanceof Role role) {
                            assignments
                                    .computeIfAbsent(role, r -> new ArrayList<>())
                                    .add(new Assignment(workflowRef, step, part.name(), anchor));
                        }
                    }
                }
            }
        }
        return assignments;
    }

    /** Parties given a part in a step ("responsible", "approver", "notified"...). */
    private record Part(List<? extends Party> parties, String name) {}

    /** The parts a step gives, in the order the documentation lists them. */
    private static List<Part> partsOf(Node node) {
        List<Part> parts = new ArrayList<>();
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) node;
                parts.add(new Part(activity.getResponsible(), "responsible"));
                parts.add(new Part(activity.getAccountable(), "accountable"));
                parts.add(new Part(activity.getConsulted(), "consulted"));
                parts.add(new Part(activity.getInformed(), "informed"));
                if (activity instanceof Stage stage) {
                    parts.add(new Part(stage.getReviewers(), "reviews"));
                }
                escalations(activity.getSlas(), parts);
                notified(activity.getNotifications(), parts);
                yield parts;
            }
            case APPROVAL -> {
                Approval approval = (Approval) node;
                parts.add(new Part(approval.getApprovers(), "approver"));
                parts.add(new Part(approval.getInformed(), "informed"));
                escalations(approval.getSlas(), parts);
                notified(approval.getNotifications(), parts);
                yield parts;
            }
            case DECISION -> {
                Party decider = ((Decision) node).getDecidedBy();
                yield decider == null ? parts : List.of(new Part(List.of(decider), "decides"));
            }
            case END -> {
                notified(((End) node).getNotifications(), parts);
                yield parts;
            }
            case FORK, JOIN, WAIT -> parts;
        };
    }

    private static void escalations(List<Sla> slas, List<Part> parts) {
        for (Sla sla : slas) {
            if (sla.getEscalateTo() != null) {
                parts.add(new Part(List.of(sla.getEscalateTo()), "escalation"));
            }
        }
    }

    private static void notified(List<Notification> notifications, List<Part> parts) {
        notifications.forEach(n -> parts.add(new Part(n.getRecipients(), "notified")));
    }

    private static List<TeamGroup> byTeam(List<WorkflowDoc> docs) {
        Map<String, TeamGroup> groups = new LinkedHashMap<>();
        List<WorkflowDoc> teamless = new ArrayList<>();
        for (WorkflowDoc doc : docs) {
            if (doc.ownerTeam() == null) {
                teamless.add(doc);
            } else {
                groups.computeIfAbsent(doc.ownerTeam().name(), n -> new TeamGroup(doc.ownerTeam(), new ArrayList<>()))
                        .workflows()
                        .add(doc);
            }
        }
        List<TeamGroup> result = new ArrayList<>(groups.values());
        if (!teamless.isEmpty()) {
            result.add(new TeamGroup(null, teamless));
        }
        return result;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

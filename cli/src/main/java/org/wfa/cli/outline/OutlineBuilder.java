package org.wfa.cli.outline;

import static org.wfa.cli.outline.OutlineText.duration;
import static org.wfa.cli.outline.OutlineText.orMissing;
import static org.wfa.cli.outline.OutlineText.quote;
import static org.wfa.cli.outline.OutlineText.title;
import static org.wfa.cli.outline.OutlineText.written;
import static org.wfa.cli.outline.OutlineText.writtenOnce;
import static org.wfa.cli.outline.OutlineText.writtenSorted;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.DataBlock;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.DataType;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Dependency;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Notification;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Suppression;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

/**
 * Builds the outline of a parsed file. The order of the facts is fixed by the outline, not by
 * the source, wherever the language lets clauses come in any order; what the language orders
 * (steps, 'when' lines, rule rows, columns, fork branches, tiers of SLAs) stays in source order;
 * sets (roles held, RACI parties, artifacts, imports, dependencies) are sorted. So moving
 * clauses around, re-indenting or commenting changes nothing, and every real change shows as
 * the lines of the facts it changes.
 */
final class OutlineBuilder {

    private OutlineBuilder() {}

    static List<OutlineNode> build(Model model) {
        List<OutlineNode> entries = new ArrayList<>();
        String packageName = writtenOnce(model, "name");
        if (packageName != null) {
            entries.add(OutlineNode.leaf("package " + packageName));
        }
        model.getImports().stream()
                .map(i -> "import " + orMissing(writtenOnce(i, "importedNamespace")))
                .sorted()
                .forEach(line -> entries.add(OutlineNode.leaf(line)));
        String prefix = packageName == null ? "" : packageName + ".";
        // Members in source order: the file is read top to bottom, and the order of the steps matters.
        for (EObject member : model.eContents()) {
            if (member instanceof Team team) {
                entries.add(team(team, prefix));
            } else if (member instanceof Person person) {
                entries.add(person(person, prefix));
            } else if (member instanceof SystemDecl system) {
                entries.add(system(system, prefix));
            } else if (member instanceof Agent agent) {
                entries.add(agent(agent, prefix));
            } else if (member instanceof Artifact artifact) {
                entries.add(artifact(artifact, prefix));
            } else if (member instanceof Workflow workflow) {
                entries.add(workflow(workflow, prefix));
            }
        }
        return entries;
    }

    // ------------------------------------------------------------ organisation

    private static OutlineNode team(Team team, String prefix) {
        OutlineNode.Builder node = header("team", prefix, team.getName(), team.getTitle());
        description(node, team.getDescription());
        for (Role role : team.getRoles()) {
            OutlineNode.Builder roleNode = header("role", "", role.getName(), role.getTitle());
            description(roleNode, role.getDescription());
            node.add(roleNode.build());
        }
        return node.build();
    }

    private static OutlineNode person(Person person, String prefix) {
        OutlineNode.Builder node = header("person", prefix, person.getName(), person.getTitle());
        description(node, person.getDescription());
        node.addEach("holds", writtenSorted(person, "holds"));
        return node.build();
    }

    private static OutlineNode system(SystemDecl system, String prefix) {
        OutlineNode.Builder node = header("system", prefix, system.getName(), system.getTitle());
        description(node, system.getDescription());
        node.addEach("owned by", written(system, "owner"));
        return node.build();
    }

    private static OutlineNode agent(Agent agent, String prefix) {
        OutlineNode.Builder node = header("agent", prefix, agent.getName(), agent.getTitle());
        suppressions(node, agent.getSuppressions());
        description(node, agent.getDescription());
        agent.getCapabilities().stream().map(OutlineText::quote).sorted().forEach(c -> node.add("does " + c));
        node.addEach("supervised by", written(agent, "supervisor"));
        node.addEach("uses", writtenSorted(agent, "uses"));
        return node.build();
    }

    private static OutlineNode artifact(Artifact artifact, String prefix) {
        // Enumerations are read from the source: EMF cannot tell its default value from one written out.
        String classification = written(artifact, "classification").stream()
                .map(c -> " " + c)
                .findFirst()
                .orElse("");
        OutlineNode.Builder node = new OutlineNode.Builder(
                "artifact " + prefix + orMissing(artifact.getName()) + title(artifact.getTitle()) + classification);
        suppressions(node, artifact.getSuppressions());
        description(node, artifact.getDescription());
        return node.build();
    }

    // ------------------------------------------------------------ workflows

    private static OutlineNode workflow(Workflow workflow, String prefix) {
        OutlineNode.Builder node = header("workflow", prefix, workflow.getName(), workflow.getTitle());
        suppressions(node, workflow.getSuppressions());
        description(node, workflow.getDescription());
        if (workflow.getVersion() != null) {
            node.add("version " + quote(workflow.getVersion()));
        }
        node.addEach("owner", written(workflow, "owner"));
        if (workflow.getGoal() != null) {
            node.add("goal " + quote(workflow.getGoal()));
        }
        if (workflow.getTrigger() != null) {
            node.add("trigger " + quote(workflow.getTrigger()));
        }
        node.addEach("receives", writtenSorted(workflow, "inputs"));
        if (workflow.getSla() != null) {
            node.add(sla(workflow.getSla()));
        }
        if (workflow.getData() != null) {
            node.add(data(workflow.getData()));
        }
        workflow.getDependencies().stream()
                .map(OutlineBuilder::dependency)
                .sorted()
                .forEach(node::add);
        workflow.getArtifacts().forEach(artifact -> node.add(artifact(artifact, "")));
        for (Start start : workflow.getStarts()) {
            String name = start.getName() == null ? "" : " " + start.getName();
            node.add("start" + name + title(start.getTitle()) + " -> " + orMissing(writtenOnce(start, "target")));
        }
        workflow.getNodes().forEach(step -> node.add(step(step)));
        return node.build();
    }

    private static OutlineNode data(DataBlock data) {
        OutlineNode.Builder node = new OutlineNode.Builder("data");
        for (DataField field : data.getFields()) {
            String description = field.getDescription() == null ? "" : " " + quote(field.getDescription());
            node.add(orMissing(field.getName()) + ": " + type(field.getType()) + description);
        }
        return node.build();
    }

    /** An enumeration stays on one line: its values are one fact, in the order the workflow lists them. */
    private static String type(DataType type) {
        if (type instanceof PrimitiveType primitive && primitive.getKind() != null) {
            return primitive.getKind().getLiteral();
        }
        if (type instanceof EnumType enumeration) {
            List<String> values = enumeration.getLiterals().stream()
                    .map(EnumLiteral::getName)
                    .map(OutlineText::orMissing)
                    .toList();
            return "enum { " + String.join(", ", values) + " }";
        }
        return OutlineText.MISSING;
    }

    private static String dependency(Dependency dependency) {
        String reason = dependency.getReason() == null ? "" : " " + quote(dependency.getReason());
        for (String kind : List.of("team", "system", "agent", "workflow")) {
            String name = writtenOnce(dependency, kind);
            if (name != null) {
                return "depends on " + kind + " " + name + reason;
            }
        }
        return "depends on " + OutlineText.MISSING + reason;
    }

    // ------------------------------------------------------------ steps

    private static OutlineNode step(Node step) {
        StepKind kind = StepKind.of(step);
        OutlineNode.Builder node = header(kind.keyword(), "", step.getName(), step.getTitle());
        suppressions(node, step.getSuppressions());
        description(node, step.getDescription());
        // A switch expression, so that the compiler asks for the outline of each kind of step.
        Runnable clauses = switch (kind) {
            case STAGE -> () -> activity(node, (Stage) step);
            case CALL ->
                () -> {
                    node.addEach("workflow", written(step, "called"));
                    activity(node, (Call) step);
                };
            case DECISION -> () -> decision(node, (Decision) step);
            case APPROVAL -> () -> approval(node, (Approval) step);
            case FORK -> () -> node.addEach("->", written(step, "branches"));
            case JOIN -> () -> node.addEach("->", written(step, "next"));
            case WAIT -> () -> waitFor(node, (Wait) step);
            case END -> () -> notifications(node, ((End) step).getNotifications());
        };
        clauses.run();
        return node.build();
    }

    /** A stage or a call: RACI, then what the work handles, then time, then where it goes. */
    private static void activity(OutlineNode.Builder node, Activity activity) {
        node.addEach("responsible", writtenSorted(activity, "responsible"));
        node.addEach("accountable", writtenSorted(activity, "accountable"));
        node.addEach("consulted", writtenSorted(activity, "consulted"));
        node.addEach("informed", writtenSorted(activity, "informed"));
        if (activity instanceof Stage stage) {
            node.addEach("reviewed by", writtenSorted(stage, "reviewers"));
            node.addEach("consumes", writtenSorted(stage, "consumes"));
            node.addEach("produces", writtenSorted(stage, "produces"));
            node.addEach("uses", writtenSorted(stage, "uses"));
        }
        if (activity.getDuration() != null) {
            node.add("duration " + duration(activity.getDuration()));
        }
        activity.getSlas().forEach(sla -> node.add(sla(sla)));
        notifications(node, activity.getNotifications());
        node.addEach("->", written(activity, "next"));
    }

    private static void decision(OutlineNode.Builder node, Decision decision) {
        node.addEach("decided by", written(decision, "decidedBy"));
        if (decision.getTable() != null) {
            node.add(table(decision.getTable()));
        }
        for (Outcome outcome : decision.getOutcomes()) {
            node.add("when " + OutlineConditions.condition(outcome.getCondition()) + " -> "
                    + route(outcome, "target", outcome.getLabel()));
        }
        node.addEach("otherwise ->", written(decision, "otherwise"));
    }

    /** A rule table without a hit policy is a 'first' table: both spellings give the same line. */
    private static OutlineNode table(RuleTable table) {
        String hitPolicy = written(table, "hitPolicy").stream().findFirst().orElse("first");
        OutlineNode.Builder node =
                new OutlineNode.Builder("rules " + hitPolicy + " on " + String.join(", ", written(table, "inputs")));
        for (RuleRow row : table.getRows()) {
            List<String> cells =
                    row.getCells().stream().map(OutlineConditions::cell).toList();
            node.add(String.join(", ", cells) + " -> " + route(row, "target", row.getLabel()));
        }
        return node.build();
    }

    private static void approval(OutlineNode.Builder node, Approval approval) {
        node.addEach("approver", writtenSorted(approval, "approvers"));
        node.addEach("approves", written(approval, "subject"));
        node.addEach("informed", writtenSorted(approval, "informed"));
        approval.getSlas().forEach(sla -> node.add(sla(sla)));
        notifications(node, approval.getNotifications());
        node.addEach("approved ->", written(approval, "approved"));
        node.addEach("rejected ->", written(approval, "rejected"));
    }

    private static void waitFor(OutlineNode.Builder node, Wait wait) {
        if (wait.getEvent() != null) {
            node.add("for event " + quote(wait.getEvent()));
        }
        node.addEach("for workflow", written(wait, "workflow"));
        if (wait.getTimeout() != null) {
            node.add("timeout " + duration(wait.getTimeout()) + " -> " + orMissing(writtenOnce(wait, "timeoutRoute")));
        }
        node.addEach("->", written(wait, "next"));
    }

    // ------------------------------------------------------------ clauses

    private static String sla(Sla sla) {
        StringBuilder line = new StringBuilder("sla ").append(duration(sla.getWithin()));
        String escalateTo = writtenOnce(sla, "escalateTo");
        if (escalateTo != null) {
            line.append(" escalate to ").append(escalateTo);
        }
        String route = writtenOnce(sla, "route");
        if (route != null) {
            line.append(" on breach -> ").append(route);
        }
        return line.toString();
    }

    /** Notifications are a set of messages: sorted, each with its recipients sorted. */
    private static void notifications(OutlineNode.Builder node, List<Notification> notifications) {
        notifications.stream().map(OutlineBuilder::notification).sorted().forEach(node::add);
    }

    private static String notification(Notification notification) {
        StringBuilder line =
                new StringBuilder("notify ").append(String.join(", ", writtenSorted(notification, "recipients")));
        String artifact = writtenOnce(notification, "artifact");
        if (artifact != null) {
            line.append(" of ").append(artifact);
        }
        if (notification.getMessage() != null) {
            line.append(" about ").append(quote(notification.getMessage()));
        }
        String channel = writtenOnce(notification, "channel");
        if (channel != null) {
            line.append(" via ").append(channel);
        }
        return line.toString();
    }

    private static String route(EObject owner, String feature, String label) {
        return orMissing(writtenOnce(owner, feature)) + (label == null ? "" : " " + quote(label));
    }

    private static void suppressions(OutlineNode.Builder node, List<Suppression> suppressions) {
        suppressions.stream()
                .map(s -> "@allow " + orMissing(writtenOnce(s, "rule"))
                        + (s.getReason() == null ? "" : " " + quote(s.getReason())))
                .sorted()
                .forEach(node::add);
    }

    private static void description(OutlineNode.Builder node, String description) {
        if (description != null) {
            node.add("description " + quote(description));
        }
    }

    private static OutlineNode.Builder header(String keyword, String prefix, String name, String title) {
        return new OutlineNode.Builder(keyword + " " + prefix + orMissing(name) + title(title));
    }
}

package org.wfa.dsl.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Dependency;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Notification;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Turns workflows, their steps and the organisation into {@link Snapshot}s and {@link FlowEdge}s.
 * Steps are named through a function so that the old version can be read with renamed steps
 * already under their new names: a flow into a renamed step is then the same flow.
 */
class WfaSnapshots {

    private static final WfaPackage P = WfaPackage.eINSTANCE;

    @Inject
    private IQualifiedNameProvider names;

    String qualifiedName(EObject element) {
        QualifiedName name = names.getFullyQualifiedName(element);
        return name == null ? "" : name.toString();
    }

    /** Teams, roles, persons, systems, agents and shared artifacts by qualified name, in file order. */
    Map<String, Snapshot> organisation(List<Model> models) {
        Map<String, Snapshot> elements = new LinkedHashMap<>();
        for (Model model : models) {
            for (Team team : model.getTeams()) {
                put(
                        elements,
                        new Snapshot.Builder(qualifiedName(team), "team")
                                .one("title", team.getTitle())
                                .one("description", team.getDescription())
                                .build());
                for (Role role : team.getRoles()) {
                    put(
                            elements,
                            new Snapshot.Builder(qualifiedName(role), "role")
                                    .one("title", role.getTitle())
                                    .one("description", role.getDescription())
                                    .build());
                }
            }
            for (EObject party : model.getParties()) {
                put(elements, party(party));
            }
            for (Artifact artifact : model.getArtifacts()) {
                put(elements, artifact(artifact));
            }
        }
        return elements;
    }

    private static void put(Map<String, Snapshot> elements, Snapshot snapshot) {
        elements.putIfAbsent(snapshot.kind() + " " + snapshot.name(), snapshot);
    }

    private Snapshot party(EObject party) {
        Snapshot.Builder b = new Snapshot.Builder(qualifiedName(party), WfaKinds.name(party.eClass()));
        if (party instanceof Person person) {
            b.one("title", person.getTitle())
                    .one("description", person.getDescription())
                    .set("holds", refs(person, P.getPerson_Holds()));
        } else if (party instanceof SystemDecl system) {
            b.one("title", system.getTitle())
                    .one("description", system.getDescription())
                    .set("owned by", refs(system, P.getSystemDecl_Owner()));
        } else if (party instanceof Agent agent) {
            b.one("title", agent.getTitle())
                    .one("description", agent.getDescription())
                    .set("does", agent.getCapabilities())
                    .set("supervised by", refs(agent, P.getAgent_Supervisor()))
                    .set("uses", refs(agent, P.getAgent_Uses()));
        }
        return b.build();
    }

    private Snapshot artifact(Artifact artifact) {
        return new Snapshot.Builder(qualifiedName(artifact), "artifact")
                .one("title", artifact.getTitle())
                .one(
                        "classification",
                        WfaSnapshots.isWritten(artifact, P.getArtifact_Classification())
                                ? artifact.getClassification().getLiteral()
                                : null)
                .one("description", artifact.getDescription())
                .build();
    }

    /** The workflow's own clauses (not its steps). */
    Snapshot workflow(Workflow w) {
        List<String> data = new ArrayList<>();
        if (w.getData() != null) {
            for (DataField field : w.getData().getFields()) {
                String type = field.getType() instanceof PrimitiveType primitive
                        ? primitive.getKind().getLiteral()
                        : field.getType() instanceof EnumType e
                                ? "enum {"
                                        + String.join(
                                                ", ",
                                                e.getLiterals().stream()
                                                        .map(l -> l.getName())
                                                        .toList()) + "}"
                                : "?";
                data.add(field.getName() + ": " + type);
            }
        }
        List<String> dependencies = new ArrayList<>();
        for (Dependency d : w.getDependencies()) {
            String target = d.getTeam() != null
                    ? "team " + String.join("", refs(d, P.getDependency_Team()))
                    : d.getSystem() != null
                            ? "system " + String.join("", refs(d, P.getDependency_System()))
                            : d.getAgent() != null
                                    ? "agent " + String.join("", refs(d, P.getDependency_Agent()))
                                    : "workflow " + String.join("", refs(d, P.getDependency_Workflow()));
            dependencies.add(target);
        }
        return new Snapshot.Builder(qualifiedName(w), "workflow")
                .one("title", w.getTitle())
                .one("description", w.getDescription())
                .one("version", w.getVersion())
                .set("owner", refs(w, P.getWorkflow_Owner()))
                .one("goal", w.getGoal())
                .one("trigger", w.getTrigger())
                .set("receives", refs(w, P.getWorkflow_Inputs()))
                .one("sla", w.getSla() == null ? null : sla(w.getSla(), UnaryOperator.identity()))
                .set("data", data)
                .set("depends on", dependencies)
                .set(
                        "artifact",
                        w.getArtifacts().stream()
                                .map(a -> a.getName()
                                        + (a.getTitle() == null ? "" : " \"" + a.getTitle() + "\"")
                                        + (isWritten(a, P.getArtifact_Classification())
                                                ? " " + a.getClassification().getLiteral()
                                                : ""))
                                .toList())
                .build();
    }

    /** The steps of a workflow by (possibly renamed) name, in source order. */
    Map<String, Snapshot> steps(Workflow w, UnaryOperator<String> stepName) {
        Map<String, Snapshot> steps = new LinkedHashMap<>();
        for (Node node : w.getNodes()) {
            if (node.getName() != null) {
                Snapshot step = stepSnapshot(node, stepName);
                steps.putIfAbsent(step.name(), step);
            }
        }
        return steps;
    }

    private Snapshot stepSnapshot(Node node, UnaryOperator<String> stepName) {
        Snapshot.Builder b = new Snapshot.Builder(stepName.apply(node.getName()), WfaKinds.name(node.eClass()))
                .one("title", node.getTitle())
                .one("description", node.getDescription());
        return switch (StepKind.of(node)) {
            case STAGE -> {
                Stage s = (Stage) node;
                yield work(
                        raci(b, s)
                                .set("consumes", refs(s, P.getStage_Consumes()))
                                .set("produces", refs(s, P.getStage_Produces()))
                                .set("uses", refs(s, P.getStage_Uses()))
                                .set("reviewed by", refs(s, P.getStage_Reviewers())),
                        s,
                        stepName);
            }
            case CALL -> {
                Call c = (Call) node;
                yield work(raci(b, c).set("calls workflow", refs(c, P.getCall_Called())), c, stepName);
            }
            case DECISION -> {
                Decision d = (Decision) node;
                b.set("decided by", refs(d, P.getDecision_DecidedBy()))
                        .list(
                                "outcome",
                                d.getOutcomes().stream()
                                        .map(o -> outcome(o, stepName))
                                        .toList());
                if (d.getTable() != null) {
                    b.one("hit policy", d.getTable().getHitPolicy().getLiteral())
                            .list(
                                    "rules on",
                                    d.getTable().getInputs().stream()
                                            .map(f -> f.getName())
                                            .toList())
                            .list(
                                    "rule",
                                    d.getTable().getRows().stream()
                                            .map(r -> row(r, stepName))
                                            .toList());
                }
                yield b.one("otherwise", step(d.getOtherwise(), stepName)).build();
            }
            case APPROVAL -> {
                Approval a = (Approval) node;
                yield b.set("approver", refs(a, P.getApproval_Approvers()))
                        .one("approves", step(a.getSubject(), stepName))
                        .set("informed", refs(a, P.getApproval_Informed()))
                        .set(
                                "sla",
                                a.getSlas().stream().map(s -> sla(s, stepName)).toList())
                        .set(
                                "notification",
                                a.getNotifications().stream()
                                        .map(this::notification)
                                        .toList())
                        .one("approved", step(a.getApproved(), stepName))
                        .one("rejected", step(a.getRejected(), stepName))
                        .build();
            }
            case WAIT -> {
                Wait wait = (Wait) node;
                yield b.one(
                                "waits for",
                                wait.getEvent() != null
                                        ? "event \"" + wait.getEvent() + "\""
                                        : wait.getWorkflow() != null
                                                ? "workflow " + String.join("", refs(wait, P.getWait_Workflow()))
                                                : null)
                        .one(
                                "timeout",
                                wait.getTimeout() == null
                                        ? null
                                        : ExpressionText.duration(wait.getTimeout()) + " -> "
                                                + step(wait.getTimeoutRoute(), stepName))
                        .build();
            }
            case END ->
                b.set(
                                "notification",
                                ((End) node)
                                        .getNotifications().stream()
                                                .map(this::notification)
                                                .toList())
                        .build();
            case FORK, JOIN -> b.build();
        };
    }

    /** Who takes part in a stage or call; the first responsible party performs it (its lane, its kind of work): order matters. */
    private Snapshot.Builder raci(Snapshot.Builder b, Activity a) {
        return b.list("responsible", refs(a, P.getActivity_Responsible()))
                .set("accountable", refs(a, P.getActivity_Accountable()))
                .set("consulted", refs(a, P.getActivity_Consulted()))
                .set("informed", refs(a, P.getActivity_Informed()));
    }

    /** The time and messages of a stage or call, after what is particular to its kind. */
    private Snapshot work(Snapshot.Builder b, Activity a, UnaryOperator<String> stepName) {
        return b.one("duration", ExpressionText.duration(a.getDuration()))
                .set("sla", a.getSlas().stream().map(s -> sla(s, stepName)).toList())
                .set(
                        "notification",
                        a.getNotifications().stream().map(this::notification).toList())
                .build();
    }

    /** Every flow of the workflow, starts included, in source order. */
    List<FlowEdge> edges(Workflow w, UnaryOperator<String> stepName) {
        List<FlowEdge> edges = new ArrayList<>();
        for (Start start : w.getStarts()) {
            edge(edges, startName(start), start.getTarget(), null, stepName);
        }
        for (Node node : w.getNodes()) {
            if (node.getName() == null) {
                continue;
            }
            String from = stepName.apply(node.getName());
            // A switch expression, so that the compiler asks for the routes of each kind of step.
            Runnable routes = switch (StepKind.of(node)) {
                case STAGE, CALL ->
                    () -> {
                        Activity a = (Activity) node;
                        a.getNext().forEach(n -> edge(edges, from, n, null, stepName));
                        a.getSlas().forEach(s -> edge(edges, from, s.getRoute(), "SLA breached", stepName));
                    };
                case DECISION ->
                    () -> {
                        Decision d = (Decision) node;
                        d.getOutcomes()
                                .forEach(o -> edge(
                                        edges,
                                        from,
                                        o.getTarget(),
                                        o.getLabel() != null ? o.getLabel() : ExpressionText.of(o.getCondition()),
                                        stepName));
                        if (d.getTable() != null) {
                            d.getTable()
                                    .getRows()
                                    .forEach(r -> edge(edges, from, r.getTarget(), r.getLabel(), stepName));
                        }
                        edge(edges, from, d.getOtherwise(), "otherwise", stepName);
                    };
                case APPROVAL ->
                    () -> {
                        Approval a = (Approval) node;
                        edge(edges, from, a.getApproved(), "approved", stepName);
                        edge(edges, from, a.getRejected(), "rejected", stepName);
                        a.getSlas().forEach(s -> edge(edges, from, s.getRoute(), "SLA breached", stepName));
                    };
                case FORK -> () -> ((Fork) node).getBranches().forEach(n -> edge(edges, from, n, null, stepName));
                case JOIN -> () -> ((Join) node).getNext().forEach(n -> edge(edges, from, n, null, stepName));
                case WAIT ->
                    () -> {
                        Wait wait = (Wait) node;
                        wait.getNext().forEach(n -> edge(edges, from, n, null, stepName));
                        edge(edges, from, wait.getTimeoutRoute(), "timeout", stepName);
                    };
                case END -> () -> {};
            };
            routes.run();
        }
        return edges;
    }

    static String startName(Start start) {
        return start.getName() == null ? "start" : start.getName();
    }

    private static void edge(List<FlowEdge> edges, String from, Node to, String label, UnaryOperator<String> stepName) {
        String target = step(to, stepName);
        if (target != null) {
            edges.add(new FlowEdge(from, target, label));
        }
    }

    private static String step(Node node, UnaryOperator<String> stepName) {
        return node == null || node.eIsProxy() || node.getName() == null ? null : stepName.apply(node.getName());
    }

    private String sla(Sla sla, UnaryOperator<String> stepName) {
        StringBuilder text = new StringBuilder(ExpressionText.duration(sla.getWithin()));
        List<String> escalation = refs(sla, P.getSla_EscalateTo());
        if (!escalation.isEmpty()) {
            text.append(" escalate to ").append(escalation.get(0));
        }
        String route = step(sla.getRoute(), stepName);
        if (route != null) {
            text.append(" on breach -> ").append(route);
        }
        return text.toString();
    }

    private String notification(Notification n) {
        StringBuilder text = new StringBuilder(String.join(
                ", ", refs(n, P.getNotification_Recipients()).stream().sorted().toList()));
        if (n.getArtifact() != null) {
            text.append(" of ").append(String.join("", refs(n, P.getNotification_Artifact())));
        } else if (n.getMessage() != null) {
            text.append(" about \"").append(n.getMessage()).append('"');
        }
        if (isWritten(n, P.getNotification_Channel())) {
            text.append(" via ").append(n.getChannel().getLiteral());
        }
        return text.toString();
    }

    private static String outcome(Outcome o, UnaryOperator<String> stepName) {
        return "when " + ExpressionText.of(o.getCondition()) + " -> " + step(o.getTarget(), stepName)
                + (o.getLabel() == null ? "" : " \"" + o.getLabel() + "\"");
    }

    private static String row(RuleRow r, UnaryOperator<String> stepName) {
        return String.join(", ", r.getCells().stream().map(ExpressionText::cell).toList()) + " -> "
                + step(r.getTarget(), stepName) + (r.getLabel() == null ? "" : " \"" + r.getLabel() + "\"");
    }

    /**
     * The names a reference feature points to: roles as {@code Team.Role}, other parties and
     * artifacts by their name. An unresolved name is shown as written, so that fixing a typo in a
     * reference is a change too.
     */
    private static List<String> refs(EObject owner, EReference feature) {
        Object value = owner.eGet(feature, false);
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<INode> written = NodeModelUtils.findNodesForFeature(owner, feature);
        List<String> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            EObject target = (EObject) values.get(i);
            if (target.eIsProxy()) {
                target = EcoreUtil.resolve(target, owner);
            }
            if (!target.eIsProxy()) {
                result.add(label(target));
            } else if (i < written.size()) {
                result.add(NodeModelUtils.getTokenText(written.get(i)));
            }
        }
        return result;
    }

    private static String label(EObject target) {
        if (target instanceof Role role && role.eContainer() instanceof Team team) {
            return team.getName() + "." + role.getName();
        }
        Object name = target.eClass().getEStructuralFeature("name") == null
                ? null
                : target.eGet(target.eClass().getEStructuralFeature("name"));
        return name == null ? "?" : name.toString();
    }

    private static boolean isWritten(EObject element, EStructuralFeature feature) {
        return !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
    }
}

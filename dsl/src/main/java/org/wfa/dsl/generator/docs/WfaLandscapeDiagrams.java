package org.wfa.dsl.generator.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Dependency;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * The landscape map of a workspace: a lane per team holding the team itself, the workflows its
 * roles own and the systems it runs. Edges show workflows calling or waiting for workflows,
 * depending on and using systems and teams, and handing work over to other teams.
 */
public class WfaLandscapeDiagrams {

    private static final String NO_TEAM = "-no-team";

    @Inject
    private WfaRefs refs;

    @Inject
    private WfaAnalyzer analyzer;

    /**
     * Beyond this many nodes or edges a map of every workflow and system is unreadable (and
     * Mermaid refuses more than 500 edges): the map then shows teams and what connects them.
     */
    static final int MAX_DETAILED_NODES = 80;

    static final int MAX_DETAILED_EDGES = 200;

    /** The detailed map when it is small enough to read, else the team map. */
    public Diagram landscape(List<Model> models, List<Workflow> workflows) {
        Diagram detailed = detailed(models, workflows);
        return detailed.nodes().size() <= MAX_DETAILED_NODES && detailed.edges().size() <= MAX_DETAILED_EDGES
                ? detailed
                : teamMap(detailed);
    }

    /**
     * The detailed map folded into its lanes: a node per team (and per lane of unowned
     * systems or workflows), an edge per pair of lanes that the detailed map connects, labelled
     * with how many connections it stands for, drawn as a hand-off if any of them is one.
     */
    public static Diagram teamMap(Diagram detailed) {
        Map<String, String> laneOf = new LinkedHashMap<>();
        detailed.nodes().forEach(node -> laneOf.put(node.id(), node.laneId()));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, EdgeStyle> styles = new LinkedHashMap<>();
        for (Diagram.Edge edge : detailed.edges()) {
            String from = laneOf.get(edge.from());
            String to = laneOf.get(edge.to());
            if (!from.equals(to)) {
                String key = from + "\u0000" + to;
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                styles.merge(
                        key,
                        edge.style(),
                        (a, b) -> a == EdgeStyle.HANDOFF || b == EdgeStyle.HANDOFF ? EdgeStyle.HANDOFF : a);
            }
        }
        List<Diagram.Node> nodes = new ArrayList<>();
        for (Diagram.Lane lane : detailed.lanes()) {
            long workflows = detailed.nodes().stream()
                    .filter(n -> n.laneId().equals(lane.id()) && n.shape() == Shape.WORKFLOW)
                    .count();
            nodes.add(new Diagram.Node(
                    lane.id(),
                    lane.label() + " (" + workflows + (workflows == 1 ? " workflow)" : " workflows)"),
                    Shape.TEAM,
                    lane.id(),
                    null,
                    null));
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] ends = key.split("\u0000");
            edges.add(new Diagram.Edge(ends[0], ends[1], String.valueOf(count[0]), styles.get(key)));
        });
        return new Diagram(detailed.id(), "Workflow landscape by team", detailed.lanes(), nodes, edges);
    }

    /** Teams, their workflows and systems, and every connection between them. */
    Diagram detailed(List<Model> models, List<Workflow> workflows) {
        Map<String, Diagram.Lane> lanes = new LinkedHashMap<>();
        Map<String, Diagram.Node> nodes = new LinkedHashMap<>();
        for (Model model : models) {
            for (Team team : model.getTeams()) {
                Ref ref = refs.of(team);
                lanes.put(ref.name(), new Diagram.Lane(ref.name(), ref.label()));
                nodes.put(
                        id(ref),
                        new Diagram.Node(id(ref), ref.label(), Shape.TEAM, ref.name(), "Team " + ref.name(), null));
            }
        }
        Set<Diagram.Edge> edges = new LinkedHashSet<>();
        List<Diagram.Node> systems = new ArrayList<>();
        for (Workflow workflow : workflows) {
            Ref ref = refs.of(workflow);
            Team ownerTeam = WfaOrganisation.teamOf(workflow.getOwner());
            nodes.put(
                    id(ref),
                    new Diagram.Node(
                            id(ref),
                            ref.label(),
                            Shape.WORKFLOW,
                            laneOf(ownerTeam, lanes),
                            "Workflow " + ref.name(),
                            null));
            for (Dependency dependency : workflow.getDependencies()) {
                EObject target = dependency.getWorkflow() != null
                        ? dependency.getWorkflow()
                        : dependency.getSystem() != null ? dependency.getSystem() : dependency.getTeam();
                link(ref, target, EdgeStyle.DEPENDENCY, edges, systems, lanes);
            }
            for (Node node : workflow.getNodes()) {
                for (Link link : linksOf(node)) {
                    link(ref, link.target(), link.style(), edges, systems, lanes);
                }
            }
            WorkflowAnalysis analysis = analyzer.analyze(workflow);
            for (WorkflowAnalysis.Handoff handoff : analysis.handoffs()) {
                if (handoff.crossTeam() && handoff.toTeam() != ownerTeam) {
                    link(ref, handoff.toTeam(), EdgeStyle.HANDOFF, edges, systems, lanes);
                }
            }
        }
        systems.forEach(system -> nodes.putIfAbsent(system.id(), system));
        Set<String> known = nodes.keySet();
        List<Diagram.Edge> drawn = edges.stream()
                .filter(e -> known.contains(e.from()) && known.contains(e.to()))
                .toList();
        return new Diagram(
                "landscape", "Workflow landscape", List.copyOf(lanes.values()), List.copyOf(nodes.values()), drawn);
    }

    /** What a step of a workflow links it to in the landscape: a called or awaited workflow, systems. */
    private record Link(EObject target, EdgeStyle style) {}

    private static List<Link> linksOf(Node node) {
        List<Link> links = new ArrayList<>();
        return switch (StepKind.of(node)) {
            case STAGE -> {
                Stage stage = (Stage) node;
                systemsResponsible(stage, links);
                stage.getUses().forEach(system -> links.add(new Link(system, EdgeStyle.DEPENDENCY)));
                yield links;
            }
            case CALL -> {
                Call call = (Call) node;
                links.add(new Link(call.getCalled(), EdgeStyle.FLOW));
                systemsResponsible(call, links);
                yield links;
            }
            case WAIT -> List.of(new Link(((Wait) node).getWorkflow(), EdgeStyle.DEPENDENCY));
            case DECISION, APPROVAL, FORK, JOIN, END -> links;
        };
    }

    private static void systemsResponsible(Activity activity, List<Link> links) {
        for (Party party : activity.getResponsible()) {
            if (party instanceof SystemDecl) {
                links.add(new Link(party, EdgeStyle.DEPENDENCY));
            }
        }
    }

    private void link(
            Ref from,
            EObject target,
            EdgeStyle style,
            Set<Diagram.Edge> edges,
            List<Diagram.Node> systems,
            Map<String, Diagram.Lane> lanes) {
        if (target == null || target.eIsProxy()) {
            return;
        }
        Ref to = refs.of(target);
        if (target instanceof SystemDecl system) {
            Team owner = system.getOwner() == null || system.getOwner().eIsProxy() ? null : system.getOwner();
            systems.add(new Diagram.Node(
                    id(to), to.label(), Shape.SYSTEM, laneOf(owner, lanes), "System " + to.name(), null));
        }
        if (!id(to).equals(id(from))) {
            edges.add(new Diagram.Edge(id(from), id(to), null, style));
        }
    }

    /** Teams, workflows and systems may share qualified names: the kind keeps their ids apart. */
    private static String id(Ref ref) {
        return ref.kind() + ":" + ref.name();
    }

    private String laneOf(Team team, Map<String, Diagram.Lane> lanes) {
        if (team != null) {
            Ref ref = refs.of(team);
            lanes.putIfAbsent(ref.name(), new Diagram.Lane(ref.name(), ref.label()));
            return ref.name();
        }
        lanes.putIfAbsent(NO_TEAM, new Diagram.Lane(NO_TEAM, "No owning team"));
        return NO_TEAM;
    }
}

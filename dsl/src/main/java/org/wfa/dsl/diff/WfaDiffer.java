package org.wfa.dsl.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/**
 * The semantic diff of two compiled versions of a workspace: what changed in meaning, not in
 * text. Workflows are matched by qualified name, steps by name or, when renamed, by structure
 * ({@link StepRenames}); everything is compared on {@link Snapshot}s, which leave out layout,
 * comments and the order of clauses whose order means nothing.
 */
public class WfaDiffer {

    @Inject
    private WfaSnapshots snapshots;

    @Inject
    private WfaAnalyzer analyzer;

    /** A differ with the standalone injector, for use outside a language server. */
    public static WfaDiffer create() {
        return WfaStandalone.injector().getInstance(WfaDiffer.class);
    }

    public WorkspaceDiff diff(Compilation before, Compilation after) {
        Map<String, Workflow> old = workflows(before);
        Map<String, Workflow> now = workflows(after);
        Set<String> names = new TreeSet<>(old.keySet());
        names.addAll(now.keySet());

        Map<String, Map<String, String>> renames = new HashMap<>();
        Map<String, WorkflowParts> parts = new LinkedHashMap<>();
        for (String name : names) {
            Workflow o = old.get(name);
            Workflow n = now.get(name);
            if (o != null && n != null) {
                Map<String, String> renamed = StepRenames.detect(o, n, snapshots);
                renames.put(name, renamed);
                parts.put(name, compare(o, n, renamed));
            } else if (n != null) {
                parts.put(name, new WorkflowParts("added", List.of(), view(null, n, Map.of())));
            } else {
                parts.put(name, new WorkflowParts("removed", List.of(), null));
            }
        }

        List<FindingsDiff.Entry> findings = FindingsDiff.compare(
                FindingsDiff.locate(
                        before,
                        snapshots,
                        (workflow, step) ->
                                renames.getOrDefault(workflow, Map.of()).getOrDefault(step, step)),
                FindingsDiff.locate(after, snapshots, (workflow, step) -> step));
        Map<String, List<FindingChange>> findingsByWorkflow = new HashMap<>();
        List<FindingChange> workspaceFindings = new ArrayList<>();
        for (FindingsDiff.Entry entry : findings) {
            if (entry.workflow() != null && parts.containsKey(entry.workflow())) {
                findingsByWorkflow
                        .computeIfAbsent(entry.workflow(), k -> new ArrayList<>())
                        .add(entry.change());
            } else {
                workspaceFindings.add(entry.change());
            }
        }

        List<WorkflowDiff> workflows = new ArrayList<>();
        for (Map.Entry<String, WorkflowParts> entry : parts.entrySet()) {
            String name = entry.getKey();
            WorkflowParts p = entry.getValue();
            List<MetricChange> metrics = old.containsKey(name) && now.containsKey(name)
                    ? MetricsDiff.between(metrics(old.get(name)), metrics(now.get(name)))
                    : List.of();
            WorkflowDiff diff = new WorkflowDiff(
                    name,
                    p.status(),
                    p.changes(),
                    sortedFindings(findingsByWorkflow.getOrDefault(name, List.of())),
                    metrics,
                    p.view());
            if (!diff.isEmpty()) {
                workflows.add(diff);
            }
        }
        return new WorkspaceDiff(organisation(before, after), workflows, sortedFindings(workspaceFindings));
    }

    private record WorkflowParts(String status, List<Change> changes, FlowView view) {}

    private WorkflowMetrics metrics(Workflow workflow) {
        return WorkflowMetrics.of(analyzer.analyze(workflow));
    }

    private WorkflowParts compare(Workflow o, Workflow n, Map<String, String> renamed) {
        UnaryOperator<String> rename = name -> renamed.getOrDefault(name, name);
        List<Change> changes = new ArrayList<>(PropertyChanges.between(snapshots.workflow(o), snapshots.workflow(n)));
        Map<String, Snapshot> oldSteps = snapshots.steps(o, rename);
        Map<String, Snapshot> newSteps = snapshots.steps(n, UnaryOperator.identity());
        Map<String, String> newToOld = new HashMap<>();
        renamed.forEach((from, to) -> newToOld.put(to, from));

        List<Change> renames = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Snapshot step : newSteps.values()) {
            Snapshot previous = oldSteps.get(step.name());
            if (previous == null || !previous.kind().equals(step.kind())) {
                added.add(Change.added(step.kind(), step.name()));
                continue;
            }
            if (newToOld.containsKey(step.name())) {
                renames.add(Change.renamed(step.kind(), newToOld.get(step.name()), step.name()));
            }
            changed.addAll(PropertyChanges.between(previous, step));
        }
        for (Snapshot step : oldSteps.values()) {
            Snapshot next = newSteps.get(step.name());
            if (next == null || !next.kind().equals(step.kind())) {
                removed.add(Change.removed(step.kind(), step.name()));
            }
        }
        changes.addAll(renames);
        changes.addAll(removed);
        changes.addAll(added);
        changes.addAll(changed);

        Set<String> oldEdges = keys(snapshots.edges(o, rename));
        Set<String> newEdges = keys(snapshots.edges(n, UnaryOperator.identity()));
        oldEdges.stream().filter(e -> !newEdges.contains(e)).forEach(e -> changes.add(Change.removed("flow", e)));
        newEdges.stream().filter(e -> !oldEdges.contains(e)).forEach(e -> changes.add(Change.added("flow", e)));
        return new WorkflowParts("changed", changes, changes.isEmpty() ? null : view(o, n, renamed));
    }

    private static Set<String> keys(List<FlowEdge> edges) {
        Set<String> keys = new LinkedHashSet<>();
        edges.forEach(e -> keys.add(e.key()));
        return keys;
    }

    /** The new flow with what changed marked; the removed steps and flows of the old version too. */
    private FlowView view(Workflow o, Workflow n, Map<String, String> renamed) {
        UnaryOperator<String> rename = name -> renamed.getOrDefault(name, name);
        Map<String, Snapshot> oldSteps = o == null ? Map.of() : snapshots.steps(o, rename);
        List<FlowEdge> oldEdges = o == null ? List.of() : snapshots.edges(o, rename);
        Set<String> oldStarts = new LinkedHashSet<>();
        if (o != null) {
            o.getStarts().forEach(s -> oldStarts.add(WfaSnapshots.startName(s)));
        }
        List<FlowView.Node> nodes = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        for (Start start : n.getStarts()) {
            String name = WfaSnapshots.startName(start);
            if (present.add(name)) {
                nodes.add(new FlowView.Node(
                        name,
                        start.getTitle() != null ? start.getTitle() : name,
                        "start",
                        o == null || !oldStarts.contains(name) ? FlowView.State.ADDED : FlowView.State.UNCHANGED));
            }
        }
        for (Snapshot step : snapshots.steps(n, UnaryOperator.identity()).values()) {
            Snapshot previous = oldSteps.get(step.name());
            FlowView.State state = previous == null || !previous.kind().equals(step.kind())
                    ? FlowView.State.ADDED
                    : renamed.containsValue(step.name())
                                    || !PropertyChanges.between(previous, step).isEmpty()
                            ? FlowView.State.CHANGED
                            : FlowView.State.UNCHANGED;
            present.add(step.name());
            nodes.add(new FlowView.Node(step.name(), label(step), step.kind(), state));
        }
        for (String start : oldStarts) {
            if (present.add(start)) {
                nodes.add(new FlowView.Node(start, start, "start", FlowView.State.REMOVED));
            }
        }
        for (Snapshot step : oldSteps.values()) {
            if (present.add(step.name())) {
                nodes.add(new FlowView.Node(step.name(), label(step), step.kind(), FlowView.State.REMOVED));
            }
        }
        Set<String> oldKeys = keys(oldEdges);
        List<FlowEdge> newEdges = snapshots.edges(n, UnaryOperator.identity());
        Set<String> newKeys = keys(newEdges);
        List<FlowView.Edge> edges = new ArrayList<>();
        for (FlowEdge e : newEdges) {
            edges.add(new FlowView.Edge(
                    e.from(),
                    e.to(),
                    e.label(),
                    oldKeys.contains(e.key()) ? FlowView.State.UNCHANGED : FlowView.State.ADDED));
        }
        for (FlowEdge e : oldEdges) {
            if (!newKeys.contains(e.key())) {
                edges.add(new FlowView.Edge(e.from(), e.to(), e.label(), FlowView.State.REMOVED));
            }
        }
        return new FlowView(nodes, edges);
    }

    private static String label(Snapshot step) {
        List<String> title = step.get("title");
        return title.isEmpty() ? step.name() : title.get(0);
    }

    private List<Change> organisation(Compilation before, Compilation after) {
        Map<String, Snapshot> old = snapshots.organisation(models(before));
        Map<String, Snapshot> now = snapshots.organisation(models(after));
        // Grouped by kind, then by name: the order people read an organisation chart in.
        Map<String, List<Change>> byKey = new TreeMap<>();
        now.forEach((key, element) -> {
            Snapshot previous = old.get(key);
            byKey.put(
                    sortKey(element),
                    previous == null
                            ? List.of(Change.added(element.kind(), element.name()))
                            : PropertyChanges.between(previous, element));
        });
        old.forEach((key, element) -> {
            if (!now.containsKey(key)) {
                byKey.put(sortKey(element), List.of(Change.removed(element.kind(), element.name())));
            }
        });
        List<Change> changes = new ArrayList<>();
        byKey.values().forEach(changes::addAll);
        return changes;
    }

    private static final List<String> ORGANISATION_ORDER =
            List.of("team", "role", "person", "system", "agent", "artifact");

    private static String sortKey(Snapshot element) {
        return ORGANISATION_ORDER.indexOf(element.kind()) + " " + element.name();
    }

    private static List<FindingChange> sortedFindings(List<FindingChange> findings) {
        List<FindingChange> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(FindingChange::action)
                .thenComparing(FindingChange::code)
                .thenComparing(f -> String.valueOf(f.element()))
                .thenComparing(FindingChange::message)
                .thenComparing(FindingChange::location));
        return sorted;
    }

    private Map<String, Workflow> workflows(Compilation compilation) {
        Map<String, Workflow> workflows = new LinkedHashMap<>();
        for (Workflow workflow : compilation.workflows()) {
            if (workflow.getName() != null) {
                workflows.putIfAbsent(snapshots.qualifiedName(workflow), workflow);
            }
        }
        return workflows;
    }

    private static List<Model> models(Compilation compilation) {
        List<Model> models = new ArrayList<>();
        for (XtextResource resource : compilation.resources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
                models.add(model);
            }
        }
        return models;
    }
}

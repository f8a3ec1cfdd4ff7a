package org.wfa.dsl.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;

/**
 * What the flow of one workflow implies, computed once (see {@link WfaAnalyzer}) and read by
 * every rule: reachability, loops and their exits, fork/join matching, where artifacts are
 * consumed before they are produced, the critical path, hand-offs and load per role. Every
 * computation is linear in the size of the flow (per fork or per artifact where stated).
 */
public final class WorkflowAnalysis {

    /** A fork's matching join, or why it has none. */
    public record ForkMatch(Join join, String problem, Set<Integer> region) {
    }

    /**
     * Consecutive work (through routing steps) owned by different parties; cross-team when
     * their teams differ (a null team counts as unknown, not as different).
     */
    public record Handoff(EObject from, EObject to, Team fromTeam, Team toTeam, List<Artifact> artifacts) {

        public boolean crossTeam() {
            return fromTeam != null && toTeam != null && fromTeam != toTeam;
        }
    }

    private final Workflow workflow;
    private final FlowGraph graph;
    private final boolean[] reachable;
    private final boolean[] reachesEnd;
    private final int[] component;
    private final Map<Integer, List<Integer>> loops = new LinkedHashMap<>();
    private final boolean[] inLoopWithoutExit;
    private final boolean hasEnd;
    private final Map<Fork, ForkMatch> forks = new LinkedHashMap<>();
    private final Map<Join, Fork> joins = new IdentityHashMap<>();
    private final java.util.Set<Join> reachedByForks = new java.util.HashSet<>();
    private final Map<Artifact, List<EObject>> consumedUnproduced = new LinkedHashMap<>();
    private final List<EObject> criticalPath = new ArrayList<>();
    private long criticalPathMinutes;
    private final List<Handoff> handoffs = new ArrayList<>();
    private final Map<Party, Integer> accountableLoad = new LinkedHashMap<>();

    WorkflowAnalysis(Workflow workflow) {
        this.workflow = workflow;
        this.graph = FlowGraph.of(workflow);
        int n = graph.size();
        int[] starts = indicesOf(v -> v instanceof Start);
        int[] ends = indicesOf(v -> v instanceof End);
        reachable = GraphAlgorithms.reach(graph, starts, false, v -> true);
        reachesEnd = GraphAlgorithms.reach(graph, ends, true, v -> true);
        component = GraphAlgorithms.components(graph);
        hasEnd = ends.length > 0;
        findLoops(n);
        inLoopWithoutExit = new boolean[n];
        for (List<EObject> loop : loops()) {
            if (!hasExit(loop)) {
                loop.forEach(v -> inLoopWithoutExit[graph.indexOf(v)] = true);
            }
        }
        for (EObject vertex : graph.vertices()) {
            if (vertex instanceof Fork fork) {
                matchFork(fork, new HashMap<>());
            }
        }
        findUnproducedConsumption(starts);
        findCriticalPath(starts);
        findHandoffs();
        countLoad();
    }

    public Workflow workflow() {
        return workflow;
    }

    public FlowGraph graph() {
        return graph;
    }

    public boolean isReachable(EObject vertex) {
        int i = graph.indexOf(vertex);
        return i >= 0 && reachable[i];
    }

    public boolean reachesEnd(EObject vertex) {
        int i = graph.indexOf(vertex);
        return i >= 0 && reachesEnd[i];
    }

    public boolean hasEnd() {
        return hasEnd;
    }

    /** Whether the step belongs to a loop that nothing leaves. */
    public boolean isInLoopWithoutExit(EObject vertex) {
        int i = graph.indexOf(vertex);
        return i >= 0 && inLoopWithoutExit[i];
    }

    /** Loops: the steps of each strongly connected component with a cycle, in source order. */
    public List<List<EObject>> loops() {
        List<List<EObject>> result = new ArrayList<>();
        for (List<Integer> members : loops.values()) {
            result.add(members.stream().map(graph::vertex).toList());
        }
        return result;
    }

    /** Whether some step of the loop has a route out of it. */
    public boolean hasExit(List<EObject> loop) {
        int c = component[graph.indexOf(loop.get(0))];
        for (EObject vertex : loop) {
            for (int w : graph.successors(graph.indexOf(vertex))) {
                if (component[w] != c) {
                    return true;
                }
            }
        }
        return false;
    }

    public ForkMatch matchOf(Fork fork) {
        return forks.get(fork);
    }

    /** Whether some fork's branches lead to the join (whether or not the fork is matched). */
    public boolean isReachedByAFork(Join join) {
        return reachedByForks.contains(join);
    }

    /** The fork a join closes, or null. */
    public Fork forkOf(Join join) {
        return joins.get(join);
    }

    /** Artifacts consumed on some path from the start on which they were not produced before, with the consuming steps. */
    public Map<Artifact, List<EObject>> consumedBeforeProduced() {
        return Collections.unmodifiableMap(consumedUnproduced);
    }

    /** The longest path by stated durations from a start to an end, loops taken once. */
    public List<EObject> criticalPath() {
        return Collections.unmodifiableList(criticalPath);
    }

    public long criticalPathMinutes() {
        return criticalPathMinutes;
    }

    public List<Handoff> handoffs() {
        return Collections.unmodifiableList(handoffs);
    }

    /** Stages and calls per accountable party. */
    public Map<Party, Integer> accountableLoad() {
        return Collections.unmodifiableMap(accountableLoad);
    }

    // ------------------------------------------------------------------ computations

    private int[] indicesOf(java.util.function.Predicate<EObject> test) {
        return java.util.stream.IntStream.range(0, graph.size()).filter(i -> test.test(graph.vertex(i))).toArray();
    }

    private void findLoops(int n) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < n; v++) {
            members.computeIfAbsent(component[v], c -> new ArrayList<>()).add(v);
        }
        for (int v = 0; v < n; v++) {
            List<Integer> group = members.get(component[v]);
            boolean cyclic = group.size() > 1 || contains(graph.successors(v), v);
            if (cyclic && group.get(0) == v) {
                loops.put(component[v], group);
            }
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Follows each branch of a fork until it reaches a join (a nested fork is stepped over to
     * its own join): the fork is matched when every branch reaches the same single join.
     */
    private ForkMatch matchFork(Fork fork, Map<Fork, Boolean> inProgress) {
        ForkMatch known = forks.get(fork);
        if (known != null || inProgress.containsKey(fork)) {
            return known;
        }
        inProgress.put(fork, Boolean.TRUE);
        int f = graph.indexOf(fork);
        Set<Integer> region = new LinkedHashSet<>();
        Set<Join> reached = new LinkedHashSet<>();
        String problem = null;
        if (graph.successors(f).length < 2) {
            problem = "it has " + graph.successors(f).length + " branch" + (graph.successors(f).length == 1 ? "" : "es")
                    + "; a fork needs at least two";
        }
        for (int branch : graph.successors(f)) {
            Set<Join> branchJoins = new LinkedHashSet<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(branch));
            Set<Integer> seen = new LinkedHashSet<>(List.of(branch));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                EObject vertex = graph.vertex(v);
                if (vertex instanceof Join join) {
                    branchJoins.add(join);
                    continue;
                }
                region.add(v);
                if (vertex instanceof End end && problem == null) {
                    problem = "branch '" + name(graph.vertex(branch)) + "' reaches end '" + end.getName()
                            + "' without joining";
                }
                int[] next = graph.successors(v);
                if (vertex instanceof Fork nested && nested != fork) {
                    ForkMatch inner = matchFork(nested, inProgress);
                    if (inner != null && inner.join() != null) {
                        region.addAll(inner.region());
                        region.add(graph.indexOf(inner.join()));
                        next = graph.successors(graph.indexOf(inner.join()));
                    }
                }
                for (int w : next) {
                    if (w != f && seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            reached.addAll(branchJoins);
            reachedByForks.addAll(branchJoins);
            if (branchJoins.isEmpty() && problem == null) {
                problem = "branch '" + name(graph.vertex(branch)) + "' never reaches a join";
            }
        }
        Join join = null;
        if (problem == null && reached.size() > 1) {
            problem = "its branches reach different joins ("
                    + String.join(", ", reached.stream().map(j -> "'" + j.getName() + "'").toList())
                    + "); expected one join that all branches reach";
        } else if (problem == null && reached.size() == 1) {
            join = reached.iterator().next();
            joins.putIfAbsent(join, fork);
        }
        ForkMatch match = new ForkMatch(join, problem, region);
        forks.put(fork, match);
        inProgress.remove(fork);
        return match;
    }

    /**
     * For each artifact a step consumes (and the workflow does not receive), the steps that can
     * run before any step has produced it: one linear propagation per artifact. Producing steps
     * stop the propagation; a join is passed unproduced only when every branch that can arrive
     * there is unproduced (all branches complete before a join, so one producing branch is enough).
     */
    private void findUnproducedConsumption(int[] starts) {
        Map<Artifact, List<Integer>> producers = new LinkedHashMap<>();
        Map<Artifact, List<Integer>> consumers = new LinkedHashMap<>();
        for (int v = 0; v < graph.size(); v++) {
            if (graph.vertex(v) instanceof Stage stage) {
                for (Artifact a : stage.getProduces()) {
                    producers.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
                }
                for (Artifact a : stage.getConsumes()) {
                    consumers.computeIfAbsent(a, k -> new ArrayList<>()).add(v);
                }
            }
        }
        int[] arriving = new int[graph.size()];
        for (int v = 0; v < graph.size(); v++) {
            for (int p : graph.predecessors(v)) {
                if (reachable[p]) {
                    arriving[v]++;
                }
            }
        }
        for (Map.Entry<Artifact, List<Integer>> entry : consumers.entrySet()) {
            Artifact artifact = entry.getKey();
            if (artifact.eIsProxy() || workflow.getInputs().contains(artifact)) {
                continue;
            }
            boolean[] producing = new boolean[graph.size()];
            producers.getOrDefault(artifact, List.of()).forEach(v -> producing[v] = true);
            boolean[] unproduced = propagateUnproduced(starts, producing, arriving);
            List<EObject> violating = new ArrayList<>();
            for (int c : entry.getValue()) {
                if (unproduced[c]) {
                    violating.add(graph.vertex(c));
                }
            }
            if (!violating.isEmpty()) {
                consumedUnproduced.put(artifact, violating);
            }
        }
    }

    private boolean[] propagateUnproduced(int[] starts, boolean[] producing, int[] arriving) {
        boolean[] unproduced = new boolean[graph.size()];
        int[] unproducedArrivals = new int[graph.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : starts) {
            unproduced[s] = true;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (producing[v]) {
                continue;
            }
            for (int w : graph.successors(v)) {
                if (unproduced[w]) {
                    continue;
                }
                boolean join = graph.vertex(w) instanceof Join;
                if (!join || ++unproducedArrivals[w] >= arriving[w]) {
                    unproduced[w] = true;
                    queue.add(w);
                }
            }
        }
        return unproduced;
    }

    /** Longest path by duration over the flow without its back edges (each loop taken once). */
    private void findCriticalPath(int[] starts) {
        int n = graph.size();
        int[] order = new int[n];
        int ordered = 0;
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        int[] stackVertex = new int[n];
        int[] stackEdge = new int[n];
        boolean[][] backEdge = new boolean[n][];
        for (int v = 0; v < n; v++) {
            backEdge[v] = new boolean[graph.successors(v).length];
        }
        for (int root : starts) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stackVertex[0] = root;
            stackEdge[0] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int v = stackVertex[depth];
                int[] out = graph.successors(v);
                if (stackEdge[depth] < out.length) {
                    int e = stackEdge[depth]++;
                    int w = out[e];
                    if (state[w] == 1) {
                        backEdge[v][e] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        depth++;
                        stackVertex[depth] = w;
                        stackEdge[depth] = 0;
                    }
                    continue;
                }
                state[v] = 2;
                order[ordered++] = v;
                depth--;
            }
        }
        long[] distance = new long[n];
        int[] via = new int[n];
        java.util.Arrays.fill(distance, -1);
        java.util.Arrays.fill(via, -1);
        for (int root : starts) {
            distance[root] = 0;
        }
        for (int k = ordered - 1; k >= 0; k--) {
            int v = order[k];
            if (distance[v] < 0) {
                continue;
            }
            int[] out = graph.successors(v);
            for (int e = 0; e < out.length; e++) {
                int w = out[e];
                long candidate = distance[v] + durationOf(graph.vertex(w));
                if (!backEdge[v][e] && candidate > distance[w]) {
                    distance[w] = candidate;
                    via[w] = v;
                }
            }
        }
        int last = -1;
        for (int v = 0; v < n; v++) {
            if (graph.vertex(v) instanceof End && distance[v] > (last < 0 ? -1 : distance[last])) {
                last = v;
            }
        }
        if (last >= 0) {
            criticalPathMinutes = distance[last];
            for (int v = last; v >= 0; v = via[v]) {
                criticalPath.add(0, graph.vertex(v));
            }
        }
    }

    private static long durationOf(EObject vertex) {
        return vertex instanceof Activity activity ? WfaOrganisation.minutes(activity.getDuration()) : 0;
    }

    /** For each piece of work, the nearest work before it (through routing steps), and whether their teams differ. */
    private void findHandoffs() {
        for (int v = 0; v < graph.size(); v++) {
            EObject to = graph.vertex(v);
            if (!isWork(to)) {
                continue;
            }
            Party toOwner = WfaOrganisation.ownerOf(to);
            Team toTeam = WfaOrganisation.teamOf(toOwner);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            Set<Integer> seen = new java.util.HashSet<>();
            for (int p : graph.predecessors(v)) {
                if (seen.add(p)) {
                    queue.add(p);
                }
            }
            while (!queue.isEmpty()) {
                int p = queue.poll();
                EObject from = graph.vertex(p);
                if (isWork(from)) {
                    Party fromOwner = WfaOrganisation.ownerOf(from);
                    if (fromOwner != null && toOwner != null && fromOwner != toOwner) {
                        handoffs.add(new Handoff(from, to, WfaOrganisation.teamOf(fromOwner), toTeam,
                                passed(from, to)));
                    }
                    continue;
                }
                for (int q : graph.predecessors(p)) {
                    if (seen.add(q)) {
                        queue.add(q);
                    }
                }
            }
        }
    }

    /** The artifacts 'from' produces that 'to' consumes (an approval consumes what its subject produced). */
    private static List<Artifact> passed(EObject from, EObject to) {
        List<Artifact> produced = from instanceof Stage stage ? stage.getProduces() : List.of();
        List<Artifact> consumed;
        if (to instanceof Stage stage) {
            consumed = stage.getConsumes();
        } else if (to instanceof Approval approval && approval.getSubject() instanceof Stage subject) {
            consumed = subject.getProduces();
        } else {
            consumed = List.of();
        }
        return produced.stream().filter(consumed::contains).toList();
    }

    private static boolean isWork(EObject vertex) {
        return vertex instanceof Activity || vertex instanceof Approval;
    }

    private void countLoad() {
        for (Node node : workflow.getNodes()) {
            if (node instanceof Activity activity) {
                for (Party party : activity.getAccountable()) {
                    if (!party.eIsProxy()) {
                        accountableLoad.merge(party, 1, Integer::sum);
                    }
                }
            }
        }
    }

    static String name(EObject vertex) {
        if (vertex instanceof Node node) {
            return node.getName();
        }
        if (vertex instanceof Start start) {
            return start.getName() == null ? "start" : start.getName();
        }
        return "?";
    }
}

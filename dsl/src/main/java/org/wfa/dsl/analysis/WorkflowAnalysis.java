package org.wfa.dsl.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;

/**
 * What the flow of one workflow implies, kept once per workflow (see {@link WfaAnalyzer}) and read
 * by every rule and generator: reachability ({@link Reachability}), loops and their exits
 * ({@link Loops}), fork/join matching ({@link ForkJoins}), where artifacts are consumed before they
 * are produced ({@link UnproducedArtifacts}), the critical path ({@link CriticalPath}), hand-offs
 * ({@link Handoffs}) and load per role ({@link AccountableLoad}). Each fact is computed the first
 * time it is asked for, so a caller that needs one fact (a metric, a single rule) pays for that one
 * only; every computation is linear in the size of the flow (per fork or per artifact where
 * stated). Facts are computed under a lock: generators read one analysis from several threads.
 */
public final class WorkflowAnalysis {

    /** A fork's matching join, or why it has none. */
    public record ForkMatch(Join join, String problem, Set<Integer> region) {}

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
    private final int[] starts;
    private final int[] ends;
    private final Fact<Reachability> reachability;
    private final Fact<Loops> loops;
    private final Fact<ForkJoins> forkJoins;
    private final Fact<UnproducedArtifacts> unproduced;
    private final Fact<CriticalPath> criticalPath;
    private final Fact<Handoffs> handoffs;
    private final Fact<AccountableLoad> accountableLoad;

    WorkflowAnalysis(Workflow workflow) {
        this.workflow = workflow;
        this.graph = FlowGraph.of(workflow);
        starts = indicesOf(v -> v instanceof Start);
        ends = indicesOf(WorkflowAnalysis::isEnd);
        reachability = new Fact<>(() -> new Reachability(graph, starts, ends));
        loops = new Fact<>(() -> new Loops(graph));
        forkJoins = new Fact<>(() -> new ForkJoins(graph));
        unproduced = new Fact<>(() -> new UnproducedArtifacts(workflow, graph, starts, reachability.get()));
        criticalPath = new Fact<>(() -> new CriticalPath(graph, starts));
        handoffs = new Fact<>(() -> new Handoffs(graph));
        accountableLoad = new Fact<>(() -> new AccountableLoad(workflow));
    }

    public Workflow workflow() {
        return workflow;
    }

    public FlowGraph graph() {
        return graph;
    }

    public boolean isReachable(EObject vertex) {
        int i = graph.indexOf(vertex);
        return i >= 0 && reachability.get().fromStart(i);
    }

    public boolean reachesEnd(EObject vertex) {
        int i = graph.indexOf(vertex);
        return i >= 0 && reachability.get().toEnd(i);
    }

    public boolean hasEnd() {
        return ends.length > 0;
    }

    /** Whether the step belongs to a loop that nothing leaves. */
    public boolean isInLoopWithoutExit(EObject vertex) {
        int i = graph.indexOf(vertex);
        return i >= 0 && loops.get().withoutExit(i);
    }

    /** Loops: the steps of each strongly connected component with a cycle, in source order. */
    public List<List<EObject>> loops() {
        return loops.get().loops();
    }

    /** Whether some step of the loop has a route out of it. */
    public boolean hasExit(List<EObject> loop) {
        return loops.get().hasExit(loop);
    }

    public ForkMatch matchOf(Fork fork) {
        return forkJoins.get().matchOf(fork);
    }

    /** Whether some fork's branches lead to the join (whether or not the fork is matched). */
    public boolean isReachedByAFork(Join join) {
        return forkJoins.get().isReachedByAFork(join);
    }

    /** The fork a join closes, or null. */
    public Fork forkOf(Join join) {
        return forkJoins.get().forkOf(join);
    }

    /** The steps that lead into the join from outside the branches of the fork it closes (none when it closes no fork). */
    public List<Node> routesFromOutsideItsFork(Join join) {
        Fork fork = forkOf(join);
        if (fork == null) {
            return List.of();
        }
        Set<Integer> region = matchOf(fork).region();
        return Arrays.stream(graph.predecessors(graph.indexOf(join)))
                .filter(p -> !region.contains(p) && graph.vertex(p) instanceof Node)
                .mapToObj(p -> (Node) graph.vertex(p))
                .toList();
    }

    /** Artifacts consumed on some path from the start on which they were not produced before, with the consuming steps. */
    public Map<Artifact, List<EObject>> consumedBeforeProduced() {
        return Collections.unmodifiableMap(unproduced.get().consumedBeforeProduced());
    }

    /** The longest path by stated durations from a start to an end, loops taken once. */
    public List<EObject> criticalPath() {
        return Collections.unmodifiableList(criticalPath.get().path());
    }

    public long criticalPathMinutes() {
        return criticalPath.get().minutes();
    }

    public List<Handoff> handoffs() {
        return Collections.unmodifiableList(handoffs.get().handoffs());
    }

    /** Stages and calls per accountable party. */
    public Map<Party, Integer> accountableLoad() {
        return Collections.unmodifiableMap(accountableLoad.get().load());
    }

    private int[] indicesOf(Predicate<EObject> test) {
        return IntStream.range(0, graph.size())
                .filter(i -> test.test(graph.vertex(i)))
                .toArray();
    }

    // ------------------------------------------------------------------ what the facts ask of a vertex

    static boolean isEnd(EObject vertex) {
        return vertex instanceof Node step
                && switch (StepKind.of(step)) {
                    case END -> true;
                    case STAGE, CALL, DECISION, APPROVAL, FORK, JOIN, WAIT -> false;
                };
    }

    static List<Artifact> produced(EObject vertex) {
        return vertex instanceof Node step
                ? switch (StepKind.of(step)) {
                    case STAGE -> ((Stage) step).getProduces();
                    case CALL, DECISION, APPROVAL, FORK, JOIN, WAIT, END -> List.of();
                }
                : List.of();
    }

    static List<Artifact> consumed(EObject vertex) {
        return vertex instanceof Node step
                ? switch (StepKind.of(step)) {
                    case STAGE -> ((Stage) step).getConsumes();
                    case CALL, DECISION, APPROVAL, FORK, JOIN, WAIT, END -> List.of();
                }
                : List.of();
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

    /** A fact computed on first use, once, even when several threads ask at the same time. */
    private static final class Fact<T> {

        private Supplier<T> compute;
        private volatile T value;

        Fact(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = compute.get();
                        value = result;
                        compute = null;
                    }
                }
            }
            return result;
        }
    }
}

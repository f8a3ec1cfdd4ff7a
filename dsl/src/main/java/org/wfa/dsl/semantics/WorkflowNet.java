package org.wfa.dsl.semantics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.semantics.conditions.DecisionReasoning;
import org.wfa.dsl.semantics.conditions.Region;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

/**
 * A workflow as a token model (docs/semantics.md): a place holding the case before it starts, a
 * place in front of every step but a join, and in front of a join one place per branch of its
 * fork plus one per route that arrives from outside the fork; a transition per way a step can
 * fire (a start taken, a stage done or its SLA breached, an outcome of a decision, a fork, a
 * join, an event or a timeout). A transition takes one token from each place it consumes and
 * puts one on each place it produces. Unresolved targets are left out, as in the flow graph.
 */
public final class WorkflowNet {

    /** A place: tokens waiting in front of a step (the step is null for the case not yet started). */
    public record Place(int index, EObject step, String description) {}

    /**
     * A way a step fires: the step (a start or a step) and the choice it makes ("done",
     * "approved", "when amount > 100", "SLA 2 days breached"), the places it consumes and produces.
     *
     * @param guard for a decision's choice, the cases of the case data in which it is the one
     *     taken, as far as the condition reasoning understands them; null when not understood or
     *     not a decision
     * @param changesData whether the case data may change when it fires: work (a stage, call,
     *     approval or wait) may update the case; a decision, fork, join or end does not
     */
    public record Transition(
            int index,
            EObject step,
            String choice,
            int[] consumes,
            int[] produces,
            Region<DataField> guard,
            boolean changesData) {}

    private final Workflow workflow;
    private final List<Place> places;
    private final List<Transition> transitions;
    private final Map<EObject, List<Transition>> byStep;
    private final Set<Integer> outsideJoinInputs;
    private final Map<Join, Fork> forks;

    private WorkflowNet(Builder builder) {
        this.workflow = builder.workflow;
        this.places = List.copyOf(builder.places);
        this.transitions = List.copyOf(builder.transitions);
        Map<EObject, List<Transition>> steps = new LinkedHashMap<>();
        transitions.forEach(
                t -> steps.computeIfAbsent(t.step(), s -> new ArrayList<>()).add(t));
        this.byStep = steps;
        this.outsideJoinInputs = Set.copyOf(builder.outsideJoinInputs);
        this.forks = Collections.unmodifiableMap(builder.forks);
    }

    /** The token model of the analysed workflow; its joins are grouped by the analysis' fork matching. */
    public static WorkflowNet of(WorkflowAnalysis analysis) {
        return new Builder(analysis).build();
    }

    public Workflow workflow() {
        return workflow;
    }

    public List<Place> places() {
        return places;
    }

    public List<Transition> transitions() {
        return transitions;
    }

    /** The place that holds the case's one token before it starts. */
    public int initialPlace() {
        return 0;
    }

    /** The transitions of a step (empty for a step of no kind the net knows, which cannot happen). */
    public List<Transition> transitionsOf(EObject step) {
        return byStep.getOrDefault(step, List.of());
    }

    /** The fork whose branches the join synchronises (the analysis' matching), or null. */
    public Fork forkOf(Join join) {
        return forks.get(join);
    }

    /** The joins matched to a fork, in the order of the workflow. */
    public Set<Join> matchedJoins() {
        return forks.keySet();
    }

    /** Whether the place is a join's input for a route that does not come from a branch of the join's fork. */
    public boolean isOutsideJoinInput(int place) {
        return outsideJoinInputs.contains(place);
    }

    private static final class Builder {

        private final Workflow workflow;
        private final WorkflowAnalysis analysis;
        private final FlowGraph graph;
        private final List<Place> places = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private final Set<Integer> outsideJoinInputs = new LinkedHashSet<>();
        /** The place in front of each step that is not a join. */
        private final Map<EObject, Integer> before = new HashMap<>();
        /** The input place of a join per step a route into it comes from. */
        private final Map<Join, Map<EObject, Integer>> joinInputs = new HashMap<>();

        private final Map<Join, Fork> forks = new LinkedHashMap<>();
        private final Set<Decision> chained = new LinkedHashSet<>();

        Builder(WorkflowAnalysis analysis) {
            this.workflow = analysis.workflow();
            this.analysis = analysis;
            this.graph = analysis.graph();
        }

        WorkflowNet build() {
            chainDecisions();
            place(null, "case not started");
            for (EObject vertex : graph.vertices()) {
                if (vertex instanceof Join join) {
                    joinInputs(join);
                } else if (vertex instanceof Node step) {
                    before.put(step, place(step, "before " + name(step)));
                }
            }
            for (EObject vertex : graph.vertices()) {
                if (vertex instanceof Start start) {
                    transition(start, "start", new int[] {0}, produces(start, List.of(start.getTarget())), null, true);
                } else if (vertex instanceof Node step) {
                    transitions(step);
                }
            }
            return new WorkflowNet(this);
        }

        /**
         * A join's inputs, as the BPMN process has them: the routes from one branch of its fork
         * (from any step reached from the branch's first step without passing the join) share one
         * place, since a branch sends one token; every other route into the join has its own.
         */
        private void joinInputs(Join join) {
            int j = graph.indexOf(join);
            Map<EObject, Integer> inputs = new LinkedHashMap<>();
            Fork fork = analysis.forkOf(join);
            if (fork != null) {
                forks.put(join, fork);
                int b = 0;
                for (int branch : graph.successors(graph.indexOf(fork))) {
                    b++;
                    Set<Integer> reached = reach(branch, j);
                    Integer place = null;
                    for (int from : graph.predecessors(j)) {
                        if (reached.contains(from) && !inputs.containsKey(graph.vertex(from))) {
                            if (place == null) {
                                place = place(join, "branch " + b + " of " + name(fork) + " at " + name(join));
                            }
                            inputs.put(graph.vertex(from), place);
                        }
                    }
                }
            }
            for (int from : graph.predecessors(j)) {
                EObject source = graph.vertex(from);
                if (!inputs.containsKey(source)) {
                    int place = place(join, "route from " + name(source) + " at " + name(join));
                    inputs.put(source, place);
                    if (fork != null) {
                        outsideJoinInputs.add(place);
                    }
                }
            }
            joinInputs.put(join, inputs);
        }

        /** The vertices reached from the first without passing the stop. */
        private Set<Integer> reach(int first, int stop) {
            Set<Integer> reached = new LinkedHashSet<>();
            List<Integer> pending = new ArrayList<>(List.of(first));
            while (!pending.isEmpty()) {
                int v = pending.remove(pending.size() - 1);
                if (v != stop && reached.add(v)) {
                    for (int w : graph.successors(v)) {
                        pending.add(w);
                    }
                }
            }
            return reached;
        }

        private void transitions(Node step) {
            Runnable adding = switch (StepKind.of(step)) {
                case STAGE, CALL ->
                    () -> {
                        Activity activity = (Activity) step;
                        // Several '->' are a parallel split, as BPMN's unconditional outgoing flows are.
                        work(step, "done", consume(step), produces(step, activity.getNext()));
                        breaches(step, activity.getSlas());
                    };
                case DECISION ->
                    () -> {
                        Decision decision = (Decision) step;
                        DecisionReasoning reasoning =
                                chained.contains(decision) ? new DecisionReasoning(decision) : null;
                        Map<Node, Choice> choices = new LinkedHashMap<>();
                        List<Optional<Region<DataField>>> outcomeGuards =
                                reasoning == null ? List.of() : reasoning.outcomeGuards();
                        for (int i = 0; i < decision.getOutcomes().size(); i++) {
                            Outcome outcome = decision.getOutcomes().get(i);
                            choose(
                                    choices,
                                    outcome.getTarget(),
                                    "when " + WfaRefs.sourceText(outcome.getCondition()),
                                    guardAt(outcomeGuards, i));
                        }
                        if (decision.getTable() != null) {
                            List<Optional<Region<DataField>>> rowGuards =
                                    reasoning == null ? List.of() : reasoning.rowGuards();
                            for (int i = 0; i < decision.getTable().getRows().size(); i++) {
                                RuleRow row = decision.getTable().getRows().get(i);
                                choose(
                                        choices,
                                        row.getTarget(),
                                        "rule '" + WfaRefs.sourceText(row) + "'",
                                        guardAt(rowGuards, i));
                            }
                        }
                        choose(
                                choices,
                                decision.getOtherwise(),
                                "otherwise",
                                reasoning == null ? Optional.empty() : reasoning.otherwiseGuard());
                        // A decision or approval with no route cannot go on: no transition, its token stays.
                        // A choice that no case takes is WFA111's finding; as a fact it would contradict everything
                        // after it.
                        choices.forEach((target, choice) -> transition(
                                step,
                                choice.label,
                                consume(step),
                                produces(step, List.of(target)),
                                choice.guard.filter(guard -> !guard.isEmpty()).orElse(null),
                                false));
                    };
                case APPROVAL ->
                    () -> {
                        Approval approval = (Approval) step;
                        // Approved and rejected stay two choices even when they lead to the same step.
                        choice(step, new LinkedHashSet<>(), approval.getApproved(), "approved");
                        choice(step, new LinkedHashSet<>(), approval.getRejected(), "rejected");
                        breaches(step, approval.getSlas());
                    };
                case FORK ->
                    () -> transition(
                            step, "fork", consume(step), produces(step, ((Fork) step).getBranches()), null, false);
                case JOIN ->
                    () -> {
                        int[] inputs = joinInputs.get((Join) step).values().stream()
                                .distinct()
                                .mapToInt(Integer::intValue)
                                .toArray();
                        transition(step, "join", inputs, produces(step, ((Join) step).getNext()), null, false);
                    };
                case WAIT ->
                    () -> {
                        Wait wait = (Wait) step;
                        String event = wait.getWorkflow() != null ? "workflow done" : "event";
                        work(step, event, consume(step), produces(step, wait.getNext()));
                        if (resolved(wait.getTimeoutRoute())) {
                            work(
                                    step,
                                    "timeout " + WfaRefs.duration(wait.getTimeout()),
                                    consume(step),
                                    produces(step, List.of(wait.getTimeoutRoute())));
                        }
                    };
                case END -> () -> transition(step, "end", consume(step), new int[0], null, false);
            };
            adding.run();
        }

        /**
         * An SLA with a breach route abandons the work and takes the route; one without only
         * escalates and changes no token. Of several routed SLAs the earliest breach interrupts
         * first, so only it (or those as early) can fire.
         */
        private void breaches(Node step, List<Sla> slas) {
            long earliest = slas.stream()
                    .filter(sla -> resolved(sla.getRoute()))
                    .mapToLong(sla -> WfaOrganisation.minutes(sla.getWithin()))
                    .min()
                    .orElse(0);
            for (Sla sla : slas) {
                if (resolved(sla.getRoute()) && WfaOrganisation.minutes(sla.getWithin()) == earliest) {
                    work(
                            step,
                            "SLA " + WfaRefs.duration(sla.getWithin()) + " breached",
                            consume(step),
                            produces(step, List.of(sla.getRoute())));
                }
            }
        }

        /**
         * The decisions whose guards can matter: those from which another decision is reached,
         * or which are reached from another, without work in between (through forks, joins and
         * decisions). Facts are forgotten at work, so elsewhere a guard is neither recorded nor
         * consulted, and reasoning over it would be wasted.
         */
        private void chainDecisions() {
            for (int d = 0; d < graph.size(); d++) {
                if (!(graph.vertex(d) instanceof Decision)) {
                    continue;
                }
                Set<Integer> seen = new LinkedHashSet<>();
                List<Integer> pending = new ArrayList<>();
                for (int next : graph.successors(d)) {
                    pending.add(next);
                }
                while (!pending.isEmpty()) {
                    int v = pending.remove(pending.size() - 1);
                    if (!seen.add(v) || !(graph.vertex(v) instanceof Node node)) {
                        continue;
                    }
                    boolean passes = switch (StepKind.of(node)) {
                        case DECISION -> {
                            chained.add((Decision) graph.vertex(d));
                            chained.add((Decision) node);
                            yield false;
                        }
                        case FORK, JOIN -> true;
                        case STAGE, CALL, APPROVAL, WAIT, END -> false;
                    };
                    if (passes) {
                        for (int next : graph.successors(v)) {
                            pending.add(next);
                        }
                    }
                }
            }
        }

        /** A route's guard, or none where the decision's guards were not read (see {@link #chainDecisions}). */
        private static Optional<Region<DataField>> guardAt(List<Optional<Region<DataField>>> guards, int i) {
            return i < guards.size() ? guards.get(i) : Optional.empty();
        }

        /** One choice per approval verdict whose route resolves. */
        private void choice(Node step, Set<Node> chosen, Node target, String choice) {
            if (resolved(target) && chosen.add(target)) {
                work(step, choice, consume(step), produces(step, List.of(target)));
            }
        }

        /** A decision's routes, one per target: the first route's label, the union of their guards. */
        private static final class Choice {
            final String label;
            Optional<Region<DataField>> guard;

            Choice(String label, Optional<Region<DataField>> guard) {
                this.label = label;
                this.guard = guard;
            }
        }

        private void choose(Map<Node, Choice> choices, Node target, String label, Optional<Region<DataField>> guard) {
            if (!resolved(target)) {
                return;
            }
            Choice known = choices.get(target);
            if (known == null) {
                choices.put(target, new Choice(label, guard));
            } else if (known.guard.isPresent() && guard.isPresent()) {
                try {
                    known.guard = Optional.of(known.guard.get().or(guard.get()));
                } catch (Region.TooComplex e) {
                    known.guard = Optional.empty();
                }
            } else {
                known.guard = Optional.empty();
            }
        }

        private int[] consume(Node step) {
            return new int[] {before.get(step)};
        }

        private int[] produces(EObject from, List<Node> targets) {
            List<Integer> produced = new ArrayList<>();
            for (Node target : targets) {
                if (resolved(target) && graph.indexOf(target) >= 0) {
                    produced.add(
                            target instanceof Join join ? joinInputs.get(join).get(from) : before.get(target));
                }
            }
            return produced.stream().mapToInt(Integer::intValue).toArray();
        }

        private static boolean resolved(Node target) {
            return target != null && !target.eIsProxy();
        }

        private int place(EObject step, String description) {
            places.add(new Place(places.size(), step, description));
            return places.size() - 1;
        }

        /** A transition of work: a person, system or agent may update the case data. */
        private void work(EObject step, String choice, int[] consumes, int[] produces) {
            transition(step, choice, consumes, produces, null, true);
        }

        private void transition(
                EObject step,
                String choice,
                int[] consumes,
                int[] produces,
                Region<DataField> guard,
                boolean changesData) {
            transitions.add(new Transition(transitions.size(), step, choice, consumes, produces, guard, changesData));
        }

        private static String name(EObject vertex) {
            if (vertex instanceof Node node) {
                return StepKind.of(node).keyword() + " '" + node.getName() + "'";
            }
            return vertex instanceof Start start && start.getName() != null
                    ? "start '" + start.getName() + "'"
                    : "start";
        }
    }
}

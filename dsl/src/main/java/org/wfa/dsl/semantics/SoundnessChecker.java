package org.wfa.dsl.semantics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.GraphAlgorithms;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.semantics.Soundness.Firing;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.Soundness.Verdict;
import org.wfa.dsl.semantics.WorkflowNet.Transition;
import org.wfa.dsl.wfa.Node;

/**
 * Checks a workflow net for soundness by exploring its reachable markings breadth first, so that
 * the first marking found with a problem has the shortest firing sequence that leads to it.
 *
 * <p>A firing that puts a second token on a place (lack of synchronisation) or that fires an end
 * while other tokens remain (improper completion) is reported and not explored further: what
 * follows is a consequence, and every explored marking is safe (at most one token per place),
 * which keeps it a set of places and the state space finite. The exploration stops at a bound on
 * markings; beyond it the verdict is "too complex" and only problems already witnessed are
 * reported. The cost is the number of reachable markings times the transitions each enables:
 * linear in the steps for a sequential workflow, but exponential in the number of branches that
 * run at the same time (a fork of n branches of k steps has (k+1)^n markings).
 */
public final class SoundnessChecker {

    /** Markings explored before giving up with "too complex". */
    public static final int DEFAULT_BOUND = 100_000;

    private SoundnessChecker() {}

    public static Soundness check(WorkflowNet net) {
        return check(net, DEFAULT_BOUND);
    }

    public static Soundness check(WorkflowNet net, int bound) {
        return new Exploration(net, bound).run();
    }

    private static final class Exploration {

        private final WorkflowNet net;
        private final int bound;
        private final List<List<Transition>> consumers = new ArrayList<>();
        private final List<BitSet> markings = new ArrayList<>();
        private final Map<BitSet, Integer> ids = new HashMap<>();
        private final List<Integer> parent = new ArrayList<>();
        private final List<Transition> via = new ArrayList<>();
        private final List<int[]> successors = new ArrayList<>();
        /** Markings that are done for the option to complete: empty, deadlocked, or cut off after a reported problem. */
        private final BitSet settled = new BitSet();

        private final BitSet deadlocked = new BitSet();
        private final BitSet enabledTransitions = new BitSet();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<List<Object>> reported = new LinkedHashSet<>();
        private boolean cutOff;

        Exploration(WorkflowNet net, int bound) {
            this.net = net;
            this.bound = bound;
            net.places().forEach(p -> consumers.add(new ArrayList<>()));
            for (Transition t : net.transitions()) {
                for (int p : t.consumes()) {
                    if (!consumers.get(p).contains(t)) {
                        consumers.get(p).add(t);
                    }
                }
            }
        }

        Soundness run() {
            if (consumers.get(net.initialPlace()).isEmpty()) {
                // No start: the missing start is the finding (a rule of its own), not every step being dead.
                return new Soundness(Verdict.EXPLORED, List.of(), 0);
            }
            BitSet initial = new BitSet();
            initial.set(net.initialPlace());
            add(initial, -1, null);
            boolean complete = true;
            for (int m = 0; m < markings.size(); m++) {
                if (!expand(m)) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                optionToComplete();
                deadSteps();
            }
            // Shortest first: a problem met on the way to another is usually its cause.
            problems.sort(Comparator.comparingInt(p -> p.counterexample().size()));
            return new Soundness(
                    complete ? Verdict.EXPLORED : Verdict.TOO_COMPLEX, List.copyOf(problems), markings.size());
        }

        /** Explores the successors of a marking; false when the bound is reached. */
        private boolean expand(int m) {
            BitSet marking = markings.get(m);
            if (marking.isEmpty()) {
                settled.set(m);
                successors.add(new int[0]);
                return true;
            }
            List<Integer> next = new ArrayList<>();
            Set<Transition> enabled = new LinkedHashSet<>();
            marking.stream()
                    .forEach(p -> consumers.get(p).stream()
                            .filter(t -> Arrays.stream(t.consumes()).allMatch(marking::get))
                            .forEach(enabled::add));
            if (enabled.isEmpty()) {
                deadlocked.set(m);
                settled.set(m);
                report(Kind.DEADLOCK, stepsOf(marking), m, null);
            }
            for (Transition t : enabled) {
                enabledTransitions.set(t.index());
                BitSet after = (BitSet) marking.clone();
                Arrays.stream(t.consumes()).forEach(after::clear);
                int twice = -1;
                for (int p : t.produces()) {
                    if (after.get(p)) {
                        twice = p;
                    }
                    after.set(p);
                }
                if (twice >= 0) {
                    EObject step = net.places().get(twice).step();
                    report(Kind.LACK_OF_SYNCHRONISATION, List.of(step), m, t);
                    settled.set(m);
                    cutOff = true;
                } else if (isEnd(t) && !after.isEmpty()) {
                    report(Kind.IMPROPER_COMPLETION, List.of(t.step()), m, t);
                    settled.set(m);
                    cutOff = true;
                } else {
                    Integer known = ids.get(after);
                    if (known == null) {
                        if (markings.size() >= bound) {
                            return false;
                        }
                        known = add(after, m, t);
                    }
                    next.add(known);
                }
            }
            successors.add(next.stream().mapToInt(Integer::intValue).toArray());
            return true;
        }

        private int add(BitSet marking, int from, Transition t) {
            ids.put(marking, markings.size());
            markings.add(marking);
            parent.add(from);
            via.add(t);
            return markings.size() - 1;
        }

        /**
         * Steps of the workflow that no reachable marking enables. Undecided when a problem cut
         * the exploration short, and left out after any other problem: the steps after a
         * deadlock or a loop without a way out are dead because of it.
         */
        private void deadSteps() {
            if (cutOff || !problems.isEmpty()) {
                return;
            }
            for (EObject vertex : net.workflow().getNodes()) {
                List<Transition> own = net.transitionsOf(vertex);
                if (!own.isEmpty() && own.stream().noneMatch(t -> enabledTransitions.get(t.index()))) {
                    problems.add(new Problem(Kind.DEAD_STEP, List.of(vertex), List.of()));
                }
            }
        }

        /**
         * Markings from which neither the empty marking nor an already reported problem can be
         * reached: a loop the case cannot leave. Found backwards from the settled markings.
         */
        private void optionToComplete() {
            List<List<Integer>> predecessors = new ArrayList<>();
            markings.forEach(m -> predecessors.add(new ArrayList<>()));
            for (int m = 0; m < markings.size(); m++) {
                for (int s : successors.get(m)) {
                    predecessors.get(s).add(m);
                }
            }
            BitSet canSettle = (BitSet) settled.clone();
            ArrayDeque<Integer> pending = new ArrayDeque<>();
            settled.stream().forEach(pending::add);
            while (!pending.isEmpty()) {
                for (int p : predecessors.get(pending.poll())) {
                    if (!canSettle.get(p)) {
                        canSettle.set(p);
                        pending.add(p);
                    }
                }
            }
            // Each trap (a bottom component of the markings that cannot settle) is one loop without a way out.
            int[] component = GraphAlgorithms.components(markings.size(), successors::get, canSettle::get);
            Map<Integer, BitSet> traps = new HashMap<>();
            for (int m = canSettle.nextClearBit(0); m < markings.size(); m = canSettle.nextClearBit(m + 1)) {
                traps.computeIfAbsent(component[m], c -> new BitSet()).set(m);
            }
            List<BitSet> bottom = new ArrayList<>();
            traps.forEach((c, members) -> {
                boolean leaves = members.stream()
                        .anyMatch(m -> Arrays.stream(successors.get(m)).anyMatch(s -> component[s] != c));
                if (!leaves) {
                    bottom.add(members);
                }
            });
            bottom.sort((a, b) -> Integer.compare(a.nextSetBit(0), b.nextSetBit(0)));
            for (BitSet members : bottom) {
                BitSet places = new BitSet();
                members.stream().forEach(m -> places.or(markings.get(m)));
                report(Kind.NO_OPTION_TO_COMPLETE, stepsOf(places), members.nextSetBit(0), null);
            }
        }

        /** Reports a problem once per kind and steps, with the shortest counterexample (markings are met in breadth-first order). */
        private void report(Kind kind, List<EObject> steps, int marking, Transition last) {
            if (!reported.add(List.of(kind, steps))) {
                return;
            }
            List<Firing> firings = new ArrayList<>();
            if (last != null) {
                firings.add(new Firing(last.step(), last.choice()));
            }
            for (int m = marking; parent.get(m) >= 0; m = parent.get(m)) {
                firings.add(new Firing(via.get(m).step(), via.get(m).choice()));
            }
            Collections.reverse(firings);
            problems.add(new Problem(kind, steps, List.copyOf(firings)));
        }

        private List<EObject> stepsOf(BitSet marking) {
            Set<EObject> steps = new LinkedHashSet<>();
            marking.stream()
                    .mapToObj(p -> net.places().get(p).step())
                    .filter(s -> s != null)
                    .forEach(steps::add);
            return List.copyOf(steps);
        }

        private static boolean isEnd(Transition t) {
            return t.step() instanceof Node step && StepKind.of(step) == StepKind.END;
        }
    }
}

package org.wfa.dsl.semantics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.GraphAlgorithms;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.WorkflowNet.Place;
import org.wfa.dsl.semantics.WorkflowNet.Transition;
import org.wfa.dsl.semantics.conditions.Region;
import org.wfa.dsl.wfa.DataField;

/**
 * The reachable markings of a set of moves from one marked place, explored breadth first so that
 * the first marking found with a problem has the shortest run that leads to it.
 *
 * <p>A firing that puts a second token on a place (lack of synchronisation) or that fires an end
 * while other tokens remain (improper completion) is reported and not explored further: what
 * follows is a consequence, and every explored marking is safe (at most one token per place),
 * which keeps it a set of places and the state space finite. The exploration stops at a bound on
 * markings.
 *
 * <p>The run completes when no token is left, or, for a branch of a block explored alone, when
 * the only token left is on its input of the join (the exit place). A branch that puts a token on
 * its exit while it still holds others would let the join fire with work of the branch still
 * running: such a branch is not a sound block, and its exploration stops there.
 */
final class Exploration {

    /** A problem and the shortest run of moves that shows it (empty for problems found after the fact). */
    record Found(Kind kind, List<EObject> steps, List<Move> run) {}

    private final List<Place> places;
    private final List<Transition> transitions;
    private final int exit;
    private final int bound;
    /** The moves that consume from each place (only places some move consumes: a branch is small, the net may be large). */
    private final Map<Integer, List<Move>> consumers = new HashMap<>();
    /** The number of places; bits from here on in a marking are the facts known about the case data. */
    private final int placeCount;
    /** The region of the case data known from each set of facts, computed once. */
    private final Map<BitSet, Region<DataField>> knowledge = new HashMap<>();

    private final List<BitSet> markings = new ArrayList<>();
    private final Map<BitSet, Integer> ids = new HashMap<>();
    private final List<Integer> parent = new ArrayList<>();
    private final List<Move> via = new ArrayList<>();
    private final List<int[]> successors = new ArrayList<>();
    /** Markings that are done for the option to complete: completed, deadlocked, or cut off after a reported problem. */
    private final BitSet settled = new BitSet();

    private final BitSet enabledMoves = new BitSet();
    private final List<Found> problems = new ArrayList<>();
    private final Set<List<Object>> reported = new LinkedHashSet<>();
    private boolean complete;
    private boolean cutOff;
    private int completed = -1;

    /**
     * @param places the places of the workflow net (the moves refer to them by index)
     * @param transitions the transitions of the workflow net (facts refer to them by index)
     * @param moves the moves that can fire
     * @param entry the place that holds the one token at the beginning
     * @param exit the place whose token alone means the run is complete, or -1: the empty marking
     */
    Exploration(List<Place> places, List<Transition> transitions, List<Move> moves, int entry, int exit, int bound) {
        this.places = places;
        this.transitions = transitions;
        this.exit = exit;
        this.bound = bound;
        this.placeCount = places.size();
        for (Move move : moves) {
            for (int p : move.consumes) {
                List<Move> own = consumers.computeIfAbsent(p, q -> new ArrayList<>());
                if (!own.contains(move)) {
                    own.add(move);
                }
            }
        }
        BitSet initial = new BitSet();
        initial.set(entry);
        add(initial, -1, null);
    }

    Exploration run() {
        complete = true;
        for (int m = 0; m < markings.size(); m++) {
            if (!expand(m)) {
                complete = false;
                return this;
            }
        }
        optionToComplete();
        return this;
    }

    /** Whether every reachable marking was explored (false when the bound was reached or a branch left early). */
    boolean complete() {
        return complete;
    }

    /** Whether a problem stopped the exploration of some run: what lies after it is not decided. */
    boolean cutOff() {
        return cutOff;
    }

    int markings() {
        return markings.size();
    }

    List<Found> problems() {
        return problems;
    }

    /** Whether the move was enabled in some reachable marking. */
    boolean enabled(Move move) {
        return enabledMoves.get(move.id);
    }

    /** The shortest run to completion, or null when no run completes. */
    List<Move> completingRun() {
        return completed < 0 ? null : runTo(completed, null);
    }

    /** Explores the successors of a marking; false when the bound is reached or the exit is reached early. */
    private boolean expand(int m) {
        BitSet marking = markings.get(m);
        if (isCompletion(marking)) {
            settled.set(m);
            successors.add(new int[0]);
            if (completed < 0) {
                completed = m;
            }
            return true;
        }
        if (exit >= 0 && marking.get(exit)) {
            // The exit with other tokens (isCompletion was false): not a block, stop here.
            return false;
        }
        List<Integer> next = new ArrayList<>();
        Set<Move> enabled = new LinkedHashSet<>();
        BitSet facts = marking.get(placeCount, Math.max(placeCount, marking.length()));
        for (int p = marking.nextSetBit(0); p >= 0 && p < placeCount; p = marking.nextSetBit(p + 1)) {
            for (Move t : consumers.getOrDefault(p, List.of())) {
                if (Arrays.stream(t.consumes).allMatch(marking::get) && feasible(facts, t)) {
                    enabled.add(t);
                }
            }
        }
        if (enabled.isEmpty()) {
            settled.set(m);
            report(Kind.DEADLOCK, stepsOf(marking), m, null);
        }
        for (Move t : enabled) {
            enabledMoves.set(t.id);
            BitSet after = (BitSet) marking.clone();
            Arrays.stream(t.consumes).forEach(after::clear);
            if (t.changesData()) {
                after.clear(placeCount, Math.max(placeCount, after.length()));
            } else if (t.transition.guard() != null) {
                after.set(placeCount + t.transition.index());
            }
            int twice = -1;
            for (int p : t.produces) {
                if (after.get(p)) {
                    twice = p;
                }
                after.set(p);
            }
            if (twice >= 0) {
                report(Kind.LACK_OF_SYNCHRONISATION, List.of(places.get(twice).step()), m, t);
                settled.set(m);
                cutOff = true;
            } else if (t.isEnd() && after.nextSetBit(0) >= 0 && after.nextSetBit(0) < placeCount) {
                report(Kind.IMPROPER_COMPLETION, List.of(t.transition.step()), m, t);
                settled.set(m);
                cutOff = true;
            } else {
                if (after.nextSetBit(0) >= placeCount) {
                    // No token left: what was known about the data no longer matters.
                    after.clear();
                }
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

    private boolean isCompletion(BitSet marking) {
        if (exit < 0) {
            return marking.isEmpty();
        }
        int first = marking.nextSetBit(0);
        return first == exit && (marking.nextSetBit(exit + 1) < 0 || marking.nextSetBit(exit + 1) >= placeCount);
    }

    /**
     * Whether the move can fire with what is known about the case data: a decision's choice
     * whose cases contradict what earlier choices established (since the last work, which may
     * have changed the data) cannot be taken. Without facts, or where the reasoning does not
     * understand a condition, every choice is possible; a choice that no case takes at all is
     * WFA111's finding, not a path to prune here.
     */
    private boolean feasible(BitSet facts, Move move) {
        if (facts.isEmpty() || move.transition == null || move.transition.guard() == null) {
            return true;
        }
        Region<DataField> known = knowledge.computeIfAbsent(facts, this::known);
        try {
            return known == null || !known.and(move.transition.guard()).isEmpty();
        } catch (Region.TooComplex e) {
            return true;
        }
    }

    /** What the facts establish together, or null when it passes the reasoning's limits. */
    private Region<DataField> known(BitSet facts) {
        Region<DataField> known = Region.all();
        try {
            for (int f = facts.nextSetBit(0); f >= 0; f = facts.nextSetBit(f + 1)) {
                known = known.and(transitions.get(f).guard());
            }
            return known;
        } catch (Region.TooComplex e) {
            return null;
        }
    }

    private int add(BitSet marking, int from, Move move) {
        ids.put(marking, markings.size());
        markings.add(marking);
        parent.add(from);
        via.add(move);
        return markings.size() - 1;
    }

    /**
     * Markings from which neither completion nor an already reported problem can be reached: a
     * loop the case cannot leave. Found backwards from the settled markings.
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
            BitSet marked = new BitSet();
            members.stream().forEach(m -> marked.or(markings.get(m)));
            report(Kind.NO_OPTION_TO_COMPLETE, stepsOf(marked), members.nextSetBit(0), null);
        }
    }

    /** Reports a problem once per kind and steps, with the shortest run (markings are met in breadth-first order). */
    private void report(Kind kind, List<EObject> steps, int marking, Move last) {
        if (reported.add(List.of(kind, steps))) {
            problems.add(new Found(kind, steps, runTo(marking, last)));
        }
    }

    private List<Move> runTo(int marking, Move last) {
        List<Move> run = new ArrayList<>();
        if (last != null) {
            run.add(last);
        }
        for (int m = marking; parent.get(m) >= 0; m = parent.get(m)) {
            run.add(via.get(m));
        }
        Collections.reverse(run);
        return run;
    }

    private List<EObject> stepsOf(BitSet marking) {
        Set<EObject> steps = new LinkedHashSet<>();
        marking.stream()
                .filter(p -> p < placeCount)
                .mapToObj(p -> places.get(p).step())
                .filter(s -> s != null)
                .forEach(steps::add);
        return List.copyOf(steps);
    }
}

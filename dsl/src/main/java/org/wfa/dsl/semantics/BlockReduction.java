package org.wfa.dsl.semantics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.semantics.Move.Block;
import org.wfa.dsl.semantics.WorkflowNet.Transition;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;

/**
 * Reduces every structured parallel block of a workflow net to one move (docs/semantics.md,
 * "Decomposition"), innermost first, so that the exploration of the rest does not interleave the
 * steps of its branches: a fork of n branches of k steps costs n·k markings instead of (k+1)^n.
 *
 * <p>A fork and its matched join form a block when each branch is a single-entry single-exit
 * fragment of its own: the places a branch reaches without passing the join are reached from no
 * other branch and from nothing outside the block, every move that consumes from them produces
 * into them again or into the branch's own input of the join, no branch loops back to the fork,
 * and every input of the join belongs to one branch. Such a block is replaced when each of its
 * branches, explored alone from its first step, is sound with the join's input as its exit: every
 * run reaches the exit and puts nothing else beside it, no problem on the way, every move
 * enabled. Entering the block then always leads to leaving it, with each of its steps able to
 * run, so the block is equivalent to one transition for soundness. A branch may itself hold an
 * unstructured fragment; it is explored with the branch. A block that fails the test stays in the
 * net and is explored in context, where its problem is found with a counterexample from the start.
 */
final class BlockReduction {

    private final WorkflowNet net;
    private final int bound;
    private final List<Move> moves = new ArrayList<>();
    /** The move each move was folded into, or null while it is part of the net. */
    private final List<Move> foldedInto = new ArrayList<>();

    private final List<List<Move>> consumers = new ArrayList<>();
    private final List<List<Move>> producers = new ArrayList<>();
    private int markings;

    BlockReduction(WorkflowNet net, int bound) {
        this.net = net;
        this.bound = bound;
        net.places().forEach(p -> {
            consumers.add(new ArrayList<>());
            producers.add(new ArrayList<>());
        });
        net.transitions().forEach(t -> register(Move.of(t)));
    }

    /** Reduces the blocks that pass the test, smallest first (an inner block before the one around it). */
    BlockReduction run() {
        List<Candidate> candidates = new ArrayList<>();
        for (Join join : net.matchedJoins()) {
            Fork fork = net.forkOf(join);
            if (net.transitionsOf(fork).size() == 1 && net.transitionsOf(join).size() == 1) {
                candidates.add(new Candidate(
                        moves.get(net.transitionsOf(fork).get(0).index()),
                        moves.get(net.transitionsOf(join).get(0).index())));
            }
        }
        candidates.sort(Comparator.comparingInt(c -> c.size));
        for (Candidate candidate : candidates) {
            reduce(candidate);
        }
        return this;
    }

    /** The moves left in the net: transitions not in a reduced block, and the reduced blocks. */
    List<Move> remaining() {
        List<Move> remaining = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            if (foldedInto.get(i) == null) {
                remaining.add(moves.get(i));
            }
        }
        return remaining;
    }

    /** The move of the reduced net that stands for the transition: itself, or the outermost block it is in. */
    Move representative(Transition transition) {
        Move move = moves.get(transition.index());
        while (foldedInto.get(move.id) != null) {
            move = foldedInto.get(move.id);
        }
        return move;
    }

    /** The forks of the blocks that stay in the net, in the order of the workflow. */
    List<EObject> interleavedForks() {
        List<EObject> forks = new ArrayList<>();
        for (Join join : net.matchedJoins()) {
            Fork fork = net.forkOf(join);
            if (net.transitionsOf(fork).stream().anyMatch(t -> !folded(moves.get(t.index())))) {
                forks.add(fork);
            }
        }
        return forks;
    }

    /** Markings explored for the branches tried. */
    int markings() {
        return markings;
    }

    private void reduce(Candidate candidate) {
        if (folded(candidate.fork) || folded(candidate.join)) {
            return;
        }
        List<Branch> branches = candidate.branches();
        if (!separate(branches, candidate)) {
            return;
        }
        List<List<Move>> runs = new ArrayList<>();
        for (Branch branch : branches) {
            Exploration exploration = new Exploration(
                            net.places(),
                            net.transitions(),
                            List.copyOf(branch.moves),
                            branch.entry,
                            branch.exit,
                            bound)
                    .run();
            markings += exploration.markings();
            if (!exploration.complete()) {
                // Too large to explore alone, or not single-exit: the block stays and is explored in context.
                return;
            }
            List<Move> run = exploration.completingRun();
            boolean sound = exploration.problems().isEmpty()
                    && run != null
                    && branch.moves.stream().allMatch(exploration::enabled);
            if (!sound) {
                return;
            }
            runs.add(run);
        }
        Move block = Move.of(moves.size(), new Block(candidate.fork.transition, candidate.join.transition, runs));
        register(block);
        fold(candidate.fork, block);
        fold(candidate.join, block);
        branches.forEach(branch -> branch.moves.forEach(move -> fold(move, block)));
    }

    /**
     * Whether the branches form a block: disjoint, entered only from the fork, left only through
     * their own input of the join, covering every input of the join, not returning to the fork.
     */
    private boolean separate(List<Branch> branches, Candidate candidate) {
        BitSet seen = new BitSet();
        BitSet exits = new BitSet();
        for (Branch branch : branches) {
            if (branch.exit < 0 || branch.moves.contains(candidate.fork) || branch.places.intersects(seen)) {
                return false;
            }
            seen.or(branch.places);
            exits.set(branch.exit);
        }
        for (int input : candidate.join.consumes) {
            if (!exits.get(input)) {
                return false;
            }
        }
        if (exits.cardinality() != candidate.join.consumes.length) {
            return false;
        }
        for (Branch branch : branches) {
            for (Move move : branch.moves) {
                if (move.produces.length == 0) {
                    // An end (or a step without a route) inside a branch: not a block; explored in context.
                    return false;
                }
                for (int p : move.produces) {
                    if (!branch.places.get(p)) {
                        return false;
                    }
                }
                for (int p : move.consumes) {
                    if (!branch.places.get(p)) {
                        return false;
                    }
                }
            }
            for (int p = branch.places.nextSetBit(0); p >= 0; p = branch.places.nextSetBit(p + 1)) {
                for (Move producer : producers.get(p)) {
                    boolean fromFork = producer == candidate.fork && p == branch.entry;
                    if (!folded(producer) && !fromFork && !branch.moves.contains(producer)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private boolean folded(Move move) {
        return foldedInto.get(move.id) != null;
    }

    private void fold(Move move, Move into) {
        foldedInto.set(move.id, into);
    }

    private void register(Move move) {
        moves.add(move);
        foldedInto.add(null);
        for (int p : move.consumes) {
            consumers.get(p).add(move);
        }
        for (int p : move.produces) {
            producers.get(p).add(move);
        }
    }

    /** What a branch reaches without passing the join: its places, the moves that consume from them, its input of the join. */
    private final class Branch {
        final int entry;
        final BitSet places = new BitSet();
        final Set<Move> moves = new LinkedHashSet<>();
        int exit = -1;

        Branch(int entry, Move join) {
            this.entry = entry;
            ArrayDeque<Integer> pending = new ArrayDeque<>(List.of(entry));
            while (!pending.isEmpty()) {
                int p = pending.poll();
                if (places.get(p)) {
                    continue;
                }
                places.set(p);
                for (Move consumer : consumers.get(p)) {
                    if (consumer == join) {
                        // Two inputs of the join in one branch: not a block (the branch would feed both).
                        exit = exit < 0 || exit == p ? p : Integer.MIN_VALUE;
                    } else if (!folded(consumer) && moves.add(consumer)) {
                        for (int q : consumer.produces) {
                            pending.add(q);
                        }
                    }
                }
            }
            if (exit == Integer.MIN_VALUE) {
                exit = -1;
            }
        }

        int size() {
            return places.cardinality();
        }
    }

    private final class Candidate {
        final Move fork;
        final Move join;
        final int size;

        Candidate(Move fork, Move join) {
            this.fork = fork;
            this.join = join;
            this.size = branches().stream().mapToInt(Branch::size).sum();
        }

        /** The branches as the net is now: once inner blocks are folded, a branch holds their moves. */
        List<Branch> branches() {
            List<Branch> branches = new ArrayList<>();
            for (int entry : fork.produces) {
                branches.add(new Branch(entry, join));
            }
            return branches;
        }
    }
}

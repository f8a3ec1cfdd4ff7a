package org.wfa.dsl.semantics;

import java.util.List;

import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.semantics.Soundness.Firing;
import org.wfa.dsl.semantics.WorkflowNet.Transition;
import org.wfa.dsl.wfa.Node;

/**
 * One move of the net being explored: a transition of the workflow net, or a structured parallel
 * block reduced to a single move (its fork, every branch run to the join, the join).
 */
final class Move {

    /**
     * A fork and its join whose branches were proved sound in isolation: entering the block always
     * leads to leaving it, so for soundness it behaves as one transition (docs/semantics.md,
     * "Decomposition").
     *
     * @param branchRuns per branch, the shortest run from its first step to the join, used to
     *     write counterexamples that pass through the block
     */
    record Block(Transition fork, Transition join, List<List<Move>> branchRuns) {}

    final int id;
    final int[] consumes;
    final int[] produces;
    /** The net's transition, or null for a block. */
    final Transition transition;
    /** The block, or null for a transition. */
    final Block block;

    private Move(int id, int[] consumes, int[] produces, Transition transition, Block block) {
        this.id = id;
        this.consumes = consumes;
        this.produces = produces;
        this.transition = transition;
        this.block = block;
    }

    static Move of(Transition transition) {
        return new Move(transition.index(), transition.consumes(), transition.produces(), transition, null);
    }

    static Move of(int id, Block block) {
        return new Move(id, block.fork().consumes(), block.join().produces(), null, block);
    }

    /**
     * Whether the case data may have changed once the move has fired: work may change it, and a
     * block is taken to (what its decisions established is not carried out of it).
     */
    boolean changesData() {
        return transition == null || transition.changesData();
    }

    /** Whether firing the move is reaching an end (an end transition, never a block). */
    boolean isEnd() {
        return transition != null && transition.step() instanceof Node step && StepKind.of(step) == StepKind.END;
    }

    /** The firings this move stands for, in an order the workflow can run them: a block expanded. */
    void firings(List<Firing> into) {
        if (transition != null) {
            into.add(new Firing(transition.step(), transition.choice()));
            return;
        }
        into.add(new Firing(block.fork().step(), block.fork().choice()));
        for (List<Move> run : block.branchRuns()) {
            run.forEach(move -> move.firings(into));
        }
        into.add(new Firing(block.join().step(), block.join().choice()));
    }
}

package org.wfa.dsl.semantics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.semantics.Soundness.Firing;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.Soundness.Verdict;
import org.wfa.dsl.semantics.WorkflowNet.Transition;

/**
 * Checks a workflow net for soundness (docs/semantics.md, "The checker"): structured parallel
 * blocks are proved sound branch by branch and reduced to one move each ({@link BlockReduction});
 * what is left is explored breadth first ({@link Exploration}), so that each problem comes with
 * the shortest run that shows it, blocks on the way written out step by step.
 *
 * <p>The cost is the number of markings explored times the moves each enables. For a sequential
 * workflow there is one token and the markings are the steps: linear. Reduction keeps structured
 * parallelism linear too (each branch is explored alone); only branches that meet outside a
 * fork and its join are interleaved, and a fork of n such branches of k steps has (k+1)^n
 * markings. Each exploration stops at the bound; the verdict is then "too complex" and only
 * problems already witnessed are reported.
 */
public final class SoundnessChecker {

    /**
     * Markings explored, per exploration, beyond one per place of the net (a sequential workflow
     * of any size is explored whole), before giving up with "too complex".
     */
    public static final int DEFAULT_BOUND = 100_000;

    private SoundnessChecker() {}

    public static Soundness check(WorkflowNet net) {
        return check(net, DEFAULT_BOUND + net.places().size());
    }

    public static Soundness check(WorkflowNet net, int bound) {
        boolean startable = net.transitions().stream()
                .anyMatch(t -> t.consumes().length == 1 && t.consumes()[0] == net.initialPlace());
        if (!startable) {
            // No start: the missing start is the finding (a rule of its own), not every step being dead.
            return new Soundness(Verdict.EXPLORED, List.of(), 0, List.of());
        }
        BlockReduction reduction = new BlockReduction(net, bound).run();
        Exploration rest = new Exploration(
                        net.places(), net.transitions(), reduction.remaining(), net.initialPlace(), -1, bound)
                .run();
        List<Problem> problems = new ArrayList<>();
        for (Exploration.Found found : rest.problems()) {
            List<Firing> firings = new ArrayList<>();
            found.run().forEach(move -> move.firings(firings));
            problems.add(new Problem(found.kind(), found.steps(), List.copyOf(firings)));
        }
        if (rest.complete() && !rest.cutOff() && problems.isEmpty()) {
            problems.addAll(deadSteps(net, reduction, rest));
        }
        // Shortest first: a problem met on the way to another is usually its cause.
        problems.sort(Comparator.comparingInt(p -> p.counterexample().size()));
        return new Soundness(
                rest.complete() ? Verdict.EXPLORED : Verdict.TOO_COMPLEX,
                List.copyOf(problems),
                reduction.markings() + rest.markings(),
                reduction.interleavedForks());
    }

    /**
     * Steps of the workflow that no reachable marking enables: a step in a reduced block can run
     * exactly when its block can (every step of a reduced block runs in some case once the block
     * is entered). Decided only after a whole exploration without another problem: the steps after
     * a deadlock or a loop without a way out are dead because of it.
     */
    private static List<Problem> deadSteps(WorkflowNet net, BlockReduction reduction, Exploration rest) {
        List<Problem> dead = new ArrayList<>();
        for (EObject vertex : net.workflow().getNodes()) {
            List<Transition> own = net.transitionsOf(vertex);
            if (!own.isEmpty() && own.stream().noneMatch(t -> rest.enabled(reduction.representative(t)))) {
                dead.add(new Problem(Kind.DEAD_STEP, List.of(vertex), List.of()));
            }
        }
        return dead;
    }
}

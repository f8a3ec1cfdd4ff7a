package org.wfa.dsl.semantics;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What the soundness checker found for one workflow (docs/semantics.md, "Soundness").
 *
 * @param verdict whether the whole state space was explored
 * @param problems each with the shortest firing sequence that shows it; deadlocks, improper
 *     completions and lacks of synchronisation are witnessed and hold even when the verdict is
 *     {@link Verdict#TOO_COMPLEX}; dead steps and missing options to complete need the whole state
 *     space and are only reported when it was explored
 * @param markings how many reachable markings were explored, in all explorations
 * @param interleavedForks the forks whose blocks could not be reduced (docs/semantics.md,
 *     "Decomposition"): their branches were explored interleaved, which is what makes a workflow
 *     too complex
 */
public record Soundness(Verdict verdict, List<Problem> problems, int markings, List<EObject> interleavedForks) {

    public enum Verdict {
        /** Every reachable marking was explored. */
        EXPLORED,
        /** The bound on markings was reached: what was not found is not proved. */
        TOO_COMPLEX
    }

    public enum Kind {
        /** A reachable marking with tokens in which no step can fire. */
        DEADLOCK,
        /** A reachable marking, not a deadlock, from which no sequence of firings empties the case (a loop with no way out). */
        NO_OPTION_TO_COMPLETE,
        /** An end fires while other tokens are still in the case. */
        IMPROPER_COMPLETION,
        /** A second token arrives in front of a step (or on one input of a join) before the first has gone. */
        LACK_OF_SYNCHRONISATION,
        /** A step that no reachable marking enables. */
        DEAD_STEP
    }

    /** One firing of a counterexample: the start or step and the choice it made. */
    public record Firing(EObject step, String choice) {}

    /**
     * A problem: its kind, the steps it is about (where the tokens are stuck, the end fired early,
     * the step that received a second token, the dead step), and the shortest sequence of firings
     * from the start that shows it (empty for a dead step).
     */
    public record Problem(Kind kind, List<EObject> steps, List<Firing> counterexample) {}

    public boolean isSound() {
        return verdict == Verdict.EXPLORED && problems.isEmpty();
    }

    public List<Problem> problems(Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}

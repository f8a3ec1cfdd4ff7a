package org.wfa.dsl.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * The kinds of step a workflow is made of: the one list of them. Code that treats kinds
 * differently switches over {@code StepKind.of(step)} in a switch <em>expression</em> without a
 * {@code default}, so that a new kind fails the build at every place that must handle it (Java 17
 * checks exhaustiveness for switch expressions, not for statements). The checklist for adding a
 * kind is in docs/architecture.md.
 */
public enum StepKind {
    STAGE(WfaPackage.Literals.STAGE),
    CALL(WfaPackage.Literals.CALL),
    DECISION(WfaPackage.Literals.DECISION),
    APPROVAL(WfaPackage.Literals.APPROVAL),
    FORK(WfaPackage.Literals.FORK),
    JOIN(WfaPackage.Literals.JOIN),
    WAIT(WfaPackage.Literals.WAIT),
    END(WfaPackage.Literals.END);

    private static final Map<EClass, StepKind> BY_CLASS = new HashMap<>();

    static {
        for (StepKind kind : values()) {
            BY_CLASS.put(kind.eClass, kind);
        }
    }

    private final EClass eClass;

    StepKind(EClass eClass) {
        this.eClass = eClass;
    }

    /** The kind of a step. */
    public static StepKind of(Node step) {
        StepKind kind = BY_CLASS.get(step.eClass());
        if (kind == null) {
            // Only a grammar change without a matching constant gets here; StepKindTest catches it.
            throw new IllegalStateException("No step kind for " + step.eClass().getName());
        }
        return kind;
    }

    /** The model class of steps of this kind. */
    public EClass eClass() {
        return eClass;
    }

    /** The keyword that starts a step of this kind, which is also its name in messages ("stage", "end"). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Work done by someone, with RACI, duration and SLAs: a stage, or a call of another workflow. */
    public boolean isActivity() {
        return switch (this) {
            case STAGE, CALL -> true;
            case DECISION, APPROVAL, FORK, JOIN, WAIT, END -> false;
        };
    }
}

package org.wfa.dsl.semantics.conditions;

/**
 * The values one case-data field may take: a union of intervals (numbers, durations, dates) or a
 * subset of a finite set of choices (enumeration values, booleans). Closed under union,
 * intersection and complement, so that conditions can be negated exactly.
 */
public sealed interface FieldValues permits Intervals, Choices {

    FieldValues union(FieldValues other);

    FieldValues intersect(FieldValues other);

    FieldValues complement();

    boolean isEmpty();

    /** Every value of the field's type. */
    boolean isAll();
}

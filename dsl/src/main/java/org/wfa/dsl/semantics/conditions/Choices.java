package org.wfa.dsl.semantics.conditions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Some of the values of a finite type: the literals of an enumeration, or {@code true} and
 * {@code false}. The universe keeps the type's order, so that uncovered values are named in the
 * order they are declared.
 */
public record Choices(List<Object> universe, Set<Object> values) implements FieldValues {

    public Choices {
        universe = List.copyOf(universe);
        Set<Object> kept = new LinkedHashSet<>();
        universe.stream().filter(values::contains).forEach(kept::add);
        values = Set.copyOf(kept);
    }

    public static Choices of(List<?> universe, Set<?> values) {
        return new Choices(List.copyOf(universe), Set.copyOf(values));
    }

    /** The values in the universe's order. */
    public List<Object> ordered() {
        return universe.stream().filter(values::contains).toList();
    }

    @Override
    public Choices union(FieldValues other) {
        Set<Object> all = new LinkedHashSet<>(values);
        all.addAll(((Choices) other).values);
        return new Choices(universe, all);
    }

    @Override
    public Choices intersect(FieldValues other) {
        Set<Object> common = new LinkedHashSet<>(values);
        common.retainAll(((Choices) other).values);
        return new Choices(universe, common);
    }

    @Override
    public Choices complement() {
        Set<Object> rest = new LinkedHashSet<>(universe);
        rest.removeAll(values);
        return new Choices(universe, rest);
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean isAll() {
        return values.size() == universe.size();
    }
}

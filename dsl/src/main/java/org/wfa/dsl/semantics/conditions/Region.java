package org.wfa.dsl.semantics.conditions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases a condition holds for: a union of boxes, each box a conjunction of per-field value
 * sets (a field a box does not constrain may take any value). Exact, so negation is too. The
 * field key is whatever identifies a field (the validators use the model's data fields).
 *
 * @param <F> the field key
 */
public final class Region<F> {

    /** Beyond this many boxes the reasoning gives up rather than slow the check down. */
    static final int MAX_BOXES = 256;

    /** Thrown when a region would grow beyond {@link #MAX_BOXES}: the caller stays silent. */
    public static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooComplex() {
            super("condition too complex to reason about", null, false, false);
        }
    }

    /** Up to this many boxes, redundant boxes are dropped and neighbours merged. */
    private static final int MAX_SIMPLIFIED = 64;

    private final List<Map<F, FieldValues>> boxes;

    private Region(List<Map<F, FieldValues>> boxes) {
        if (boxes.size() > MAX_BOXES) {
            throw new TooComplex();
        }
        this.boxes = List.copyOf(boxes.size() <= MAX_SIMPLIFIED ? simplify(boxes) : boxes);
    }

    /** Every case. */
    public static <F> Region<F> all() {
        return new Region<>(List.of(Map.of()));
    }

    /** No case. */
    public static <F> Region<F> none() {
        return new Region<>(List.of());
    }

    /** The cases whose field takes one of the values. */
    public static <F> Region<F> of(F field, FieldValues values) {
        if (values.isEmpty()) {
            return none();
        }
        return values.isAll() ? all() : new Region<>(List.of(Map.of(field, values)));
    }

    public Region<F> or(Region<F> other) {
        List<Map<F, FieldValues>> union = new ArrayList<>(boxes);
        union.addAll(other.boxes);
        return new Region<>(union);
    }

    public Region<F> and(Region<F> other) {
        List<Map<F, FieldValues>> common = new ArrayList<>();
        for (Map<F, FieldValues> a : boxes) {
            for (Map<F, FieldValues> b : other.boxes) {
                Map<F, FieldValues> box = intersect(a, b);
                if (box != null) {
                    common.add(box);
                    if (common.size() > MAX_BOXES) {
                        throw new TooComplex();
                    }
                }
            }
        }
        return new Region<>(common);
    }

    /** The other cases: by De Morgan, the intersection of the boxes' complements. */
    public Region<F> not() {
        Region<F> rest = all();
        for (Map<F, FieldValues> box : boxes) {
            List<Map<F, FieldValues>> outside = new ArrayList<>();
            box.forEach((field, values) -> {
                FieldValues others = values.complement();
                if (!others.isEmpty()) {
                    outside.add(Map.of(field, others));
                }
            });
            rest = rest.and(new Region<>(outside));
        }
        return rest;
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /** Whether every case lies in this region. */
    public boolean isAll() {
        return not().isEmpty();
    }

    /** Whether every case of {@code other} lies in this region. */
    public boolean covers(Region<F> other) {
        return other.and(not()).isEmpty();
    }

    public boolean overlaps(Region<F> other) {
        return !and(other).isEmpty();
    }

    /**
     * When the region constrains one field only, that field's values (the union over the boxes);
     * otherwise null. Lets a message name the values of the one field a gap is about.
     */
    public Map.Entry<F, FieldValues> singleField() {
        F field = null;
        FieldValues values = null;
        for (Map<F, FieldValues> box : boxes) {
            if (box.size() != 1) {
                return null;
            }
            Map.Entry<F, FieldValues> only = box.entrySet().iterator().next();
            if (field != null && !field.equals(only.getKey())) {
                return null;
            }
            field = only.getKey();
            values = values == null ? only.getValue() : values.union(only.getValue());
        }
        return field == null ? null : Map.entry(field, values);
    }

    /** Null when the boxes exclude each other on some field. */
    private static <F> Map<F, FieldValues> intersect(Map<F, FieldValues> a, Map<F, FieldValues> b) {
        Map<F, FieldValues> box = new LinkedHashMap<>(a);
        for (Map.Entry<F, FieldValues> entry : b.entrySet()) {
            FieldValues mine = box.get(entry.getKey());
            FieldValues both = mine == null ? entry.getValue() : mine.intersect(entry.getValue());
            if (both.isEmpty()) {
                return null;
            }
            box.put(entry.getKey(), both);
        }
        return box;
    }

    /**
     * Drops boxes that lie inside another and merges boxes that differ in one field only, so
     * that negations stay small and a gap reads as the values it is made of.
     */
    private static <F> List<Map<F, FieldValues>> simplify(List<Map<F, FieldValues>> boxes) {
        List<Map<F, FieldValues>> list = new ArrayList<>(boxes);
        boolean changed = true;
        while (changed) {
            changed = false;
            search:
            for (int i = 0; i < list.size(); i++) {
                for (int j = 0; j < list.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    if (inside(list.get(i), list.get(j))) {
                        list.remove(i);
                        changed = true;
                        break search;
                    }
                    Map<F, FieldValues> merged = merged(list.get(i), list.get(j));
                    if (merged != null) {
                        list.set(i, merged);
                        list.remove(j);
                        changed = true;
                        break search;
                    }
                }
            }
        }
        return list;
    }

    /** Whether box {@code a} lies inside box {@code b}. */
    private static <F> boolean inside(Map<F, FieldValues> a, Map<F, FieldValues> b) {
        for (Map.Entry<F, FieldValues> entry : b.entrySet()) {
            FieldValues mine = a.get(entry.getKey());
            if (mine == null || !subset(mine, entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The union of two boxes that constrain the same fields and differ in one of them, else null. */
    private static <F> Map<F, FieldValues> merged(Map<F, FieldValues> a, Map<F, FieldValues> b) {
        if (!a.keySet().equals(b.keySet())) {
            return null;
        }
        F differing = null;
        for (Map.Entry<F, FieldValues> entry : a.entrySet()) {
            FieldValues other = b.get(entry.getKey());
            if (!(subset(entry.getValue(), other) && subset(other, entry.getValue()))) {
                if (differing != null) {
                    return null;
                }
                differing = entry.getKey();
            }
        }
        if (differing == null) {
            return a;
        }
        Map<F, FieldValues> union = new LinkedHashMap<>(a);
        FieldValues values = a.get(differing).union(b.get(differing));
        if (values.isAll()) {
            union.remove(differing);
        } else {
            union.put(differing, values);
        }
        return union;
    }

    private static boolean subset(FieldValues a, FieldValues b) {
        return a.intersect(b.complement()).isEmpty();
    }
}

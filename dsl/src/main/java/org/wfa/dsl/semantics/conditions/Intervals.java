package org.wfa.dsl.semantics.conditions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A union of disjoint, sorted intervals of an ordered type. Numbers are real; durations (whole
 * minutes) and dates (days) are integral, where {@code x < 5} is {@code x <= 4} and
 * {@code [1, 4]} and {@code [5, 9]} meet: integral sets keep closed, whole bounds only.
 */
public record Intervals(boolean integral, List<Interval> parts) implements FieldValues {

    /** From {@code low} to {@code high}; a null bound is infinite. */
    public record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {

        boolean isEmpty() {
            if (low == null || high == null) {
                return false;
            }
            int c = low.compareTo(high);
            return c > 0 || c == 0 && !(lowClosed && highClosed);
        }
    }

    public Intervals {
        parts = normalise(integral, parts);
    }

    public static Intervals all(boolean integral) {
        return new Intervals(integral, List.of(new Interval(null, false, null, false)));
    }

    public static Intervals none(boolean integral) {
        return new Intervals(integral, List.of());
    }

    public static Intervals of(boolean integral, Interval... parts) {
        return new Intervals(integral, List.of(parts));
    }

    /** The values {@code v} with {@code v op bound}. */
    public static Intervals compare(boolean integral, Comparison op, BigDecimal bound) {
        return switch (op) {
            case EQ -> of(integral, new Interval(bound, true, bound, true));
            case NE -> compare(integral, Comparison.EQ, bound).complement();
            case LT -> of(integral, new Interval(null, false, bound, false));
            case LE -> of(integral, new Interval(null, false, bound, true));
            case GT -> of(integral, new Interval(bound, false, null, false));
            case GE -> of(integral, new Interval(bound, true, null, false));
        };
    }

    /** The comparisons of the language, independent of the grammar's enumeration. */
    public enum Comparison {
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE
    }

    @Override
    public Intervals union(FieldValues other) {
        List<Interval> all = new ArrayList<>(parts);
        all.addAll(((Intervals) other).parts);
        return new Intervals(integral, all);
    }

    @Override
    public Intervals intersect(FieldValues other) {
        List<Interval> common = new ArrayList<>();
        for (Interval a : parts) {
            for (Interval b : ((Intervals) other).parts) {
                Interval low = lowerOf(a, b) == a ? b : a; // the higher lower bound
                Interval high = upperOf(a, b);
                common.add(new Interval(low.low(), low.lowClosed(), high.high(), high.highClosed()));
            }
        }
        return new Intervals(integral, common);
    }

    @Override
    public Intervals complement() {
        List<Interval> gaps = new ArrayList<>();
        BigDecimal from = null;
        boolean fromClosed = false;
        boolean unbounded = true;
        for (Interval part : parts) {
            if (part.low() != null) {
                gaps.add(new Interval(unbounded ? null : from, fromClosed, part.low(), !part.lowClosed()));
            }
            if (part.high() == null) {
                return new Intervals(integral, gaps);
            }
            from = part.high();
            fromClosed = !part.highClosed();
            unbounded = false;
        }
        gaps.add(new Interval(unbounded ? null : from, fromClosed, null, false));
        return new Intervals(integral, gaps);
    }

    @Override
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public boolean isAll() {
        return parts.size() == 1 && parts.get(0).low() == null && parts.get(0).high() == null;
    }

    /** Of two intervals, the one whose lower bound is lower (an infinite or closed bound first). */
    private static Interval lowerOf(Interval a, Interval b) {
        if (a.low() == null) {
            return a;
        }
        if (b.low() == null) {
            return b;
        }
        int c = a.low().compareTo(b.low());
        return c < 0 || c == 0 && (a.lowClosed() || !b.lowClosed()) ? a : b;
    }

    /** Of two intervals, the one whose upper bound is lower. */
    private static Interval upperOf(Interval a, Interval b) {
        if (a.high() == null) {
            return b;
        }
        if (b.high() == null) {
            return a;
        }
        int c = a.high().compareTo(b.high());
        return c < 0 || c == 0 && (!a.highClosed() || b.highClosed()) ? a : b;
    }

    private static List<Interval> normalise(boolean integral, List<Interval> parts) {
        List<Interval> sorted = new ArrayList<>();
        for (Interval part : parts) {
            Interval p = integral ? whole(part) : part;
            if (!p.isEmpty()) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparing(
                        (Interval p) -> p.low(), Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
                .thenComparing(p -> !p.lowClosed()));
        List<Interval> merged = new ArrayList<>();
        for (Interval p : sorted) {
            if (!merged.isEmpty() && meets(integral, merged.get(merged.size() - 1), p)) {
                Interval last = merged.remove(merged.size() - 1);
                Interval high = upperOf(last, p) == last ? p : last;
                merged.add(new Interval(last.low(), last.lowClosed(), high.high(), high.highClosed()));
            } else {
                merged.add(p);
            }
        }
        return List.copyOf(merged);
    }

    /** Whether {@code next} (starting no earlier than {@code last}) overlaps or touches {@code last}. */
    private static boolean meets(boolean integral, Interval last, Interval next) {
        if (last.high() == null || next.low() == null) {
            return true;
        }
        if (integral) {
            return next.low().compareTo(last.high().add(BigDecimal.ONE)) <= 0;
        }
        int c = last.high().compareTo(next.low());
        return c > 0 || c == 0 && (last.highClosed() || next.lowClosed());
    }

    /** The same whole values, with closed whole bounds. */
    private static Interval whole(Interval part) {
        BigDecimal low = part.low();
        if (low != null) {
            BigDecimal up = low.setScale(0, java.math.RoundingMode.CEILING);
            low = up.compareTo(low) == 0 && !part.lowClosed() ? up.add(BigDecimal.ONE) : up;
        }
        BigDecimal high = part.high();
        if (high != null) {
            BigDecimal down = high.setScale(0, java.math.RoundingMode.FLOOR);
            high = down.compareTo(high) == 0 && !part.highClosed() ? down.subtract(BigDecimal.ONE) : down;
        }
        return new Interval(low, low != null, high, high != null);
    }
}

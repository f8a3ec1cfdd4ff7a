package org.wfa.dsl.tests.semantics.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.semantics.conditions.Choices;
import org.wfa.dsl.semantics.conditions.FieldValues;
import org.wfa.dsl.semantics.conditions.Intervals;
import org.wfa.dsl.semantics.conditions.Intervals.Comparison;
import org.wfa.dsl.semantics.conditions.Region;

/** The abstract domain of conditions: intervals, finite choices, boxes and their unions. */
class RegionTest {

    private static final List<String> LEVELS = List.of("junior", "senior", "lead");

    private static Region<String> amount(Comparison op, long bound) {
        return Region.of("amount", Intervals.compare(false, op, BigDecimal.valueOf(bound)));
    }

    private static Region<String> minutes(Comparison op, long bound) {
        return Region.of("wait", Intervals.compare(true, op, BigDecimal.valueOf(bound)));
    }

    private static Region<String> level(String... values) {
        return Region.of("level", Choices.of(LEVELS, Set.of((Object[]) values)));
    }

    private static Region<String> flag(boolean value) {
        return Region.of("urgent", Choices.of(List.of(true, false), Set.of(value)));
    }

    @Test
    void rangesThatMeetAtAClosedBoundCoverEveryNumber() {
        assertTrue(amount(Comparison.GT, 10000).or(amount(Comparison.LE, 10000)).isAll());
    }

    @Test
    void rangesThatBothExcludeTheBoundLeaveItUncovered() {
        Region<String> both = amount(Comparison.GT, 10000).or(amount(Comparison.LT, 10000));
        assertFalse(both.isAll());
        assertTrue(both.not().covers(amount(Comparison.EQ, 10000)));
        assertTrue(amount(Comparison.EQ, 10000).covers(both.not()));
    }

    @Test
    void realRangesWithAGapBetweenWholeNumbersAreNotComplete() {
        assertFalse(amount(Comparison.LE, 4).or(amount(Comparison.GE, 5)).isAll());
    }

    @Test
    void wholeRangesThatAreAdjacentCoverEveryDurationOrDate() {
        assertTrue(minutes(Comparison.LE, 4).or(minutes(Comparison.GE, 5)).isAll());
        assertTrue(minutes(Comparison.LT, 5).or(minutes(Comparison.GT, 4)).isAll());
    }

    @Test
    void notEqualIsEverythingButThePoint() {
        Region<String> other = amount(Comparison.NE, 7);
        assertTrue(other.or(amount(Comparison.EQ, 7)).isAll());
        assertFalse(other.overlaps(amount(Comparison.EQ, 7)));
        assertTrue(other.overlaps(amount(Comparison.EQ, 8)));
    }

    @Test
    void contradictoryRangesAreEmpty() {
        assertTrue(amount(Comparison.GT, 5).and(amount(Comparison.LT, 3)).isEmpty());
        assertTrue(amount(Comparison.GE, 5).and(amount(Comparison.LE, 5)).covers(amount(Comparison.EQ, 5)));
        assertTrue(minutes(Comparison.GT, 4).and(minutes(Comparison.LT, 5)).isEmpty());
    }

    @Test
    void complementOfAUnionOfIntervalsIsTheGapsBetweenThem() {
        Intervals ends = Intervals.compare(false, Comparison.LT, BigDecimal.ONE)
                .union(Intervals.compare(false, Comparison.GT, BigDecimal.TEN));
        Intervals middle = ends.complement();
        assertEquals(1, middle.parts().size());
        Intervals.Interval only = middle.parts().get(0);
        assertEquals(0, only.low().compareTo(BigDecimal.ONE));
        assertTrue(only.lowClosed());
        assertEquals(0, only.high().compareTo(BigDecimal.TEN));
        assertTrue(only.highClosed());
        assertTrue(middle.complement().union(middle).isAll());
    }

    @Test
    void aFlagTestedBothWaysCoversEveryCase() {
        assertTrue(flag(true).or(flag(false)).isAll());
        assertTrue(flag(true).not().covers(flag(false)));
    }

    @Test
    void enumerationValuesLeftOutAreTheGap() {
        Map.Entry<String, FieldValues> gap =
                level("junior").or(level("lead")).not().singleField();
        assertEquals("level", gap.getKey());
        assertEquals(List.of("senior"), ((Choices) gap.getValue()).ordered());
    }

    @Test
    void aGapOverSeveralFieldsHasNoSingleField() {
        Region<String> rows = level("junior").and(flag(true)).or(level("senior", "lead"));
        assertNull(rows.not().singleField());
        assertFalse(rows.isAll());
        assertTrue(rows.or(flag(false)).isAll());
    }

    @Test
    void multiColumnRowsCoverEveryCombination() {
        Region<String> rows = level("junior")
                .and(amount(Comparison.GT, 100))
                .or(level("junior").and(amount(Comparison.LE, 100)))
                .or(level("senior", "lead"));
        assertTrue(rows.isAll());
    }

    @Test
    void aRowCoveredByEarlierRowsIsShadowed() {
        Region<String> earlier = level("junior").or(amount(Comparison.GT, 100));
        assertTrue(earlier.covers(level("junior").and(amount(Comparison.GT, 5))));
        assertTrue(earlier.covers(amount(Comparison.GE, 200)));
        assertFalse(earlier.covers(level("senior")));
    }

    @Test
    void negationIsExactOverSeveralFields() {
        Region<String> region = level("junior").and(amount(Comparison.GT, 100)).or(flag(true));
        assertTrue(region.or(region.not()).isAll());
        assertTrue(region.and(region.not()).isEmpty());
        assertTrue(region.not().not().covers(region));
        assertTrue(region.covers(region.not().not()));
    }

    @Test
    void tooManyBoxesGiveUpRatherThanBlowUp() {
        Region<String> region = Region.none();
        for (int i = 0; i < 12; i++) {
            region = region.or(Region.of("f" + i, Intervals.compare(false, Comparison.GT, BigDecimal.ZERO))
                    .and(Region.of("g" + i, Intervals.compare(false, Comparison.GT, BigDecimal.ZERO))));
        }
        Region<String> complex = region;
        assertThrows(Region.TooComplex.class, complex::not);
    }
}

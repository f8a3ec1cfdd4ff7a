package org.wfa.dsl.generator.diagram;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Gives parallel segments that share a corridor (a vertical channel between columns or a
 * horizontal gap between rows) distinct tracks wherever their extents overlap, and orders the
 * tracks so that few edges cross.
 *
 * <p>A segment runs along the corridor from {@code lo} to {@code hi}; at each end the edge
 * turns off to the near side (left of a channel, above a gap) or to the far side. Segments
 * turning off to the near side at both ends nest inside one another near that side, those
 * turning to the far side at both ends near the far side, and the Z-shaped ones in between,
 * each group in the order that avoids crossings between its members. Touching extents count as
 * overlapping, since the edges turn there. A segment gets the lowest track (nearest the near
 * side) that keeps it beyond every earlier overlapping segment: O(k log k) for k segments.
 */
final class TrackAllocator {

    record Segment(double lo, double hi, boolean loNear, boolean hiNear, int tieBreak) {

        Segment {
            if (hi < lo) {
                throw new IllegalArgumentException("hi < lo");
            }
        }

        private int group() {
            if (loNear && hiNear) {
                return 0;
            }
            if (loNear) {
                return 1;
            }
            return hiNear ? 2 : 3;
        }

        private double key() {
            return switch (group()) {
                case 0 -> hi - lo;
                case 1 -> -lo;
                case 2 -> hi;
                default -> lo - hi;
            };
        }
    }

    /** @param track each segment's track, 0 nearest the near side */
    record Tracks(int[] track, int count) {}

    private TrackAllocator() {}

    static Tracks allocate(List<Segment> segments) {
        Integer[] order = new Integer[segments.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(i -> segments.get(i).group())
                        .thenComparingDouble(i -> segments.get(i).key())
                        .thenComparingInt(i -> segments.get(i).tieBreak()));
        double[] coordinates = segments.stream()
                .flatMapToDouble(s -> DoubleStream.of(s.lo(), s.hi()))
                .sorted()
                .distinct()
                .toArray();
        MaxTree occupied = new MaxTree(coordinates.length);
        int[] track = new int[segments.size()];
        int count = 0;
        for (int i : order) {
            Segment segment = segments.get(i);
            int from = Arrays.binarySearch(coordinates, segment.lo());
            int to = Arrays.binarySearch(coordinates, segment.hi());
            track[i] = occupied.max(from, to) + 1;
            occupied.raise(from, to, track[i]);
            count = Math.max(count, track[i] + 1);
        }
        return new Tracks(track, count);
    }

    /** Range "raise to at least v" and range maximum over indices 0..size-1, both O(log size). */
    private static final class MaxTree {

        private final int size;
        private final int[] max;
        private final int[] pending;

        MaxTree(int size) {
            this.size = Math.max(size, 1);
            this.max = new int[4 * this.size];
            this.pending = new int[4 * this.size];
            Arrays.fill(max, -1);
            Arrays.fill(pending, -1);
        }

        int max(int from, int to) {
            return max(1, 0, size - 1, from, to);
        }

        void raise(int from, int to, int value) {
            raise(1, 0, size - 1, from, to, value);
        }

        private int max(int node, int left, int right, int from, int to) {
            if (to < left || right < from) {
                return -1;
            }
            if (from <= left && right <= to) {
                return max[node];
            }
            int middle = (left + right) >>> 1;
            int below = Math.max(max(2 * node, left, middle, from, to), max(2 * node + 1, middle + 1, right, from, to));
            return Math.max(below, pending[node]);
        }

        private void raise(int node, int left, int right, int from, int to, int value) {
            if (to < left || right < from) {
                return;
            }
            max[node] = Math.max(max[node], value);
            if (from <= left && right <= to) {
                pending[node] = Math.max(pending[node], value);
                return;
            }
            int middle = (left + right) >>> 1;
            raise(2 * node, left, middle, from, to, value);
            raise(2 * node + 1, middle + 1, right, from, to, value);
        }
    }
}

package org.wfa.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the edges leaving a node over its right side and those entering it over its left
 * side, {@link NodeMetrics#PORT_SPACING} apart around the node's centre line. An edge gets a
 * higher port the higher up it turns to, and among edges turning to the same slot the order
 * that lets their tracks nest without crossing.
 */
final class PortAssigner {

    private PortAssigner() {}

    /**
     * @param gapTrack per edge, its track in its gap (GAP plans only)
     * @return per edge, {source port y, target port y}
     */
    static double[][] assign(List<EdgePlan> plans, LaneGrid grid, BandGeometry bands, int[] gapTrack, int nodeCount) {
        List<List<EdgePlan>> outgoing = new ArrayList<>(nodeCount);
        List<List<EdgePlan>> incoming = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            outgoing.add(new ArrayList<>());
            incoming.add(new ArrayList<>());
        }
        for (EdgePlan plan : plans) {
            outgoing.get(plan.source()).add(plan);
            incoming.get(plan.target()).add(plan);
        }
        double[][] ports = new double[plans.size()][2];
        for (int node = 0; node < nodeCount; node++) {
            int slot = grid.rowSlot(node);
            double center = bands.rowCenter(slot);
            List<EdgePlan> out = outgoing.get(node);
            out.sort(departureOrder(grid, slot, gapTrack));
            spread(out, center, ports, 0);
            List<EdgePlan> in = incoming.get(node);
            in.sort(arrivalOrder(grid, slot, gapTrack));
            spread(in, center, ports, 1);
        }
        separateArrivals(plans, grid, incoming, ports);
        return ports;
    }

    /**
     * In the channel left of a node, the edges that turn off the row of the nearest node to
     * the left run at that node's port heights, and the edges entering the node at its own.
     * Where one height is both, for different edges, their two short runs would lie on one
     * line. The entering edges then move down by half a port spacing: a side's ports are
     * centred on the row, so all of them lie either on whole or on half multiples of the
     * spacing from the centre line, and the move takes them off the other node's pattern.
     */
    private static void separateArrivals(
            List<EdgePlan> plans, LaneGrid grid, List<List<EdgePlan>> incoming, double[][] ports) {
        Map<Turn, Integer> turns = new HashMap<>();
        for (EdgePlan plan : plans) {
            turns.put(new Turn(plan.sourceChannel(grid), ports[plan.edge()][0]), plan.edge());
        }
        for (int node = 0; node < incoming.size(); node++) {
            int channel = grid.column(node) - 1;
            boolean collides = incoming.get(node).stream().anyMatch(plan -> {
                Integer other = turns.get(new Turn(channel, ports[plan.edge()][1]));
                return other != null && other != plan.edge();
            });
            if (collides) {
                for (EdgePlan plan : incoming.get(node)) {
                    ports[plan.edge()][1] += NodeMetrics.PORT_SPACING / 2;
                }
            }
        }
    }

    /** Where an edge leaves its source's row: only looked up, never iterated. */
    private record Turn(int channel, double y) {}

    private static void spread(List<EdgePlan> sorted, double center, double[][] ports, int end) {
        double first = center - (sorted.size() - 1) * NodeMetrics.PORT_SPACING / 2;
        for (int k = 0; k < sorted.size(); k++) {
            ports[sorted.get(k).edge()][end] = first + k * NodeMetrics.PORT_SPACING;
        }
    }

    private static Comparator<EdgePlan> departureOrder(LaneGrid grid, int nodeSlot, int[] gapTrack) {
        return Comparator.<EdgePlan>comparingInt(p -> p.departureSlot(grid))
                .thenComparing(p -> new Nesting(p, grid, p.departureSlot(grid) > nodeSlot, true, gapTrack))
                .thenComparingInt(EdgePlan::edge);
    }

    private static Comparator<EdgePlan> arrivalOrder(LaneGrid grid, int nodeSlot, int[] gapTrack) {
        return Comparator.<EdgePlan>comparingInt(p -> p.arrivalSlot(grid))
                .thenComparing(p -> new Nesting(p, grid, p.arrivalSlot(grid) < nodeSlot, false, gapTrack))
                .thenComparingInt(EdgePlan::edge);
    }

    /**
     * Orders edges that turn to the same slot. Through a gap, back edges form U shapes that
     * must nest (the outermost U on the outermost track), forward edges Z shapes that must be
     * stacked (port order equals track order), and the U shapes lie between the Z shapes and
     * the gap. Along a row, the edge turning farthest away keeps the port nearest its turn, so
     * that it passes the others' turns instead of crossing them.
     */
    private record Nesting(int group, int rank) implements Comparable<Nesting> {

        /**
         * @param towardsBelow whether the edge turns downwards after leaving (departure) or
         *                     arrives from above (arrival)
         */
        Nesting(EdgePlan plan, LaneGrid grid, boolean towardsBelow, boolean departure, int[] gapTrack) {
            this(groupOf(plan, grid, towardsBelow, departure), rankOf(plan, grid, towardsBelow, departure, gapTrack));
        }

        private static int groupOf(EdgePlan plan, LaneGrid grid, boolean towardsBelow, boolean departure) {
            if (plan.kind() == EdgePlan.Kind.ROW) {
                return 0;
            }
            // The gap is below when leaving downwards or arriving from below: the Z shapes
            // then take the upper ports.
            boolean gapBelow = departure == towardsBelow;
            return plan.backward(grid) == gapBelow ? 1 : 0;
        }

        private static int rankOf(
                EdgePlan plan, LaneGrid grid, boolean towardsBelow, boolean departure, int[] gapTrack) {
            if (plan.kind() == EdgePlan.Kind.GAP) {
                int track = gapTrack[plan.edge()];
                return plan.backward(grid) ? -track : track;
            }
            if (!departure || plan.departureSlot(grid) == grid.rowSlot(plan.source())) {
                return 0;
            }
            return towardsBelow ? -plan.channel() : plan.channel();
        }

        @Override
        public int compareTo(Nesting other) {
            return group != other.group ? Integer.compare(group, other.group) : Integer.compare(rank, other.rank);
        }
    }
}

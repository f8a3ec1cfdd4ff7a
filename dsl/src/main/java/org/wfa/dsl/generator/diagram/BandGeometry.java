package org.wfa.dsl.generator.diagram;

/**
 * Vertical coordinates: each lane becomes a band as tall as its rows and gaps need (and at
 * least as tall as its header), stacked in lane order. Within a band, nodes of a row share a
 * centre line so that edges between them run straight.
 */
final class BandGeometry {

    static final double TRACK_SPACING = 8;
    private static final double OUTER_GAP = 20;
    private static final double INNER_GAP = 24;
    private static final double EMPTY_LANE_HEIGHT = 60;

    private final double[] slotTop;
    private final double[] slotHeight;
    private final double[] rowCenter;
    private final int[] gapTracks;
    private final double[] laneTop;
    private final double[] laneHeight;

    /**
     * @param gapTracks     tracks needed per slot (only gap slots have any)
     * @param minLaneHeight per lane, what its header needs
     */
    BandGeometry(LaneGrid grid, NodeMetrics[] metrics, int[] gapTracks, double[] minLaneHeight) {
        int slots = grid.slotCount();
        this.gapTracks = gapTracks;
        this.slotTop = new double[slots];
        this.slotHeight = new double[slots];
        this.rowCenter = new double[slots];
        this.laneTop = new double[grid.laneCount()];
        this.laneHeight = new double[grid.laneCount()];
        double[] above = new double[slots];
        double[] below = new double[slots];
        for (int i = 0; i < metrics.length; i++) {
            int slot = grid.rowSlot(i);
            above[slot] = Math.max(above[slot], metrics[i].above());
            below[slot] = Math.max(below[slot], metrics[i].below());
        }
        double y = 0;
        for (int lane = 0; lane < grid.laneCount(); lane++) {
            int first = grid.firstSlot(lane);
            int last = first + 2 * grid.rowCount(lane);
            double content = 0;
            for (int slot = first; slot <= last; slot++) {
                boolean gap = (slot - first) % 2 == 0;
                slotHeight[slot] = gap ? gapHeight(slot, first, last) : above[slot] + below[slot];
                content += slotHeight[slot];
            }
            double extra = Math.max(0, minLaneHeight[lane] - content);
            double topExtra = first == last ? extra : Math.floor(extra / 2);
            slotHeight[first] += topExtra;
            slotHeight[last] += extra - topExtra;
            laneTop[lane] = y;
            for (int slot = first; slot <= last; slot++) {
                slotTop[slot] = y;
                rowCenter[slot] = y + above[slot];
                y += slotHeight[slot];
            }
            laneHeight[lane] = y - laneTop[lane];
        }
    }

    /** Room for the gap's tracks, and at least some air between rows and along the lane's borders. */
    private double gapHeight(int slot, int first, int last) {
        double minimum = first == last ? EMPTY_LANE_HEIGHT : slot == first || slot == last ? OUTER_GAP : INNER_GAP;
        return Math.max(minimum, (gapTracks[slot] + 1) * TRACK_SPACING);
    }

    double laneTop(int lane) {
        return laneTop[lane];
    }

    double laneHeight(int lane) {
        return laneHeight[lane];
    }

    double totalHeight() {
        return laneTop.length == 0 ? 0 : laneTop[laneTop.length - 1] + laneHeight[laneTop.length - 1];
    }

    /** The centre line of the nodes in a row slot. */
    double rowCenter(int slot) {
        return rowCenter[slot];
    }

    /** The y of a track in a gap slot; the tracks are centred in the gap. */
    double gapTrackY(int slot, int track) {
        double used = (gapTracks[slot] - 1) * TRACK_SPACING;
        return slotTop[slot] + (slotHeight[slot] - used) / 2 + track * TRACK_SPACING;
    }
}

package org.wfa.dsl.generator.diagram;

/**
 * How an edge runs through the grid, decided before any coordinate exists. Every edge leaves
 * its source to the right and enters its target from the left.
 *
 * <ul>
 * <li>{@link Kind#ROW}: along the source's row (through empty cells only) to {@code channel},
 * then vertically to the target.</li>
 * <li>{@link Kind#GAP}: vertically in the channel right of the source to the gap
 * {@code gapSlot}, along the gap (rightwards, or leftwards for a back edge) to the channel
 * left of the target, then vertically to the target.</li>
 * </ul>
 * Channel {@code c} is the space right of column {@code c}; channel -1 lies left of column 0.
 */
record EdgePlan(int edge, int source, int target, Kind kind, int channel, int gapSlot) {

    enum Kind {
        ROW,
        GAP
    }

    /** Decides the plan of one edge from the source's and target's cells. */
    static EdgePlan of(int edge, int source, int target, LaneGrid grid) {
        int sourceColumn = grid.column(source);
        int targetColumn = grid.column(target);
        int sourceSlot = grid.rowSlot(source);
        if (targetColumn == sourceColumn + 1) {
            return new EdgePlan(edge, source, target, Kind.ROW, sourceColumn, -1);
        }
        if (targetColumn > sourceColumn + 1 && rowIsFree(grid, sourceSlot, sourceColumn + 1, targetColumn - 1)) {
            return new EdgePlan(edge, source, target, Kind.ROW, targetColumn - 1, -1);
        }
        // The gap next to the source, on the target's side, keeps the first turn short;
        // loops within one row hang below it.
        int gapSlot = grid.rowSlot(target) < sourceSlot ? sourceSlot - 1 : sourceSlot + 1;
        return new EdgePlan(edge, source, target, Kind.GAP, -1, gapSlot);
    }

    private static boolean rowIsFree(LaneGrid grid, int slot, int fromColumn, int toColumn) {
        for (int c = fromColumn; c <= toColumn; c++) {
            if (grid.isOccupied(slot, c)) {
                return false;
            }
        }
        return true;
    }

    boolean backward(LaneGrid grid) {
        return grid.column(target) <= grid.column(source);
    }

    int sourceChannel(LaneGrid grid) {
        return kind == Kind.ROW ? channel : grid.column(source);
    }

    int targetChannel(LaneGrid grid) {
        return kind == Kind.ROW ? channel : grid.column(target) - 1;
    }

    /** The slot the edge heads for when it first turns after leaving the source. */
    int departureSlot(LaneGrid grid) {
        return kind == Kind.ROW ? grid.rowSlot(target) : gapSlot;
    }

    /** The slot the edge comes from when it makes its last turn into the target. */
    int arrivalSlot(LaneGrid grid) {
        return kind == Kind.ROW ? grid.rowSlot(source) : gapSlot;
    }
}

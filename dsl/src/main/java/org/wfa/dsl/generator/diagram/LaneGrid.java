package org.wfa.dsl.generator.diagram;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Puts every node into a row of its lane. A lane has as many rows as its busiest column has
 * nodes; within a lane and column, nodes keep ELK's order but each moves towards the row of
 * a same-lane predecessor, so that chains inside a lane run straight.
 *
 * <p>The grid also numbers the horizontal strips of the whole drawing from top to bottom:
 * each lane is a gap, its first row, a gap, its second row, ..., a gap. Gaps hold the
 * horizontal runs of edges that skip columns; rows hold nodes. These "slot" numbers let the
 * router compare vertical positions before any coordinate exists.
 */
final class LaneGrid {

    private final int[] lane;
    private final int[] column;
    private final int[] row;
    private final int[] rowCount;
    private final int[] slotBase;
    private final int columnCount;
    /** The occupied cells, keyed by {@link #cellKey}; only looked up, never iterated. */
    private final Set<Long> occupied = new HashSet<>();

    private LaneGrid(int[] lane, int[] column, int[] row, int[] rowCount, int columnCount) {
        this.lane = lane;
        this.column = column;
        this.row = row;
        this.rowCount = rowCount;
        this.slotBase = new int[rowCount.length + 1];
        for (int l = 0; l < rowCount.length; l++) {
            slotBase[l + 1] = slotBase[l] + 2 * rowCount[l] + 1;
        }
        this.columnCount = columnCount;
        for (int i = 0; i < lane.length; i++) {
            occupied.add(cellKey(rowSlot(i), column[i]));
        }
    }

    /**
     * @param lane  each node's lane index
     * @param edges pairs of node indices (source, target)
     */
    static LaneGrid place(int[] lane, int laneCount, ElkColumnAssigner.Columns columns, int[][] edges) {
        int n = lane.length;
        int[] column = columns.column();
        int[] firstPredecessor = new int[n];
        Arrays.fill(firstPredecessor, -1);
        for (int[] edge : edges) {
            int from = edge[0];
            int to = edge[1];
            if (lane[from] == lane[to] && column[from] < column[to] && firstPredecessor[to] < 0) {
                firstPredecessor[to] = from;
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(i -> column[i])
                        .thenComparingInt(i -> lane[i])
                        .thenComparingInt(i -> columns.orderInColumn()[i]));

        int[] rowCount = new int[laneCount];
        forEachCell(order, column, lane, (start, end) -> {
            int l = lane[order[start]];
            rowCount[l] = Math.max(rowCount[l], end - start);
        });
        int[] row = new int[n];
        // Columns are visited left to right, so a predecessor's row is known when it is asked for.
        forEachCell(order, column, lane, (start, end) -> {
            int rows = rowCount[lane[order[start]]];
            int previous = -1;
            for (int k = start; k < end; k++) {
                int node = order[k];
                int wanted = firstPredecessor[node] >= 0 ? row[firstPredecessor[node]] : k - start;
                int lowest = previous + 1;
                int highest = rows - (end - k);
                row[node] = Math.min(Math.max(wanted, lowest), highest);
                previous = row[node];
            }
        });
        return new LaneGrid(lane, column, row, rowCount, columns.count());
    }

    private interface CellVisitor {
        void visit(int start, int end);
    }

    /** Calls the visitor once per run of nodes in {@code order} that share a column and a lane. */
    private static void forEachCell(Integer[] order, int[] column, int[] lane, CellVisitor visitor) {
        int start = 0;
        for (int k = 1; k <= order.length; k++) {
            if (k == order.length || column[order[k]] != column[order[start]] || lane[order[k]] != lane[order[start]]) {
                visitor.visit(start, k);
                start = k;
            }
        }
    }

    int laneCount() {
        return rowCount.length;
    }

    int rowCount(int laneIndex) {
        return rowCount[laneIndex];
    }

    int slotCount() {
        return slotBase[rowCount.length];
    }

    /** The first slot (the top gap) of a lane. */
    int firstSlot(int laneIndex) {
        return slotBase[laneIndex];
    }

    int column(int node) {
        return column[node];
    }

    int rowSlot(int node) {
        return slotBase[lane[node]] + 2 * row[node] + 1;
    }

    int columnCount() {
        return columnCount;
    }

    boolean isOccupied(int slot, int columnIndex) {
        return occupied.contains(cellKey(slot, columnIndex));
    }

    private long cellKey(int slot, int columnIndex) {
        return (long) slot * columnCount + columnIndex;
    }
}

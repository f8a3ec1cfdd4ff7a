package org.wfa.dsl.generator.diagram;

/**
 * Horizontal coordinates: the lane header, then alternately a channel and a column. A column is
 * as wide as its widest node. A channel holds, from left to right, room for the labels of the
 * edges leaving the column to its left and the vertical tracks of the edges that turn in it.
 * Channel {@code c} lies right of column {@code c}; channel -1 lies between the header and
 * column 0.
 */
final class ColumnGeometry {

    static final double HEADER_WIDTH = 130;
    private static final double MIN_CHANNEL_WIDTH = 40;
    private static final double FIRST_CHANNEL_WIDTH = 24;

    private final double[] columnLeft;
    private final double[] columnWidth;
    /** Indexed by channel + 1. */
    private final double[] channelLeft;

    private final double[] channelWidth;
    private final double[] labelRoom;
    private final int[] tracks;
    private final double width;

    /**
     * @param labelRoom per channel (index channel + 1), the width that labels need at its left
     * @param tracks    per channel (index channel + 1), the number of vertical tracks
     */
    ColumnGeometry(double[] columnWidth, double[] labelRoom, int[] tracks) {
        int columns = columnWidth.length;
        this.columnWidth = columnWidth;
        this.labelRoom = labelRoom;
        this.tracks = tracks;
        this.columnLeft = new double[columns];
        this.channelLeft = new double[columns + 1];
        this.channelWidth = new double[columns + 1];
        double x = HEADER_WIDTH;
        for (int channel = -1; channel < columns; channel++) {
            int index = channel + 1;
            double minimum = channel < 0 ? FIRST_CHANNEL_WIDTH : MIN_CHANNEL_WIDTH;
            channelLeft[index] = x;
            double trackRoom = (tracks[index] + 1) * BandGeometry.TRACK_SPACING;
            channelWidth[index] = labelRoom[index] + Math.max(minimum, trackRoom);
            x += channelWidth[index];
            if (channel + 1 < columns) {
                columnLeft[channel + 1] = x;
                x += columnWidth[channel + 1];
            }
        }
        this.width = x;
    }

    double width() {
        return width;
    }

    double columnLeft(int column) {
        return columnLeft[column];
    }

    double columnWidth(int column) {
        return columnWidth[column];
    }

    /** The x of a track in a channel; the tracks are centred in the part right of the labels. */
    double trackX(int channel, int track) {
        int index = channel + 1;
        double free = channelWidth[index] - labelRoom[index];
        double used = (tracks[index] - 1) * BandGeometry.TRACK_SPACING;
        return channelLeft[index] + labelRoom[index] + (free - used) / 2 + track * BandGeometry.TRACK_SPACING;
    }
}

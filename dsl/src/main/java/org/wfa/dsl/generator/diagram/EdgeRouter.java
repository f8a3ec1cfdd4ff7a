package org.wfa.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;

import org.wfa.dsl.generator.diagram.LaidOutDiagram.NodeBox;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Point;
import org.wfa.dsl.generator.diagram.TrackAllocator.Segment;

/**
 * Routes the edges orthogonally along their {@link EdgePlan}s. Work is done in the order the
 * coordinates become known: gap tracks first (their number sets the gaps' heights), channel
 * tracks once the port heights are known (their number sets the channels' widths), polylines
 * last.
 */
final class EdgeRouter {

    private final List<EdgePlan> plans;
    private final LaneGrid grid;

    EdgeRouter(List<EdgePlan> plans, LaneGrid grid) {
        this.plans = plans;
        this.grid = grid;
    }

    /** The tracks of the runs along gaps; gap ends are compared by channel index. */
    GapTracks allocateGapTracks() {
        int[] trackOfEdge = new int[plans.size()];
        int[] tracksPerSlot = new int[grid.slotCount()];
        List<List<EdgePlan>> bySlot = new ArrayList<>();
        List<List<Segment>> segmentsBySlot = new ArrayList<>();
        for (int slot = 0; slot < grid.slotCount(); slot++) {
            bySlot.add(new ArrayList<>());
            segmentsBySlot.add(new ArrayList<>());
        }
        for (EdgePlan plan : plans) {
            if (plan.kind() != EdgePlan.Kind.GAP) {
                continue;
            }
            int sourceChannel = plan.sourceChannel(grid);
            int targetChannel = plan.targetChannel(grid);
            boolean sourceAbove = grid.rowSlot(plan.source()) < plan.gapSlot();
            boolean targetAbove = grid.rowSlot(plan.target()) < plan.gapSlot();
            Segment segment = sourceChannel < targetChannel
                    ? new Segment(sourceChannel, targetChannel, sourceAbove, targetAbove, plan.edge())
                    : new Segment(targetChannel, sourceChannel, targetAbove, sourceAbove, plan.edge());
            bySlot.get(plan.gapSlot()).add(plan);
            segmentsBySlot.get(plan.gapSlot()).add(segment);
        }
        for (int slot = 0; slot < grid.slotCount(); slot++) {
            TrackAllocator.Tracks tracks = TrackAllocator.allocate(segmentsBySlot.get(slot));
            tracksPerSlot[slot] = tracks.count();
            List<EdgePlan> inSlot = bySlot.get(slot);
            for (int k = 0; k < inSlot.size(); k++) {
                trackOfEdge[inSlot.get(k).edge()] = tracks.track()[k];
            }
        }
        return new GapTracks(trackOfEdge, tracksPerSlot);
    }

    record GapTracks(int[] trackOfEdge, int[] tracksPerSlot) {}

    /**
     * The vertical runs of every edge in the channels, at most two per edge: one where it
     * leaves the source and one where it reaches the target.
     *
     * @param ports per edge, {source port y, target port y}
     */
    ChannelTracks allocateChannelTracks(double[][] ports, BandGeometry bands, GapTracks gaps) {
        int channels = grid.columnCount() + 1;
        List<List<Segment>> segments = new ArrayList<>();
        List<List<int[]>> owners = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            segments.add(new ArrayList<>());
            owners.add(new ArrayList<>());
        }
        for (EdgePlan plan : plans) {
            double sourceY = ports[plan.edge()][0];
            double targetY = ports[plan.edge()][1];
            if (plan.kind() == EdgePlan.Kind.ROW) {
                if (sourceY != targetY) {
                    addRun(segments, owners, plan, 0, sourceY, true, targetY, false);
                }
                continue;
            }
            double gapY = bands.gapTrackY(plan.gapSlot(), gaps.trackOfEdge()[plan.edge()]);
            boolean backward = plan.backward(grid);
            addRun(segments, owners, plan, 0, sourceY, true, gapY, backward);
            addRun(segments, owners, plan, 1, gapY, !backward, targetY, false);
        }
        int[][] trackOfRun = new int[plans.size()][2];
        int[] tracksPerChannel = new int[channels];
        for (int c = 0; c < channels; c++) {
            TrackAllocator.Tracks tracks = TrackAllocator.allocate(segments.get(c));
            tracksPerChannel[c] = tracks.count();
            for (int k = 0; k < owners.get(c).size(); k++) {
                int[] owner = owners.get(c).get(k);
                trackOfRun[owner[0]][owner[1]] = tracks.track()[k];
            }
        }
        return new ChannelTracks(trackOfRun, tracksPerChannel);
    }

    /** @param run 0 for the run next to the source, 1 for the one next to the target */
    private void addRun(
            List<List<Segment>> segments,
            List<List<int[]>> owners,
            EdgePlan plan,
            int run,
            double fromY,
            boolean fromNear,
            double toY,
            boolean toNear) {
        int channel = run == 0 ? plan.sourceChannel(grid) : plan.targetChannel(grid);
        Segment segment = fromY <= toY
                ? new Segment(fromY, toY, fromNear, toNear, plan.edge())
                : new Segment(toY, fromY, toNear, fromNear, plan.edge());
        segments.get(channel + 1).add(segment);
        owners.get(channel + 1).add(new int[] {plan.edge(), run});
    }

    /** @param tracksPerChannel indexed by channel + 1 */
    record ChannelTracks(int[][] trackOfRun, int[] tracksPerChannel) {}

    /** The polyline of one edge, from the source's outline to the target's outline. */
    List<Point> route(
            EdgePlan plan,
            NodeBox source,
            NodeBox target,
            double[] ports,
            BandGeometry bands,
            GapTracks gaps,
            ChannelTracks channels,
            ColumnGeometry columns) {
        double sourceY = ports[0];
        double targetY = ports[1];
        List<Point> points = new ArrayList<>(6);
        points.add(new Point(ShapeOutline.rightX(source.node().shape(), source.shape(), sourceY), sourceY));
        int[] runTracks = channels.trackOfRun()[plan.edge()];
        if (plan.kind() == EdgePlan.Kind.ROW) {
            if (sourceY != targetY) {
                double x = columns.trackX(plan.channel(), runTracks[0]);
                points.add(new Point(x, sourceY));
                points.add(new Point(x, targetY));
            }
        } else {
            double gapY = bands.gapTrackY(plan.gapSlot(), gaps.trackOfEdge()[plan.edge()]);
            double firstX = columns.trackX(plan.sourceChannel(grid), runTracks[0]);
            double lastX = columns.trackX(plan.targetChannel(grid), runTracks[1]);
            points.add(new Point(firstX, sourceY));
            points.add(new Point(firstX, gapY));
            points.add(new Point(lastX, gapY));
            points.add(new Point(lastX, targetY));
        }
        points.add(new Point(ShapeOutline.leftX(target.node().shape(), target.shape(), targetY), targetY));
        return points;
    }
}

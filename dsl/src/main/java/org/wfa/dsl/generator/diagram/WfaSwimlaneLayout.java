package org.wfa.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;

import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.EdgePath;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.LaneBand;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.NodeBox;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.TextBlock;

/**
 * Lays out a {@link Diagram} as swimlanes: one horizontal band per lane, the flow running left
 * to right, every node inside its lane's band and every edge routed orthogonally from the
 * source's right side to the target's left side.
 *
 * <p>ELK's layered algorithm decides the columns and the order within them (ELK itself cannot
 * keep lanes as bands); the bands, the node positions and the edge routes are computed here.
 * Same input, same output: nothing depends on hash order or on the platform's locale.
 */
public final class WfaSwimlaneLayout {

    private static final double HEADER_PADDING = 10;
    /** Lane names are bold, which is about this much wider than the measured regular weight. */
    private static final double HEADER_BOLD_FACTOR = 1.1;

    private static final int HEADER_MAX_LINES = 4;

    /**
     * @throws IllegalArgumentException if an id is duplicated or a reference does not resolve
     */
    public LaidOutDiagram layout(Diagram diagram) {
        DiagramIndex index = DiagramIndex.of(diagram);
        NodeMetrics[] metrics = measure(diagram, index);
        double[] heights = new double[metrics.length];
        for (int i = 0; i < metrics.length; i++) {
            heights[i] = metrics[i].above() + metrics[i].below();
        }
        ElkColumnAssigner.Columns columns = ElkColumnAssigner.assign(index.nodeCount(), index.edges(), heights);
        LaneGrid grid = LaneGrid.place(index.laneOfNode(), index.laneCount(), columns, index.edges());

        // Each step below needs the one before: the gaps' heights depend on their tracks, the
        // ports on the rows' heights, the channel tracks on the ports, the columns' x on the
        // channels' widths.
        List<EdgePlan> plans = new ArrayList<>();
        for (int e = 0; e < index.edges().length; e++) {
            plans.add(EdgePlan.of(e, index.edges()[e][0], index.edges()[e][1], grid));
        }
        EdgeRouter router = new EdgeRouter(plans, grid);
        EdgeRouter.GapTracks gaps = router.allocateGapTracks();
        List<List<String>> headers = diagram.lanes().stream()
                .map(lane -> TextMetrics.wrap(
                        lane.label(),
                        (ColumnGeometry.HEADER_WIDTH - 2 * HEADER_PADDING) / HEADER_BOLD_FACTOR,
                        HEADER_MAX_LINES))
                .toList();
        double[] minLaneHeight = headers.stream()
                .mapToDouble(lines -> lines.size() * TextMetrics.LINE_HEIGHT + 2 * HEADER_PADDING)
                .toArray();
        BandGeometry bands = new BandGeometry(grid, metrics, gaps.tracksPerSlot(), minLaneHeight);
        double[][] ports = PortAssigner.assign(plans, grid, bands, gaps.trackOfEdge(), index.nodeCount());
        EdgeRouter.ChannelTracks channels = router.allocateChannelTracks(ports, bands, gaps);
        List<List<String>> edgeLabels = diagram.edges().stream()
                .map(edge -> EdgeLabels.lines(edge.label()))
                .toList();
        ColumnGeometry geometry = columnGeometry(grid, metrics, index.edges(), edgeLabels, channels);

        List<NodeBox> nodes = new ArrayList<>(metrics.length);
        for (int i = 0; i < metrics.length; i++) {
            nodes.add(nodeBox(diagram.nodes().get(i), metrics[i], grid, i, bands, geometry));
        }
        List<EdgePath> edges = new ArrayList<>(plans.size());
        for (EdgePlan plan : plans) {
            NodeBox source = nodes.get(plan.source());
            double[] edgePorts = ports[plan.edge()];
            List<String> labelLines = edgeLabels.get(plan.edge());
            TextBlock label = labelLines.isEmpty()
                    ? null
                    : EdgeLabels.place(source.node().shape(), source.shape(), edgePorts[0], labelLines);
            edges.add(new EdgePath(
                    diagram.edges().get(plan.edge()),
                    router.route(plan, source, nodes.get(plan.target()), edgePorts, bands, gaps, channels, geometry),
                    label));
        }
        List<LaneBand> lanes = new ArrayList<>();
        for (int l = 0; l < index.laneCount(); l++) {
            lanes.add(laneBand(
                    diagram.lanes().get(l), headers.get(l), bands.laneTop(l), bands.laneHeight(l), geometry.width()));
        }
        return new LaidOutDiagram(diagram, geometry.width(), bands.totalHeight(), lanes, nodes, edges);
    }

    private static NodeMetrics[] measure(Diagram diagram, DiagramIndex index) {
        int[] outgoing = index.degrees(0);
        int[] incoming = index.degrees(1);
        NodeMetrics[] metrics = new NodeMetrics[index.nodeCount()];
        for (int i = 0; i < metrics.length; i++) {
            metrics[i] = NodeMetrics.of(diagram.nodes().get(i), incoming[i], outgoing[i]);
        }
        return metrics;
    }

    private static ColumnGeometry columnGeometry(
            LaneGrid grid,
            NodeMetrics[] metrics,
            int[][] edges,
            List<List<String>> edgeLabels,
            EdgeRouter.ChannelTracks channels) {
        double[] width = new double[grid.columnCount()];
        for (int i = 0; i < metrics.length; i++) {
            width[grid.column(i)] = Math.max(width[grid.column(i)], metrics[i].width());
        }
        // A label starts beside its source's outline; whatever of it sticks out of the
        // source's column needs room at the left of the next channel.
        double[] labelRoom = new double[grid.columnCount() + 1];
        for (int e = 0; e < edges.length; e++) {
            int source = edges[e][0];
            int column = grid.column(source);
            double shapeRight = (width[column] + metrics[source].shapeWidth()) / 2;
            double reach = shapeRight + EdgeLabels.reach(edgeLabels.get(e)) - width[column];
            labelRoom[column + 1] = Math.max(labelRoom[column + 1], Math.ceil(reach));
        }
        return new ColumnGeometry(width, labelRoom, channels.tracksPerChannel());
    }

    private static NodeBox nodeBox(
            Diagram.Node node, NodeMetrics metrics, LaneGrid grid, int i, BandGeometry bands, ColumnGeometry geometry) {
        int column = grid.column(i);
        double x = geometry.columnLeft(column) + (geometry.columnWidth(column) - metrics.shapeWidth()) / 2;
        double y = bands.rowCenter(grid.rowSlot(i)) - metrics.shapeHeight() / 2;
        Box shape = new Box(x, y, metrics.shapeWidth(), metrics.shapeHeight());
        Box label = new Box(x + metrics.labelX(), y + metrics.labelY(), metrics.labelWidth(), metrics.labelHeight());
        return new NodeBox(node, shape, new TextBlock(metrics.lines(), label));
    }

    private static LaneBand laneBand(Diagram.Lane lane, List<String> lines, double top, double height, double width) {
        Box band = new Box(0, top, width, height);
        Box header = new Box(0, top, ColumnGeometry.HEADER_WIDTH, height);
        double textHeight = lines.size() * TextMetrics.LINE_HEIGHT;
        Box text = new Box(
                HEADER_PADDING,
                top + (height - textHeight) / 2,
                ColumnGeometry.HEADER_WIDTH - 2 * HEADER_PADDING,
                textHeight);
        return new LaneBand(lane, band, header, new TextBlock(lines, text));
    }
}

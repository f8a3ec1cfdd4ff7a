package org.wfa.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Decides each node's column and its order within the column with ELK's layered algorithm on
 * the flat graph. ELK cannot keep lanes as horizontal bands (see the layout notes), so only
 * the layering and the in-layer order of its result are used; the geometry is discarded.
 */
final class ElkColumnAssigner {

    /** Every node gets the same width so that nodes of one layer share one x coordinate. */
    private static final double UNIFORM_WIDTH = 150;

    private static final int RANDOM_SEED = 1;

    /**
     * @param column     each node's column, counted from 0 without gaps
     * @param orderInColumn each node's position among all nodes of its column, top to bottom
     */
    record Columns(int[] column, int[] orderInColumn, int count) {}

    static {
        // ELK finds its algorithms through a registry it fills on first use: fill it while the
        // class initialises (which the JVM runs once, safely), before pages are laid out in parallel.
        LayoutMetaDataService.getInstance();
    }

    private ElkColumnAssigner() {}

    /**
     * @param edges   per edge, {source, target} node indices; self-loops are ignored
     * @param heights each node's height, so that ELK's in-layer order reflects the real sizes
     */
    static Columns assign(int nodeCount, int[][] edges, double[] heights) {
        if (nodeCount == 0) {
            return new Columns(new int[0], new int[0], 0);
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.RANDOM_SEED, RANDOM_SEED);
        // Components laid out together share one sequence of columns.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        // The source lists steps roughly in the order they happen: keep that order where the
        // crossings allow. Cycles are broken by a depth-first search started in source order,
        // so only an edge that closes a loop runs backwards; the greedy strategies also
        // reversed edges out of acyclic parts (a decision's branch ended up left of it).
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DFS_NODE_ORDER);
        // Only the layers and the order within them are kept: the cheapest node placement and
        // edge routing do (every placement keeps the in-layer order), and they halve the time.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);

        List<ElkNode> elkNodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(UNIFORM_WIDTH, heights[i]);
            elkNodes.add(node);
        }
        for (int[] edge : edges) {
            if (edge[0] != edge[1]) {
                ElkGraphUtil.createSimpleEdge(elkNodes.get(edge[0]), elkNodes.get(edge[1]));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return fromPositions(elkNodes);
    }

    private static Columns fromPositions(List<ElkNode> elkNodes) {
        int n = elkNodes.size();
        Integer[] byPosition = new Integer[n];
        Arrays.setAll(byPosition, i -> i);
        Arrays.sort(
                byPosition,
                Comparator.<Integer>comparingDouble(i -> elkNodes.get(i).getX())
                        .thenComparingDouble(i -> elkNodes.get(i).getY())
                        .thenComparingInt(i -> i));
        int[] column = new int[n];
        int[] order = new int[n];
        int current = 0;
        int inColumn = 0;
        double columnX = elkNodes.get(byPosition[0]).getX();
        for (int i : byPosition) {
            double x = elkNodes.get(i).getX();
            // Nodes of one layer share an x; the layers are at least a node's width apart.
            if (x - columnX > UNIFORM_WIDTH / 2) {
                current++;
                inColumn = 0;
                columnX = x;
            }
            column[i] = current;
            order[i] = inColumn++;
        }
        return new Columns(column, order, current + 1);
    }
}

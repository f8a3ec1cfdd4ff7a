package org.wfa.dsl.generator.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Numbers lanes and nodes by their position in the source and checks that every reference
 * resolves, so that the layout can work with plain arrays.
 */
final class DiagramIndex {

    private final int[] laneOfNode;
    private final int[][] edges;
    private final int laneCount;

    private DiagramIndex(int[] laneOfNode, int[][] edges, int laneCount) {
        this.laneOfNode = laneOfNode;
        this.edges = edges;
        this.laneCount = laneCount;
    }

    /** @throws IllegalArgumentException on a duplicate id or a reference to an unknown lane or node */
    static DiagramIndex of(Diagram diagram) {
        Objects.requireNonNull(diagram, "diagram");
        List<Diagram.Lane> lanes = Objects.requireNonNull(diagram.lanes(), "lanes");
        List<Diagram.Node> nodes = Objects.requireNonNull(diagram.nodes(), "nodes");
        List<Diagram.Edge> edgeList = Objects.requireNonNull(diagram.edges(), "edges");
        Map<String, Integer> laneIds = new HashMap<>();
        for (int l = 0; l < lanes.size(); l++) {
            if (laneIds.put(lanes.get(l).id(), l) != null) {
                throw new IllegalArgumentException(
                        "duplicate lane id: " + lanes.get(l).id());
            }
        }
        Map<String, Integer> nodeIds = new HashMap<>();
        int[] laneOfNode = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Diagram.Node node = nodes.get(i);
            Objects.requireNonNull(node.shape(), () -> "shape of node " + node.id());
            if (nodeIds.put(node.id(), i) != null) {
                throw new IllegalArgumentException("duplicate node id: " + node.id());
            }
            laneOfNode[i] = resolve(laneIds, node.laneId(), "lane");
        }
        int[][] edges = new int[edgeList.size()][];
        for (int e = 0; e < edgeList.size(); e++) {
            Diagram.Edge edge = edgeList.get(e);
            edges[e] = new int[] {resolve(nodeIds, edge.from(), "node"), resolve(nodeIds, edge.to(), "node")};
        }
        return new DiagramIndex(laneOfNode, edges, lanes.size());
    }

    private static int resolve(Map<String, Integer> ids, String id, String kind) {
        Integer index = ids.get(id);
        if (index == null) {
            throw new IllegalArgumentException("unknown " + kind + " id: " + id);
        }
        return index;
    }

    int laneCount() {
        return laneCount;
    }

    int nodeCount() {
        return laneOfNode.length;
    }

    int[] laneOfNode() {
        return laneOfNode;
    }

    /** Per edge, {source node index, target node index}. */
    int[][] edges() {
        return edges;
    }

    /** Per node, the number of edges ending (end 1) or starting (end 0) there. */
    int[] degrees(int end) {
        int[] degree = new int[laneOfNode.length];
        for (int[] edge : edges) {
            degree[edge[end]]++;
        }
        return degree;
    }
}

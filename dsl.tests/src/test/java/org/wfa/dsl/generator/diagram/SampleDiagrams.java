package org.wfa.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.wfa.dsl.generator.diagram.Diagram.Edge;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Lane;
import org.wfa.dsl.generator.diagram.Diagram.Node;
import org.wfa.dsl.generator.diagram.Diagram.Shape;

/** Diagrams shared by the layout and renderer tests. */
final class SampleDiagrams {

    private SampleDiagrams() {}

    /**
     * An order process of 15 nodes in 3 lanes: a decision with a rework loop, a fork and join,
     * an escalation loop, a self-loop, two ends and an empty fourth lane.
     */
    static Diagram orderProcess() {
        List<Lane> lanes = List.of(
                new Lane("sales", "Sales"),
                new Lane("finance", "Finance"),
                new Lane("ops", "Operations & Logistics"),
                new Lane("legal", "Legal (unused)"));
        List<Node> nodes = List.of(
                node("start", "Order received", Shape.START, "sales"),
                node("triage", "Triage the order", Shape.TASK, "sales"),
                node("complete", "Order complete?", Shape.DECISION, "sales"),
                node("ask", "Ask customer for missing details", Shape.TASK, "sales"),
                node("fork", "", Shape.FORK, "ops"),
                node("credit", "Check credit limit", Shape.SYSTEM_TASK, "finance"),
                node("stock", "Reserve stock", Shape.SYSTEM, "ops"),
                node("offer", "Draft offer", Shape.AI_TASK, "sales"),
                node("join", "", Shape.JOIN, "ops"),
                node("approve", "Approve discount", Shape.APPROVAL, "finance"),
                node("sign", "Wait for customer signature", Shape.WAIT, "sales"),
                node("remind", "Remind customer", Shape.TASK, "finance"),
                node("ship", "Run shipping workflow", Shape.CALL, "ops"),
                node("shipped", "Shipped", Shape.END, "ops"),
                node("rejected", "Rejected", Shape.END, "sales"));
        List<Edge> edges = List.of(
                new Edge("start", "triage", null, EdgeStyle.FLOW),
                new Edge("triage", "complete", null, EdgeStyle.FLOW),
                new Edge("complete", "ask", "no", EdgeStyle.FLOW),
                new Edge("ask", "triage", "resubmitted", EdgeStyle.FLOW),
                new Edge("complete", "fork", "yes", EdgeStyle.HANDOFF),
                new Edge("fork", "credit", null, EdgeStyle.HANDOFF),
                new Edge("fork", "stock", null, EdgeStyle.FLOW),
                new Edge("fork", "offer", null, EdgeStyle.HANDOFF),
                new Edge("credit", "join", null, EdgeStyle.HANDOFF),
                new Edge("stock", "join", null, EdgeStyle.FLOW),
                new Edge("offer", "join", null, EdgeStyle.HANDOFF),
                new Edge("join", "approve", null, EdgeStyle.HANDOFF),
                new Edge("approve", "sign", "approved", EdgeStyle.HANDOFF),
                new Edge("approve", "rejected", "rejected", EdgeStyle.HANDOFF),
                new Edge("sign", "ship", "signed", EdgeStyle.HANDOFF),
                new Edge("sign", "remind", "no answer in 5 days", EdgeStyle.ESCALATION),
                new Edge("remind", "sign", null, EdgeStyle.HANDOFF),
                new Edge("ship", "ship", "retry", EdgeStyle.ESCALATION),
                new Edge("ship", "shipped", null, EdgeStyle.FLOW),
                new Edge("stock", "credit", "stock level", EdgeStyle.DEPENDENCY));
        return new Diagram("order-process", "Order process", lanes, nodes, edges);
    }

    /**
     * A long workflow: {@code stages} steps spread over {@code laneCount} lanes, mostly in a
     * chain, with a decision every seventh step whose "no" branch loops back, parallel
     * branches, and a second end. Built from a fixed recipe, so it is the same every time.
     */
    static Diagram longWorkflow(int stages, int laneCount) {
        List<Lane> lanes = new ArrayList<>();
        for (int l = 0; l < laneCount; l++) {
            lanes.add(new Lane("lane" + l, "Team " + (char) ('A' + l)));
        }
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(node("s0", "Start", Shape.START, "lane0"));
        Shape[] kinds = {
            Shape.TASK,
            Shape.SYSTEM_TASK,
            Shape.TASK,
            Shape.AI_TASK,
            Shape.APPROVAL,
            Shape.TASK,
            Shape.CALL,
            Shape.WAIT,
            Shape.WORKFLOW,
            Shape.SYSTEM,
            Shape.TEAM
        };
        String previous = "s0";
        int previousLane = 0;
        for (int i = 1; i < stages - 1; i++) {
            String id = "s" + i;
            int lane = (i * 7 / 5 + i / 3) % laneCount;
            if (i % 7 == 0) {
                nodes.add(node(id, "Stage " + i + " ok?", Shape.DECISION, "lane" + lane));
                edges.add(edge(previous, id, null, previousLane, lane));
                int back = Math.max(1, i - 2 - i % 3);
                edges.add(new Edge(id, "s" + back, "no", EdgeStyle.FLOW));
            } else if (i % 11 == 5 && i + 3 < stages - 1) {
                // A side branch that rejoins two steps later.
                nodes.add(node(id, "Stage " + i + " side check", kinds[i % kinds.length], "lane" + lane));
                edges.add(edge(previous, id, null, previousLane, lane));
                edges.add(new Edge(id, "s" + (i + 3), "skip", EdgeStyle.DEPENDENCY));
            } else {
                String label = "Stage " + i + (i % 4 == 0 ? " with a longer descriptive name" : "");
                nodes.add(node(id, label, kinds[i % kinds.length], "lane" + lane));
                String edgeLabel = previous.equals("s0")
                        ? null
                        : nodes.get(nodes.size() - 2).shape() == Shape.DECISION ? "yes" : null;
                edges.add(edge(previous, id, edgeLabel, previousLane, lane));
            }
            if (i % 13 == 12) {
                edges.add(new Edge(id, "s" + (i - 5), "timeout", EdgeStyle.ESCALATION));
            }
            previous = id;
            previousLane = lane;
        }
        String end = "s" + (stages - 1);
        nodes.add(node(end, "Done", Shape.END, "lane" + previousLane));
        edges.add(new Edge(previous, end, null, EdgeStyle.FLOW));
        nodes.add(node("cancelled", "Cancelled", Shape.END, "lane0"));
        edges.add(new Edge("s14", "cancelled", "cancel", EdgeStyle.ESCALATION));
        return new Diagram("long-" + stages, "A workflow of " + stages + " stages", lanes, nodes, edges);
    }

    /** Six steps handed from lane to lane: a DAG whose edges all point forwards. */
    static Diagram chain() {
        List<Lane> lanes = List.of(new Lane("a", "A"), new Lane("b", "B"), new Lane("c", "C"));
        List<Node> nodes = List.of(
                node("n1", "Start", Shape.START, "a"),
                node("n2", "Collect", Shape.TASK, "b"),
                node("n3", "Check", Shape.DECISION, "c"),
                node("n4", "Fix", Shape.TASK, "a"),
                node("n5", "File", Shape.SYSTEM_TASK, "b"),
                node("n6", "End", Shape.END, "c"));
        List<Edge> edges = List.of(
                new Edge("n1", "n2", null, EdgeStyle.HANDOFF),
                new Edge("n2", "n3", null, EdgeStyle.HANDOFF),
                new Edge("n3", "n4", "bad", EdgeStyle.HANDOFF),
                new Edge("n3", "n5", "good", EdgeStyle.HANDOFF),
                new Edge("n4", "n5", null, EdgeStyle.HANDOFF),
                new Edge("n5", "n6", null, EdgeStyle.HANDOFF),
                new Edge("n1", "n6", "skip", EdgeStyle.DEPENDENCY));
        return new Diagram("chain", "Chain", lanes, nodes, edges);
    }

    /** One node of every shape, all fed from one fork and joined again, in two lanes. */
    static Diagram everyShape() {
        List<Lane> lanes = List.of(new Lane("a", "A"), new Lane("b", "B"));
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(node("fork", "split", Shape.FORK, "a"));
        nodes.add(node("join", "merge", Shape.JOIN, "b"));
        int i = 0;
        for (Shape shape : Shape.values()) {
            if (shape != Shape.FORK && shape != Shape.JOIN) {
                String id = shape.name();
                nodes.add(node(id, shape + " node", shape, i++ % 2 == 0 ? "a" : "b"));
                edges.add(new Edge("fork", id, "to " + id.toLowerCase(Locale.ROOT), EdgeStyle.FLOW));
                edges.add(new Edge(id, "join", null, EdgeStyle.FLOW));
            }
        }
        edges.add(new Edge("join", "fork", "again", EdgeStyle.ESCALATION));
        return new Diagram("shapes", "Shapes", lanes, nodes, edges);
    }

    /**
     * A random graph from a fixed seed: any shapes, lanes (some left empty), forward and back
     * edges, parallel edges and self-loops in any style.
     */
    static Diagram random(long seed, int nodeCount, int laneCount, int edgeCount) {
        Random random = new Random(seed);
        List<Lane> lanes = new ArrayList<>();
        for (int l = 0; l < laneCount; l++) {
            lanes.add(new Lane("L" + l, "Lane " + l));
        }
        List<Node> nodes = new ArrayList<>();
        Shape[] shapes = Shape.values();
        for (int i = 0; i < nodeCount; i++) {
            String label = "Node " + i + " " + "word ".repeat(random.nextInt(6));
            nodes.add(node(
                    "n" + i,
                    label,
                    shapes[random.nextInt(shapes.length)],
                    "L" + random.nextInt(Math.max(1, laneCount - 1))));
        }
        List<Edge> edges = new ArrayList<>();
        EdgeStyle[] styles = EdgeStyle.values();
        for (int e = 0; e < edgeCount; e++) {
            int from = random.nextInt(nodeCount);
            int to = random.nextInt(10) < 7
                    ? Math.min(nodeCount - 1, from + 1 + random.nextInt(4))
                    : random.nextInt(nodeCount);
            String label = random.nextInt(3) == 0 ? "label " + e : null;
            edges.add(new Edge("n" + from, "n" + to, label, styles[random.nextInt(styles.length)]));
        }
        return new Diagram("random-" + seed, "Random " + seed, lanes, nodes, edges);
    }

    private static Edge edge(String from, String to, String label, int fromLane, int toLane) {
        return new Edge(from, to, label, fromLane == toLane ? EdgeStyle.FLOW : EdgeStyle.HANDOFF);
    }

    static Node node(String id, String label, Shape shape, String lane) {
        return new Node(id, label, shape, lane, null, null);
    }
}

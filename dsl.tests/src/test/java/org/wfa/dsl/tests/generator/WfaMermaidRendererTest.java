package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.Diagram.Edge;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Lane;
import org.wfa.dsl.generator.diagram.Diagram.Node;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.diagram.WfaMermaidRenderer;

class WfaMermaidRendererTest {

    private final WfaMermaidRenderer renderer = new WfaMermaidRenderer();

    private static Diagram diagram(List<Node> nodes, List<Edge> edges) {
        return new Diagram(
                "d",
                "test",
                List.of(new Lane("a", "Team A"), new Lane("empty", "Nobody"), new Lane("b", "Team B")),
                nodes,
                edges);
    }

    @Test
    void lanesBecomeSubgraphsAndEmptyLanesAreLeftOut() {
        String text = renderer.render(diagram(
                List.of(
                        new Node("x", "X", Shape.TASK, "a", null, null),
                        new Node("y", "Y", Shape.TASK, "b", null, null)),
                List.of()));
        assertTrue(text.contains("subgraph lane0[\"Team A\"]\nn_x(\"X\"):::wfa_task\nend\n"), text);
        assertTrue(text.contains("subgraph lane1[\"Team B\"]\nn_y(\"Y\"):::wfa_task\nend\n"), text);
        assertFalse(text.contains("Nobody"), text);
    }

    @Test
    void stepsNamedAfterMermaidKeywordsGetSafeIds() {
        String text = renderer.render(diagram(
                List.of(
                        new Node("end", "end", Shape.END, "a", null, null),
                        new Node("subgraph", "subgraph", Shape.TASK, "a", null, null)),
                List.of(new Edge("subgraph", "end", null, EdgeStyle.FLOW))));
        assertTrue(text.contains("n_end(((\"end\"))):::wfa_end"), text);
        assertTrue(text.contains("n_subgraph --> n_end"), text);
    }

    @Test
    void eachKindOfStepHasItsOwnShape() {
        String text = renderer.render(diagram(
                List.of(
                        new Node("d", "D", Shape.DECISION, "a", null, null),
                        new Node("p", "P", Shape.APPROVAL, "a", null, null),
                        new Node("f", "F", Shape.FORK, "a", null, null),
                        new Node("c", "C", Shape.CALL, "a", null, null)),
                List.of()));
        assertTrue(text.contains("n_d{\"D\"}:::wfa_decision"), text);
        assertTrue(text.contains("n_p{{\"P\"}}:::wfa_approval"), text);
        assertTrue(text.contains("n_f[/\"F\"/]:::wfa_fork"), text);
        assertTrue(text.contains("n_c[[\"C\"]]:::wfa_call"), text);
    }

    @Test
    void handOffsAreThickAndColouredEscalationsDotted() {
        String text = renderer.render(diagram(
                List.of(
                        new Node("x", "X", Shape.TASK, "a", null, null),
                        new Node("y", "Y", Shape.TASK, "b", null, null),
                        new Node("z", "Z", Shape.TASK, "b", null, null)),
                List.of(
                        new Edge("x", "y", null, EdgeStyle.FLOW),
                        new Edge("x", "z", "SLA 1 day breached", EdgeStyle.ESCALATION),
                        new Edge("y", "x", null, EdgeStyle.HANDOFF))));
        assertTrue(text.contains("n_x --> n_y\nn_x -.->|\"SLA 1 day breached\"| n_z\nn_y ==> n_x\n"), text);
        assertTrue(text.contains("linkStyle 1 stroke:#b91c1c"), text);
        assertTrue(text.contains("linkStyle 2 stroke:#c2410c,stroke-width:3px"), text);
        assertFalse(text.contains("linkStyle 0 "), text);
    }

    @Test
    void parallelEdgesBecomeOneWithBothLabelsAndTheMostProminentStyle() {
        String text = renderer.render(diagram(
                List.of(
                        new Node("x", "X", Shape.APPROVAL, "a", null, null),
                        new Node("y", "Y", Shape.TASK, "b", null, null)),
                List.of(
                        new Edge("x", "y", "approved", EdgeStyle.FLOW),
                        new Edge("x", "y", "rejected", EdgeStyle.HANDOFF))));
        assertTrue(text.contains("n_x ==>|\"approved / rejected\"| n_y\n"), text);
        assertEquals(1, text.split("n_x ", -1).length - 1, text);
    }

    @Test
    void largeFlowsAreDrawnTopToBottomWithTheLaneInEachLabel() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i <= WfaMermaidRenderer.MAX_NODES_IN_LANE_BOXES; i++) {
            nodes.add(new Node("s" + i, "Step " + i, Shape.TASK, i % 2 == 0 ? "a" : "b", null, null));
            if (i > 0) {
                edges.add(new Edge("s" + (i - 1), "s" + i, null, EdgeStyle.HANDOFF));
            }
        }
        String text = renderer.render(diagram(nodes, edges));
        assertTrue(
                text.startsWith("flowchart TB\nn_s0(\"Team A: Step 0\"):::wfa_task\nn_s1(\"Team B: Step 1\")"), text);
        assertFalse(text.contains("subgraph"), text);
    }

    @Test
    void diagramsWithMoreArrowsThanMermaidDrawsDoNotFit() {
        List<Node> nodes = List.of(new Node("x", "X", Shape.TASK, "a", null, null));
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i <= WfaMermaidRenderer.MAX_EDGES; i++) {
            nodes = new ArrayList<>(nodes);
            nodes.add(new Node("y" + i, "Y", Shape.TASK, "a", null, null));
            edges.add(new Edge("x", "y" + i, null, EdgeStyle.FLOW));
        }
        assertFalse(renderer.fits(diagram(nodes, edges)));
        assertTrue(renderer.fits(diagram(nodes, edges.subList(0, WfaMermaidRenderer.MAX_EDGES))));
    }

    @Test
    void labelsAreQuotedAndEntityEscaped() {
        String text = renderer.render(
                diagram(List.of(new Node("x", "a \"b\" [c] |d| `e` <f>", Shape.TASK, "a", null, null)), List.of()));
        assertTrue(text.contains("n_x(\"a #34;b#34; #91;c#93; #124;d#124; #96;e#96; #60;f#62;\"):::wfa_task"), text);
    }

    @Test
    void nodeIdsThatDifferOnlyInPunctuationStayDistinct() {
        String text = renderer.render(diagram(
                List.of(
                        new Node("a-b", "1", Shape.TASK, "a", null, null),
                        new Node("a_b", "2", Shape.TASK, "a", null, null)),
                List.of()));
        assertEquals(1, text.split("n_a_b\\(", -1).length - 1, text);
        assertTrue(text.contains("n_a_b_2(\"2\")"), text);
    }
}

package org.wfa.dsl.generator.diagram;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.generator.diagram.Diagram.Edge;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Lane;
import org.wfa.dsl.generator.diagram.Diagram.Node;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.EdgePath;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.LaneBand;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.NodeBox;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Point;

class WfaSwimlaneLayoutTest {

    private static final double EPSILON = 1e-6;

    private final WfaSwimlaneLayout layout = new WfaSwimlaneLayout();

    /** The samples, then random graphs of up to 70 nodes and 120 edges from fixed seeds. */
    static Stream<Diagram> diagrams() {
        Stream<Diagram> samples = Stream.of(
                SampleDiagrams.orderProcess(),
                SampleDiagrams.longWorkflow(50, 6),
                SampleDiagrams.chain(),
                SampleDiagrams.everyShape());
        Stream<Diagram> random = LongStream.rangeClosed(1, 20)
                .mapToObj(seed -> SampleDiagrams.random(
                        seed, (int) (5 + seed * 7 % 66), (int) (1 + seed % 6), (int) (seed * 13 % 121)));
        return Stream.concat(samples, random);
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyNodeLiesInsideItsLanesBandRightOfTheHeader(Diagram diagram) {
        LaidOutDiagram result = layout.layout(diagram);
        Map<String, LaneBand> bands = result.lanes().stream()
                .collect(Collectors.toMap(band -> band.lane().id(), Function.identity()));
        for (NodeBox node : result.nodes()) {
            LaneBand band = bands.get(node.node().laneId());
            assertTrue(band.band().contains(node.bounds()), () -> node.node().id() + " outside its lane");
            assertTrue(
                    node.bounds().x() >= band.header().right(),
                    () -> node.node().id() + " over the header");
        }
    }

    @Test
    void lanesAreStackedBandsInSourceOrderCoveringTheDrawing() {
        LaidOutDiagram result = layout.layout(SampleDiagrams.orderProcess());
        double y = 0;
        for (int l = 0; l < result.lanes().size(); l++) {
            LaneBand band = result.lanes().get(l);
            assertEquals(result.diagram().lanes().get(l), band.lane());
            assertEquals(y, band.band().y(), EPSILON);
            assertEquals(result.width(), band.band().width(), EPSILON);
            assertTrue(band.band().height() > 0);
            y = band.band().bottom();
        }
        assertEquals(result.height(), y, EPSILON);
    }

    @Test
    void emptyLaneStillGetsABandWithItsHeader() {
        LaidOutDiagram result = layout.layout(SampleDiagrams.orderProcess());
        LaneBand legal = result.lanes().get(3);
        assertTrue(legal.band().height() >= 40);
        assertEquals(List.of("Legal (unused)"), legal.label().lines());
        assertTrue(legal.band().contains(legal.label().box()));
    }

    @Test
    void acyclicChainRunsLeftToRightAcrossLanes() {
        LaidOutDiagram result = layout.layout(SampleDiagrams.chain());
        Map<String, NodeBox> nodes = byId(result);
        for (Edge edge : result.diagram().edges()) {
            assertTrue(
                    nodes.get(edge.to()).shape().x()
                            > nodes.get(edge.from()).shape().right(),
                    () -> edge.from() + " -> " + edge.to() + " does not run rightwards");
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void edgesAreOrthogonalFromTheSourcesRightSideToTheTargetsLeftSide(Diagram diagram) {
        LaidOutDiagram result = layout.layout(diagram);
        Map<String, NodeBox> nodes = byId(result);
        for (EdgePath path : result.edges()) {
            List<Point> points = path.points();
            String name = path.edge().from() + " -> " + path.edge().to();
            assertTrue(points.size() >= 2, name);
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                assertTrue(a.x() == b.x() || a.y() == b.y(), () -> name + " has a diagonal segment");
            }
            Box source = nodes.get(path.edge().from()).shape();
            Box target = nodes.get(path.edge().to()).shape();
            Point first = points.get(0);
            Point second = points.get(1);
            Point beforeLast = points.get(points.size() - 2);
            Point last = points.get(points.size() - 1);
            assertAll(
                    name,
                    () -> assertTrue(first.x() >= source.centerX() && first.x() <= source.right() + EPSILON),
                    () -> assertTrue(first.y() > source.y() && first.y() < source.bottom()),
                    () -> assertTrue(second.y() == first.y() && second.x() > first.x(), "leaves rightwards"),
                    () -> assertTrue(last.x() <= target.centerX() && last.x() >= target.x() - EPSILON),
                    () -> assertTrue(last.y() > target.y() && last.y() < target.bottom()),
                    () -> assertTrue(beforeLast.y() == last.y() && beforeLast.x() < last.x(), "enters rightwards"));
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void noTwoNodesOverlap(Diagram diagram) {
        List<NodeBox> nodes = layout.layout(diagram).nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                NodeBox a = nodes.get(i);
                NodeBox b = nodes.get(j);
                assertFalse(
                        a.bounds().overlaps(b.bounds()),
                        () -> a.node().id() + " overlaps " + b.node().id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void edgesDoNotRunThroughNodes(Diagram diagram) {
        LaidOutDiagram result = layout.layout(diagram);
        for (EdgePath path : result.edges()) {
            List<Point> points = path.points();
            // The first and last segments start inside the bounding box of pointed or round
            // shapes, on their outline; every other segment must stay clear of every node.
            for (int i = 2; i < points.size() - 1; i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                for (NodeBox node : result.nodes()) {
                    assertFalse(
                            crosses(a, b, node.bounds()),
                            () -> path.edge().from() + " -> " + path.edge().to() + " runs through "
                                    + node.node().id());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void segmentsOfDifferentEdgesNeverOverlap(Diagram diagram) {
        List<EdgePath> edges = layout.layout(diagram).edges();
        List<Point[]> segments = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            List<Point> points = edges.get(e).points();
            for (int i = 1; i < points.size(); i++) {
                segments.add(new Point[] {points.get(i - 1), points.get(i)});
                owner.add(e);
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                if (!owner.get(i).equals(owner.get(j))) {
                    Point[] a = segments.get(i);
                    Point[] b = segments.get(j);
                    int edgeA = owner.get(i);
                    int edgeB = owner.get(j);
                    assertFalse(
                            collinearOverlap(a, b),
                            () -> describe(edges.get(edgeA)) + " overlaps " + describe(edges.get(edgeB)));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void edgeLabelsOverlapNeitherNodesNorEachOther(Diagram diagram) {
        LaidOutDiagram result = layout.layout(diagram);
        Map<String, NodeBox> nodes = byId(result);
        List<EdgePath> labelled =
                result.edges().stream().filter(path -> path.label() != null).toList();
        for (int i = 0; i < labelled.size(); i++) {
            EdgePath path = labelled.get(i);
            Box label = path.label().box();
            for (NodeBox node : result.nodes()) {
                assertFalse(
                        label.overlaps(node.label().box()),
                        () -> "label over the text of " + node.node().id());
                if (!node.node().id().equals(path.edge().from())) {
                    assertFalse(
                            label.overlaps(node.shape()),
                            () -> "label over " + node.node().id());
                }
            }
            // Beside its source: clear of the outline, which for a diamond or a circle lies
            // inside the bounding box.
            NodeBox source = nodes.get(path.edge().from());
            for (double y : new double[] {label.y(), label.centerY(), label.bottom()}) {
                assertTrue(label.x() >= ShapeOutline.rightX(source.node().shape(), source.shape(), y));
            }
            for (int j = i + 1; j < labelled.size(); j++) {
                assertFalse(label.overlaps(labelled.get(j).label().box()));
            }
        }
    }

    @Test
    void loopsAndSelfLoopsAreRoutedAroundTheNodes() {
        LaidOutDiagram result = layout.layout(SampleDiagrams.orderProcess());
        EdgePath selfLoop = result.edges().stream()
                .filter(path ->
                        path.edge().from().equals("ship") && path.edge().to().equals("ship"))
                .findFirst()
                .orElseThrow();
        Box ship = byId(result).get("ship").shape();
        assertEquals(6, selfLoop.points().size());
        assertTrue(selfLoop.points().stream().anyMatch(p -> p.y() > ship.bottom()), "the loop passes beneath");
        EdgePath rework = result.edges().stream()
                .filter(path ->
                        path.edge().from().equals("ask") && path.edge().to().equals("triage"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                rework.points().get(rework.points().size() - 1).x()
                        < rework.points().get(0).x(),
                "the rework loop runs back to the left");
    }

    @Test
    void sameInputGivesEqualLayoutAndByteIdenticalSvg() {
        Diagram diagram = SampleDiagrams.longWorkflow(50, 6);
        LaidOutDiagram first = new WfaSwimlaneLayout().layout(diagram);
        LaidOutDiagram second = new WfaSwimlaneLayout().layout(diagram);
        assertEquals(first, second);
        assertEquals(new WfaSvgRenderer().render(first), new WfaSvgRenderer().render(second));
    }

    @Test
    void fiftyStageWorkflowInSixLanesIsLaidOut() {
        LaidOutDiagram result = layout.layout(SampleDiagrams.longWorkflow(50, 6));
        assertEquals(51, result.nodes().size());
        assertEquals(6, result.lanes().size());
        assertTrue(result.width() > 0 && result.height() > 0);
    }

    @Test
    void edgelessAndEmptyDiagramsAreLaidOut() {
        Diagram single = new Diagram(
                "one",
                "One",
                List.of(new Lane("a", "A")),
                List.of(SampleDiagrams.node("x", "Alone", Shape.TASK, "a")),
                List.of());
        assertEquals(1, layout.layout(single).nodes().size());
        Diagram empty = new Diagram("none", "None", List.of(new Lane("a", "A")), List.of(), List.of());
        LaidOutDiagram result = layout.layout(empty);
        assertTrue(result.nodes().isEmpty());
        assertEquals(1, result.lanes().size());
    }

    @Test
    void hugeLabelIsShortenedToAFewLines() {
        String huge = "word ".repeat(5000) + "x".repeat(20_000);
        Diagram diagram = new Diagram(
                "big",
                "Big",
                List.of(new Lane("a", huge)),
                List.of(SampleDiagrams.node("x", huge, Shape.TASK, "a")),
                List.of());
        NodeBox node = layout.layout(diagram).nodes().get(0);
        assertEquals(3, node.label().lines().size());
        assertTrue(node.label().lines().get(2).endsWith("\u2026"));
    }

    @Test
    void unknownReferencesAreRejected() {
        Lane lane = new Lane("a", "A");
        Node node = SampleDiagrams.node("x", "X", Shape.TASK, "a");
        assertThrows(
                IllegalArgumentException.class,
                () -> layout.layout(new Diagram(
                        "d",
                        "D",
                        List.of(lane),
                        List.of(SampleDiagrams.node("x", "X", Shape.TASK, "nowhere")),
                        List.of())));
        assertThrows(
                IllegalArgumentException.class,
                () -> layout.layout(new Diagram(
                        "d",
                        "D",
                        List.of(lane),
                        List.of(node),
                        List.of(new Edge("x", "missing", null, EdgeStyle.FLOW)))));
        assertThrows(
                IllegalArgumentException.class,
                () -> layout.layout(new Diagram("d", "D", List.of(lane), List.of(node, node), List.of())));
    }

    private static Map<String, NodeBox> byId(LaidOutDiagram result) {
        return result.nodes().stream()
                .collect(Collectors.toMap(node -> node.node().id(), Function.identity()));
    }

    /** Whether an axis-parallel segment enters the box's interior. */
    private static boolean crosses(Point a, Point b, Box box) {
        double left = Math.min(a.x(), b.x());
        double right = Math.max(a.x(), b.x());
        double top = Math.min(a.y(), b.y());
        double bottom = Math.max(a.y(), b.y());
        return left < box.right() - EPSILON
                && right > box.x() + EPSILON
                && top < box.bottom() - EPSILON
                && bottom > box.y() + EPSILON;
    }

    private static boolean collinearOverlap(Point[] a, Point[] b) {
        boolean aHorizontal = a[0].y() == a[1].y();
        boolean bHorizontal = b[0].y() == b[1].y();
        if (aHorizontal && bHorizontal && a[0].y() == b[0].y()) {
            return overlapLength(a[0].x(), a[1].x(), b[0].x(), b[1].x()) > EPSILON;
        }
        boolean aVertical = a[0].x() == a[1].x();
        boolean bVertical = b[0].x() == b[1].x();
        if (aVertical && bVertical && a[0].x() == b[0].x()) {
            return overlapLength(a[0].y(), a[1].y(), b[0].y(), b[1].y()) > EPSILON;
        }
        return false;
    }

    private static double overlapLength(double a1, double a2, double b1, double b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
    }

    private static String describe(EdgePath path) {
        return path.edge().from() + " -> " + path.edge().to();
    }
}

package org.wfa.dsl.generator.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;
import org.operaton.bpm.model.bpmn.instance.di.Waypoint;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Boundary;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Data;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Kind;
import org.wfa.dsl.generator.diagram.LaidOutDiagram;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Box;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.EdgePath;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.LaneBand;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.NodeBox;
import org.wfa.dsl.generator.diagram.LaidOutDiagram.Point;

/**
 * Writes the diagram interchange (BPMNDI) of a process from its laid-out swimlane diagram: the
 * pool, a horizontal band per lane, a shape per flow node and an edge per sequence flow, with
 * the layout's coordinates. Boundary timers sit on the bottom border of their step; data
 * objects in a row below the pool, joined to the tasks that produce and consume them.
 */
final class BpmnDiagramWriter {

    /** The pool's own header, left of the lanes, where modelers write the participant's name. */
    static final double POOL_HEADER = 30;

    static final double EVENT_SIZE = 36;
    private static final double BOUNDARY_SPACING = 44;
    private static final double DATA_WIDTH = 36;
    private static final double DATA_HEIGHT = 50;
    private static final double DATA_GAP = 40;

    private final BpmnModelInstance model;
    private BpmnPlane plane;

    BpmnDiagramWriter(BpmnModelInstance model) {
        this.model = model;
    }

    void write(BpmnPlan plan, Collaboration collaboration, LaidOutDiagram layout) {
        BpmnDiagram diagram = model.newInstance(BpmnDiagram.class, "diagram-" + plan.processId());
        plane = model.newInstance(BpmnPlane.class, "plane-" + plan.processId());
        model.getDefinitions().addChildElement(diagram);
        diagram.setBpmnPlane(plane);
        plane.setBpmnElement(collaboration);

        BpmnShape pool = shape(
                BpmnIds.participant(plan.processId()),
                new Box(0, 0, layout.width() + POOL_HEADER, layout.height()),
                null);
        pool.setHorizontal(true);
        for (LaneBand lane : layout.lanes()) {
            shape(BpmnIds.lane(lane.lane().id()), moved(lane.band()), null).setHorizontal(true);
        }
        Map<String, Box> boxes = new HashMap<>();
        for (int i = 0; i < plan.nodes().size(); i++) {
            BpmnPlan.Node node = plan.nodes().get(i);
            NodeBox box = layout.nodes().get(i);
            Box shape = moved(box.shape());
            boxes.put(node.id(), shape);
            boolean caption = !(node.kind() == Kind.USER_TASK
                    || node.kind() == Kind.SERVICE_TASK
                    || node.kind() == Kind.BUSINESS_RULE_TASK
                    || node.kind() == Kind.CALL_ACTIVITY);
            shape(node.id(), shape, caption ? moved(box.label().box()) : null);
        }
        Map<String, Integer> boundariesOfHost = new HashMap<>();
        for (Boundary boundary : plan.boundaries()) {
            Box host = boxes.get(boundary.hostId());
            int n = boundariesOfHost.merge(boundary.hostId(), 1, Integer::sum) - 1;
            double x = host.right() - EVENT_SIZE - 6 - n * BOUNDARY_SPACING;
            Box shape = new Box(x, host.bottom() - EVENT_SIZE / 2, EVENT_SIZE, EVENT_SIZE);
            boxes.put(boundary.id(), shape);
            shape(boundary.id(), shape, null);
        }
        for (int i = 0; i < plan.flows().size(); i++) {
            BpmnPlan.Flow flow = plan.flows().get(i);
            EdgePath path = layout.edges().get(i);
            List<Point> points =
                    path.points().stream().map(BpmnDiagramWriter::moved).toList();
            Box boundary = boxes.get(flow.sourceId());
            if (plan.boundaries().stream().anyMatch(b -> b.id().equals(flow.sourceId()))) {
                points = fromBoundary(boundary, points);
            }
            edge(flow.id(), points);
        }
        dataObjects(plan, boxes, layout.height());
    }

    /**
     * The layout routed a breach flow from its host's right side; it starts at the boundary
     * event instead, goes down below it and joins the layout's route in the next channel.
     */
    private static List<Point> fromBoundary(Box boundary, List<Point> points) {
        double x = boundary.centerX();
        double below = boundary.bottom() + 12;
        Point channel = points.size() > 1 ? points.get(1) : points.get(0);
        List<Point> route = new ArrayList<>(
                List.of(new Point(x, boundary.bottom()), new Point(x, below), new Point(channel.x(), below)));
        route.addAll(points.subList(1, points.size()));
        return route;
    }

    private void dataObjects(BpmnPlan plan, Map<String, Box> boxes, double poolHeight) {
        double next = POOL_HEADER;
        for (Data data : plan.data()) {
            List<String> users = new ArrayList<>(data.producers());
            users.addAll(data.consumers());
            double x = users.isEmpty()
                    ? next
                    : Math.max(next, boxes.get(users.get(0)).centerX() - DATA_WIDTH / 2);
            Box shape = new Box(x, poolHeight + DATA_GAP, DATA_WIDTH, DATA_HEIGHT);
            next = x + DATA_WIDTH + 24;
            shape(data.referenceId(), shape, null);
            Point top = new Point(shape.centerX(), shape.y());
            for (String producer : data.producers()) {
                Box task = boxes.get(producer);
                edge(producer + "-produces-" + data.id(), List.of(new Point(task.centerX(), task.bottom()), top));
            }
            for (String consumer : data.consumers()) {
                Box task = boxes.get(consumer);
                edge(consumer + "-consumes-" + data.id(), List.of(top, new Point(task.centerX(), task.bottom())));
            }
        }
    }

    private BpmnShape shape(String elementId, Box box, Box label) {
        BpmnShape shape = model.newInstance(BpmnShape.class, elementId + "-di");
        BpmnDom.append(plane, shape);
        shape.setBpmnElement(element(elementId));
        shape.setBounds(bounds(box));
        if (label != null) {
            BpmnLabel bpmnLabel = model.newInstance(BpmnLabel.class, elementId + "-label");
            bpmnLabel.setBounds(bounds(label));
            shape.setBpmnLabel(bpmnLabel);
        }
        return shape;
    }

    private void edge(String elementId, List<Point> points) {
        BpmnEdge edge = model.newInstance(BpmnEdge.class, elementId + "-di");
        BpmnDom.append(plane, edge);
        edge.setBpmnElement(element(elementId));
        for (Point point : points) {
            Waypoint waypoint = model.newInstance(Waypoint.class);
            waypoint.setX(round(point.x()));
            waypoint.setY(round(point.y()));
            edge.getWaypoints().add(waypoint);
        }
    }

    private BaseElement element(String id) {
        BaseElement element = model.getModelElementById(id);
        if (element == null) {
            throw new IllegalStateException("no element '" + id + "' to draw");
        }
        return element;
    }

    private Bounds bounds(Box box) {
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(round(box.x()));
        bounds.setY(round(box.y()));
        bounds.setWidth(round(box.width()));
        bounds.setHeight(round(box.height()));
        return bounds;
    }

    /** Whole pixels: modelers draw them crisply, and the text does not depend on floating-point printing. */
    private static double round(double value) {
        return Math.round(value);
    }

    private static Box moved(Box box) {
        return new Box(box.x() + POOL_HEADER, box.y(), box.width(), box.height());
    }

    private static Point moved(Point point) {
        return new Point(point.x() + POOL_HEADER, point.y());
    }
}

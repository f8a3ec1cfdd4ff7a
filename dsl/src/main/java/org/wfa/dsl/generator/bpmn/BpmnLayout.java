package org.wfa.dsl.generator.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wfa.dsl.generator.bpmn.BpmnPlan.Boundary;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Flow;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.diagram.LaidOutDiagram;
import org.wfa.dsl.generator.diagram.WfaSwimlaneLayout;

/**
 * Lays out a BPMN plan with the swimlane layout of the documentation, so that the BPMN diagram
 * has the same lanes and the same left-to-right order as the handbook's. Every flow node of the
 * plan, the added ones included, is a node of the laid-out diagram; a boundary event is not (it
 * sits on its host's border), so its flows are laid out as if they left the host.
 *
 * <p>Gateways and events are given the documentation's circle shape: its 36-pixel box is what
 * BPMN modelers expect for events and close to what they draw for gateways, and its caption
 * below the shape is where modelers put such labels.
 */
final class BpmnLayout {

    private BpmnLayout() {}

    /** The laid-out diagram; its nodes are the plan's nodes and its edges the plan's flows, in order. */
    static LaidOutDiagram layout(BpmnPlan plan) {
        Map<String, String> hostOf = new HashMap<>();
        for (Boundary boundary : plan.boundaries()) {
            hostOf.put(boundary.id(), boundary.hostId());
        }
        List<Diagram.Node> nodes = new ArrayList<>();
        for (BpmnPlan.Node node : plan.nodes()) {
            nodes.add(new Diagram.Node(node.id(), node.name(), shapeOf(node.kind()), node.laneId(), null, null));
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Flow flow : plan.flows()) {
            String source = hostOf.getOrDefault(flow.sourceId(), flow.sourceId());
            edges.add(new Diagram.Edge(
                    source,
                    flow.targetId(),
                    flow.name(),
                    hostOf.containsKey(flow.sourceId()) ? EdgeStyle.ESCALATION : EdgeStyle.FLOW));
        }
        Diagram diagram = new Diagram(plan.processId(), plan.name(), plan.lanes(), nodes, edges);
        return new WfaSwimlaneLayout().layout(diagram);
    }

    private static Shape shapeOf(BpmnPlan.Kind kind) {
        return switch (kind) {
            case USER_TASK, BUSINESS_RULE_TASK -> Shape.TASK;
            case SERVICE_TASK -> Shape.SYSTEM_TASK;
            case CALL_ACTIVITY -> Shape.CALL;
            case END, ESCALATION_END -> Shape.END;
            // Events and gateways are small: the layout sizes them as it sizes a start.
            case START, EXCLUSIVE_GATEWAY, PARALLEL_FORK, PARALLEL_JOIN, EVENT_GATEWAY, MESSAGE_CATCH, TIMER_CATCH ->
                Shape.START;
        };
    }
}

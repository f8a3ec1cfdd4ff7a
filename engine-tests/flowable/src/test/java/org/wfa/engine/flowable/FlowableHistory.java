package org.wfa.engine.flowable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.history.HistoricActivityInstance;

/**
 * The activities a case visited, in the order they happened, from Flowable's history, which
 * has no occurrence order and records more than what ran: every sequence flow taken, and a
 * boundary event from the moment its host starts, whether it fires or not (a record that did not
 * fire ends with its host, without a delete reason).
 *
 * <p>A boundary event fired when one of its outgoing flows was taken: each such flow record is
 * matched with the latest-ended record of the event before it. A fired boundary event is placed
 * when it fired (its end), everything else when it started; records of the same millisecond in
 * the order the engine created them (ids from one database sequence).
 */
final class FlowableHistory {

    private final ProcessEngine engine;

    FlowableHistory(ProcessEngine engine) {
        this.engine = engine;
    }

    List<String> visited(String instanceId) {
        List<HistoricActivityInstance> records = engine.getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .list();
        if (records.isEmpty()) {
            return List.of();
        }
        BpmnModel model =
                engine.getRepositoryService().getBpmnModel(records.get(0).getProcessDefinitionId());
        Set<String> fired = fired(records, model);
        return records.stream()
                .filter(r -> !"sequenceFlow".equals(r.getActivityType()))
                .filter(r -> !"boundaryEvent".equals(r.getActivityType()) || fired.contains(r.getId()))
                .sorted(Comparator.comparing(FlowableHistory::occurred).thenComparing(r -> Long.parseLong(r.getId())))
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** The ids of the boundary event records that fired. */
    private static Set<String> fired(List<HistoricActivityInstance> records, BpmnModel model) {
        Set<String> fired = new HashSet<>();
        List<HistoricActivityInstance> flows = new ArrayList<>(records.stream()
                .filter(r -> "sequenceFlow".equals(r.getActivityType()))
                .toList());
        flows.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
                .thenComparing(r -> Long.parseLong(r.getId())));
        for (HistoricActivityInstance flow : flows) {
            FlowElement element = model.getFlowElement(flow.getActivityId());
            if (element instanceof SequenceFlow sequenceFlow
                    && model.getFlowElement(sequenceFlow.getSourceRef()) instanceof BoundaryEvent) {
                records.stream()
                        .filter(r -> r.getActivityId().equals(sequenceFlow.getSourceRef())
                                && r.getEndTime() != null
                                && !r.getEndTime().after(flow.getStartTime())
                                && !fired.contains(r.getId()))
                        .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
                                .thenComparing(r -> Long.parseLong(r.getId())))
                        .ifPresent(r -> fired.add(r.getId()));
            }
        }
        return fired;
    }

    private static Date occurred(HistoricActivityInstance record) {
        return "boundaryEvent".equals(record.getActivityType()) ? record.getEndTime() : record.getStartTime();
    }
}

package org.wfa.dsl.generator.bpmn;

import java.util.List;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * The extension attributes and elements Flowable needs to execute a process, in Flowable's
 * namespace and through the model API. Flowable has no model classes here: its attributes are
 * set by namespace and name.
 */
final class FlowableExtensions {

    /** Flowable's extension namespace, written with the prefix {@code flowable}. */
    static final String NAMESPACE = "http://flowable.org/bpmn";

    /** The field of a decision task that names the DMN decision to evaluate. */
    static final String DECISION_KEY_FIELD = "decisionTableReferenceKey";

    private final BpmnModelInstance model;

    FlowableExtensions(BpmnModelInstance model) {
        this.model = model;
    }

    void userTask(UserTask task, List<String> groups, List<String> users) {
        if (!groups.isEmpty()) {
            task.setAttributeValueNs(NAMESPACE, "candidateGroups", String.join(",", groups));
        }
        if (!users.isEmpty()) {
            task.setAttributeValueNs(NAMESPACE, "candidateUsers", String.join(",", users));
        }
    }

    /**
     * An external-worker task: the engine waits until a worker acquires a job on the topic and
     * completes it (Flowable's legacy type {@code external} would also parse, but is not the
     * documented name).
     */
    void externalWorker(ServiceTask task, String topic) {
        task.setAttributeValueNs(NAMESPACE, "type", "external-worker");
        task.setAttributeValueNs(NAMESPACE, "topic", topic);
    }

    /**
     * Flowable runs a DMN decision from a service task of type {@code dmn} (its parser gives a
     * plain business rule task to a rules engine instead). The decision's single output,
     * {@code <decision>Route}, becomes a process variable of that name. A decision that matches
     * no rule sets nothing, so the task first clears the route: the gateway after it must read
     * "no route" (its default flow), not a route left by an earlier pass through a loop, and
     * Flowable fails a condition on a variable that does not exist.
     */
    void decisionTask(ServiceTask task, String decisionId, String routeVariable) {
        task.setAttributeValueNs(NAMESPACE, "type", "dmn");
        ExtensionElements extensions = extensions(task);
        ModelElementInstance clear = extensions.addExtensionElement(NAMESPACE, "executionListener");
        clear.setAttributeValue("event", "start");
        clear.setAttributeValue("expression", "${execution.setVariable('" + routeVariable + "', null)}");
        ModelElementInstance field = extensions.addExtensionElement(NAMESPACE, "field");
        field.setAttributeValue("name", DECISION_KEY_FIELD);
        field.setAttributeValue("stringValue", decisionId);
    }

    /** The called process starts with a copy of the caller's variables: it decides on the same case data. */
    void callActivity(CallActivity call) {
        call.setAttributeValueNs(NAMESPACE, "inheritVariables", "true");
    }

    private ExtensionElements extensions(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            extensions = model.newInstance(ExtensionElements.class);
            element.setExtensionElements(extensions);
        }
        return extensions;
    }
}

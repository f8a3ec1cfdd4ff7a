package org.wfa.dsl.generator.bpmn;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.model.xml.impl.ModelImpl;
import org.camunda.bpm.model.xml.impl.instance.DomDocumentImpl;
import org.w3c.dom.Document;
import org.wfa.dsl.generator.engine.WfaConditionTranslator;
import org.wfa.dsl.generator.engine.WfaConditionTranslator.Dialect;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.impl.BpmnModelConstants;
import io.camunda.zeebe.model.bpmn.impl.BpmnModelInstanceImpl;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.Definitions;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;

/**
 * Turns a process written by {@link BpmnProcessWriter} and {@link BpmnDiagramWriter} into one
 * for Camunda 8 (Zeebe): Zeebe's extension elements from the plan, its namespace prefix, and the
 * execution platform attributes Camunda Modeler writes, so that the Modeler opens the file as a
 * Camunda 8 diagram.
 *
 * <p>Why Zeebe's model API over the same document, rather than another branch in the writer:
 * the process and its diagram are the same in every flavour and are written once, through
 * Operaton's model API, which knows nothing of Zeebe's elements. Writing those through Operaton's
 * untyped DOM would mean spelling Zeebe's element and attribute names by hand, and porting the
 * writer onto both APIs would duplicate it. Zeebe's own model ({@code zeebe-bpmn-model}) types
 * its extension elements and is the API whose validators the tests apply. Zeebe's model wraps the
 * very DOM document Operaton's wrote, as Zeebe's parser wraps a document it has read: no
 * serialising and parsing in between. The two libraries keep their element wrappers under
 * different DOM user-data keys, so neither sees the other's.
 */
final class BpmnZeebeExtensions {

    /** What Camunda Modeler writes for Camunda 8 ("Camunda Cloud" covers self-managed too). */
    static final String EXECUTION_PLATFORM = "Camunda Cloud";

    /** The Zeebe version whose model library and validation the output is checked against. */
    static final String EXECUTION_PLATFORM_VERSION = "8.9.0";

    private final BpmnModelInstance model;

    private BpmnZeebeExtensions(BpmnModelInstance model) {
        this.model = model;
    }

    /**
     * Zeebe's view of the written model, with the extensions of the plan added. The written model
     * must not be used afterwards: both views share one document.
     */
    static BpmnModelInstance add(org.operaton.bpm.model.bpmn.BpmnModelInstance written, BpmnPlan plan) {
        Document document = (Document) written.getDocument().getDomSource().getNode();
        BpmnModelInstance model = new BpmnModelInstanceImpl(
                (ModelImpl) Bpmn.INSTANCE.getBpmnModel(),
                Bpmn.INSTANCE.getBpmnModelBuilder(),
                new DomDocumentImpl(document));
        new BpmnZeebeExtensions(model).add(plan);
        return model;
    }

    private void add(BpmnPlan plan) {
        Definitions definitions = model.getDefinitions();
        definitions.getDomElement().registerNamespace("zeebe", BpmnModelConstants.ZEEBE_NS);
        definitions.getDomElement().registerNamespace("modeler", BpmnModelConstants.MODELER_NS);
        definitions.setAttributeValueNs(BpmnModelConstants.MODELER_NS, "executionPlatform", EXECUTION_PLATFORM);
        definitions.setAttributeValueNs(
                BpmnModelConstants.MODELER_NS, "executionPlatformVersion", EXECUTION_PLATFORM_VERSION);
        Set<String> subscribed = new HashSet<>();
        boolean started = false;
        for (BpmnPlan.Node node : plan.nodes()) {
            switch (node.kind()) {
                case START -> {
                    if (started) {
                        messageStart(plan, node);
                    }
                    started = true;
                }
                case USER_TASK -> userTask(node);
                case SERVICE_TASK ->
                    extension(node.id(), ZeebeTaskDefinition.class).setType(node.reference());
                case BUSINESS_RULE_TASK -> {
                    ZeebeCalledDecision decision = extension(node.id(), ZeebeCalledDecision.class);
                    decision.setDecisionId(node.reference());
                    decision.setResultVariable(node.label());
                }
                case CALL_ACTIVITY -> callActivity(node);
                case MESSAGE_CATCH -> subscription(node, subscribed);
                case END,
                        EXCLUSIVE_GATEWAY,
                        PARALLEL_FORK,
                        PARALLEL_JOIN,
                        EVENT_GATEWAY,
                        TIMER_CATCH,
                        ESCALATION_END -> {
                    // Events, gateways and ends run as standard BPMN.
                }
            }
        }
    }

    /**
     * A Camunda user task (job-worker based user tasks are deprecated since Camunda 8.6), offered
     * to the plan's roles as candidate groups and to named persons as candidate users.
     */
    private void userTask(BpmnPlan.Node node) {
        extension(node.id(), ZeebeUserTask.class);
        if (!node.groups().isEmpty() || !node.users().isEmpty()) {
            ZeebeAssignmentDefinition assignment = extension(node.id(), ZeebeAssignmentDefinition.class);
            if (!node.groups().isEmpty()) {
                assignment.setCandidateGroups(String.join(",", node.groups()));
            }
            if (!node.users().isEmpty()) {
                assignment.setCandidateUsers(String.join(",", node.users()));
            }
        }
    }

    /**
     * The called workflow decides on the caller's case data (Zeebe copies all of the caller's
     * variables in by default) and what it decides comes back to the caller.
     */
    private void callActivity(BpmnPlan.Node node) {
        ZeebeCalledElement called = extension(node.id(), ZeebeCalledElement.class);
        if (node.reference() != null) {
            called.setProcessId(node.reference());
        }
        called.setPropagateAllChildVariablesEnabled(true);
    }

    /**
     * Zeebe delivers a message to the instance whose correlation key matches the message's: every
     * case carries its id in the variable {@link BpmnIds#CASE_ID}, and whoever publishes the
     * message names the case by it. A message shared by several waits is subscribed once.
     */
    private void subscription(BpmnPlan.Node node, Set<String> subscribed) {
        IntermediateCatchEvent event = model.getModelElementById(node.id());
        Message message =
                ((MessageEventDefinition) event.getEventDefinitions().iterator().next()).getMessage();
        if (!subscribed.add(message.getId())) {
            return;
        }
        // Zeebe reads a name that starts with '=' as a FEEL expression: such a name is written as a FEEL string.
        if (message.getName().startsWith("=")) {
            message.setName("=" + WfaConditionTranslator.text(message.getName(), Dialect.FEEL));
        }
        extension(message, ZeebeSubscription.class)
                .setCorrelationKey("=" + WfaConditionTranslator.variable(BpmnIds.CASE_ID, Dialect.FEEL));
    }

    /**
     * Zeebe allows one none start event per process; a workflow may have more when its workspace
     * turns the start-count rule off. The first start stays as it is, every other one is started
     * by a message of its own (a message start event needs no correlation key).
     */
    private void messageStart(BpmnPlan plan, BpmnPlan.Node node) {
        StartEvent start = model.getModelElementById(node.id());
        Message message = model.newInstance(Message.class, BpmnIds.startMessage(node.id()));
        message.setName(BpmnIds.startMessageName(plan.processId(), node.id()));
        model.getDefinitions().addChildElement(message);
        MessageEventDefinition definition = model.newInstance(MessageEventDefinition.class, node.id() + "-definition");
        definition.setMessage(message);
        start.getEventDefinitions().add(definition);
    }

    private <T extends io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance> T extension(
            String elementId, Class<T> type) {
        BaseElement element = model.getModelElementById(elementId);
        if (element == null) {
            throw new IllegalStateException("no element '" + elementId + "' to extend for Camunda 8");
        }
        return extension(element, type);
    }

    /** A new extension element of the element; the element's extension elements are created on first use. */
    private <T extends io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance> T extension(
            BaseElement element, Class<T> type) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            extensions = model.newInstance(ExtensionElements.class);
            element.setExtensionElements(extensions);
        }
        return extensions.addExtensionElement(type);
    }
}

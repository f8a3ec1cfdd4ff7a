package org.wfa.dsl.generator.bpmn;

import java.util.LinkedHashMap;
import java.util.Map;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.GatewayDirection;
import org.operaton.bpm.model.bpmn.instance.Activity;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.Collaboration;
import org.operaton.bpm.model.bpmn.instance.ConditionExpression;
import org.operaton.bpm.model.bpmn.instance.DataInputAssociation;
import org.operaton.bpm.model.bpmn.instance.DataObject;
import org.operaton.bpm.model.bpmn.instance.DataObjectReference;
import org.operaton.bpm.model.bpmn.instance.DataOutputAssociation;
import org.operaton.bpm.model.bpmn.instance.Definitions;
import org.operaton.bpm.model.bpmn.instance.Documentation;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.Escalation;
import org.operaton.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.operaton.bpm.model.bpmn.instance.EventBasedGateway;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.LaneSet;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.MessageEventDefinition;
import org.operaton.bpm.model.bpmn.instance.ParallelGateway;
import org.operaton.bpm.model.bpmn.instance.Participant;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.Property;
import org.operaton.bpm.model.bpmn.instance.RootElement;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.TimeDuration;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonIn;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Boundary;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Data;
import org.wfa.dsl.generator.bpmn.BpmnPlan.Flow;
import org.wfa.dsl.generator.diagram.Diagram;

/**
 * Writes a {@link BpmnPlan} into a BPMN model through the model API (never as text): a
 * collaboration with one participant, its executable process with a lane set, the flow nodes,
 * sequence flows and data objects, and for the Operaton and Flowable flavours the extension
 * attributes the engine needs. Elements are created in the plan's order, so the XML is the same every time.
 */
final class BpmnProcessWriter {

    /** How long the engine keeps a finished case's history; Operaton refuses processes without it. */
    static final String HISTORY_TIME_TO_LIVE = "P180D";

    private final BpmnModelInstance model;
    private final BpmnFlavour flavour;
    private final FlowableExtensions flowable;
    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final Map<String, Escalation> escalations = new LinkedHashMap<>();
    private Definitions definitions;
    private Process process;
    /** The root element after which the next message or escalation goes: they precede the process. */
    private RootElement lastRoot;

    BpmnProcessWriter(BpmnModelInstance model, BpmnFlavour flavour) {
        this.model = model;
        this.flavour = flavour;
        this.flowable = new FlowableExtensions(model);
    }

    /** Writes the plan into the model's definitions (which must exist) and returns the collaboration. */
    Collaboration write(BpmnPlan plan) {
        definitions = model.getDefinitions();
        Collaboration collaboration = element(Collaboration.class, BpmnIds.collaboration(plan.processId()));
        definitions.addChildElement(collaboration);
        lastRoot = collaboration;
        // References can only point to elements already in the model: the process goes in first.
        process = element(Process.class, plan.processId());
        definitions.addChildElement(process);
        process.setName(plan.name());
        process.setExecutable(true);
        if (flavour.isOperaton()) {
            process.setOperatonHistoryTimeToLiveString(HISTORY_TIME_TO_LIVE);
        }
        Participant participant = element(Participant.class, BpmnIds.participant(plan.processId()));
        participant.setName(plan.name());
        participant.setProcess(process);
        collaboration.addChildElement(participant);

        LaneSet laneSet = element(LaneSet.class, "laneset-" + plan.processId());
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (Diagram.Lane lane : plan.lanes()) {
            Lane element = element(Lane.class, BpmnIds.lane(lane.id()));
            element.setName(lane.label());
            laneSet.addChildElement(element);
            lanes.put(lane.id(), element);
        }
        process.addChildElement(laneSet);

        for (BpmnPlan.Node node : plan.nodes()) {
            FlowNode element = node(node);
            BpmnDom.append(process, element);
            lanes.get(node.laneId()).getFlowNodeRefs().add(element);
        }
        for (Boundary boundary : plan.boundaries()) {
            BoundaryEvent element = boundary(boundary);
            BpmnDom.append(process, element);
            element.setAttachedTo(model.getModelElementById(boundary.hostId()));
            lanes.get(boundary.laneId()).getFlowNodeRefs().add(element);
        }
        for (Flow flow : plan.flows()) {
            flow(flow);
        }
        for (Data data : plan.data()) {
            data(data);
        }
        return collaboration;
    }

    private FlowNode node(BpmnPlan.Node node) {
        FlowNode element = switch (node.kind()) {
            case START -> element(StartEvent.class, node.id());
            case END -> element(EndEvent.class, node.id());
            case USER_TASK -> userTask(node);
            case SERVICE_TASK -> serviceTask(node);
            case BUSINESS_RULE_TASK -> flavour.isFlowable() ? decisionTask(node) : businessRuleTask(node);
            case CALL_ACTIVITY -> callActivity(node);
            case EXCLUSIVE_GATEWAY -> element(ExclusiveGateway.class, node.id());
            case PARALLEL_FORK -> parallel(node, GatewayDirection.Diverging);
            case PARALLEL_JOIN -> parallel(node, GatewayDirection.Converging);
            case EVENT_GATEWAY -> element(EventBasedGateway.class, node.id());
            case MESSAGE_CATCH -> messageCatch(node);
            case TIMER_CATCH -> timerCatch(node);
            case ESCALATION_END -> escalationEnd(node);
        };
        if (node.name() != null) {
            element.setName(node.kind() == BpmnPlan.Kind.USER_TASK ? flavour.literal(node.name()) : node.name());
        }
        return element;
    }

    private UserTask userTask(BpmnPlan.Node node) {
        UserTask task = element(UserTask.class, node.id());
        if (flavour.isOperaton()) {
            if (!node.groups().isEmpty()) {
                task.setOperatonCandidateGroups(String.join(",", node.groups()));
            }
            if (!node.users().isEmpty()) {
                task.setOperatonCandidateUsers(String.join(",", node.users()));
            }
        } else if (flavour.isFlowable()) {
            flowable.userTask(task, node.groups(), node.users());
        }
        return task;
    }

    /** Systems and agents do their work as external tasks: a worker fetches them by topic. */
    private ServiceTask serviceTask(BpmnPlan.Node node) {
        ServiceTask task = element(ServiceTask.class, node.id());
        if (flavour.isOperaton()) {
            task.setOperatonType("external");
            task.setOperatonTopic(node.reference());
        } else if (flavour.isFlowable()) {
            flowable.externalWorker(task, node.reference());
        }
        return task;
    }

    /**
     * The rule table's DMN decision puts the name of the chosen step into a variable (a single
     * output, hence {@code singleEntry}). Standard BPMN has no attribute for the decision: its id
     * is written in the task's documentation. (Camunda 8's extension is added later, see
     * {@link BpmnZeebeExtensions}.)
     */
    private BusinessRuleTask businessRuleTask(BpmnPlan.Node node) {
        BusinessRuleTask task = element(BusinessRuleTask.class, node.id());
        if (flavour.isOperaton()) {
            task.setOperatonDecisionRef(node.reference());
            task.setOperatonResultVariable(node.label());
            task.setOperatonMapDecisionResult("singleEntry");
        } else if (flavour == BpmnFlavour.STANDARD) {
            Documentation documentation = model.newInstance(Documentation.class, node.id() + "-documentation");
            documentation.setTextContent(
                    "DMN decision '" + node.reference() + "'; result in variable '" + node.label() + "'");
            task.getDocumentations().add(documentation);
        }
        return task;
    }

    /** Flowable evaluates a rule table's DMN decision in a service task (see {@link FlowableExtensions}). */
    private ServiceTask decisionTask(BpmnPlan.Node node) {
        ServiceTask task = element(ServiceTask.class, node.id());
        flowable.decisionTask(task, node.reference(), node.label());
        return task;
    }

    /** The called process sees the caller's case data: a called workflow decides on the same facts. */
    private CallActivity callActivity(BpmnPlan.Node node) {
        CallActivity call = element(CallActivity.class, node.id());
        if (node.reference() != null) {
            call.setCalledElement(node.reference());
        }
        if (flavour.isOperaton()) {
            ExtensionElements extensions = model.newInstance(ExtensionElements.class);
            OperatonIn in = model.newInstance(OperatonIn.class);
            in.setOperatonVariables("all");
            extensions.addChildElement(in);
            call.setExtensionElements(extensions);
        } else if (flavour.isFlowable()) {
            flowable.callActivity(call);
        }
        return call;
    }

    private ParallelGateway parallel(BpmnPlan.Node node, GatewayDirection direction) {
        ParallelGateway gateway = element(ParallelGateway.class, node.id());
        gateway.setGatewayDirection(direction);
        return gateway;
    }

    private IntermediateCatchEvent messageCatch(BpmnPlan.Node node) {
        IntermediateCatchEvent event = element(IntermediateCatchEvent.class, node.id());
        MessageEventDefinition definition = element(MessageEventDefinition.class, node.id() + "-definition");
        definition.setMessage(messages.computeIfAbsent(node.reference(), name -> {
            Message message = element(Message.class, BpmnIds.message(name));
            message.setName(flavour.literal(name));
            return root(message);
        }));
        event.getEventDefinitions().add(definition);
        return event;
    }

    private IntermediateCatchEvent timerCatch(BpmnPlan.Node node) {
        IntermediateCatchEvent event = element(IntermediateCatchEvent.class, node.id());
        event.getEventDefinitions().add(timer(node.id(), node.reference()));
        return event;
    }

    private EndEvent escalationEnd(BpmnPlan.Node node) {
        EndEvent end = element(EndEvent.class, node.id());
        EscalationEventDefinition definition = element(EscalationEventDefinition.class, node.id() + "-definition");
        definition.setEscalation(escalations.computeIfAbsent(node.reference(), code -> {
            Escalation escalation = element(Escalation.class, BpmnIds.escalation(code));
            escalation.setName(node.label());
            escalation.setEscalationCode(code);
            return root(escalation);
        }));
        end.getEventDefinitions().add(definition);
        return end;
    }

    private BoundaryEvent boundary(Boundary boundary) {
        BoundaryEvent event = element(BoundaryEvent.class, boundary.id());
        event.setName(boundary.name());
        event.setCancelActivity(boundary.interrupting());
        event.getEventDefinitions().add(timer(boundary.id(), boundary.duration()));
        return event;
    }

    private TimerEventDefinition timer(String owner, String isoDuration) {
        TimerEventDefinition timer = element(TimerEventDefinition.class, owner + "-timer");
        TimeDuration duration = element(TimeDuration.class, owner + "-duration");
        duration.setTextContent(isoDuration);
        timer.setTimeDuration(duration);
        return timer;
    }

    private void flow(Flow flow) {
        SequenceFlow element = element(SequenceFlow.class, flow.id());
        BpmnDom.append(process, element);
        FlowNode source = model.getModelElementById(flow.sourceId());
        FlowNode target = model.getModelElementById(flow.targetId());
        if (source == null || target == null) {
            throw new IllegalStateException("flow '" + flow.id() + "' connects an element that was not written");
        }
        if (flow.name() != null) {
            element.setName(flow.name());
        }
        element.setSource(source);
        element.setTarget(target);
        source.getOutgoing().add(element);
        target.getIncoming().add(element);
        if (flow.condition() != null) {
            ConditionExpression condition = element(ConditionExpression.class, flow.id() + "-condition");
            condition.setTextContent(flow.condition().in(flavour.conditions()));
            element.setConditionExpression(condition);
        }
        if (flow.isDefault()) {
            if (source instanceof ExclusiveGateway gateway) {
                gateway.setDefault(element);
            } else {
                throw new IllegalStateException("default flow '" + flow.id() + "' must leave an exclusive gateway");
            }
        }
    }

    /**
     * An artifact is a data object; producing stages write it, consuming stages read it. Flowable
     * makes a process variable of every data object and evaluates its name as an expression when
     * a case starts, so the name is written as a literal there (found by the engines as oracle: a
     * title with '${' failed every case).
     */
    private void data(Data data) {
        DataObject object = element(DataObject.class, data.id());
        object.setName(flavour.literal(data.name()));
        BpmnDom.append(process, object);
        DataObjectReference reference = element(DataObjectReference.class, data.referenceId());
        reference.setName(data.name());
        reference.setDataObject(object);
        BpmnDom.append(process, reference);
        for (String producer : data.producers()) {
            Activity task = model.getModelElementById(producer);
            DataOutputAssociation association =
                    element(DataOutputAssociation.class, producer + "-produces-" + data.id());
            task.getDataOutputAssociations().add(association);
            association.setTarget(reference);
        }
        for (String consumer : data.consumers()) {
            Activity task = model.getModelElementById(consumer);
            // A data input association needs a target inside the task: one placeholder property per task.
            Property inputs = model.getModelElementById(BpmnIds.inputs(consumer));
            if (inputs == null) {
                inputs = element(Property.class, BpmnIds.inputs(consumer));
                inputs.setName("__targetRef_placeholder");
                task.getProperties().add(inputs);
            }
            DataInputAssociation association = element(DataInputAssociation.class, consumer + "-consumes-" + data.id());
            task.getDataInputAssociations().add(association);
            association.getSources().add(reference);
            association.setTarget(inputs);
        }
    }

    private <T extends RootElement> T root(T element) {
        definitions.insertElementAfter(element, lastRoot);
        lastRoot = element;
        return element;
    }

    /**
     * A new element with its id: the model API would otherwise give it a random one. The id is
     * given at creation: setting it afterwards makes the API search the whole document for
     * references to update, once per element.
     */
    private <T extends BaseElement> T element(Class<T> type, String id) {
        return model.newInstance(type, id);
    }
}

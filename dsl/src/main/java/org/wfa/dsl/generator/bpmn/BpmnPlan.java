package org.wfa.dsl.generator.bpmn;

import java.util.List;

import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.engine.WfaConditionTranslator;

/**
 * The BPMN process of one workflow, decided but not yet written: which element each step
 * becomes, which elements are added around it (review tasks, approval gateways, SLA timers),
 * the sequence flows and the data objects. The model writer and the diagram writer both read
 * it, so the process and its diagram cannot disagree. All lists are in source order.
 *
 * @param processId    the process id ({@link BpmnIds#process})
 * @param name         the workflow's title
 * @param lanes        the lanes of the workflow's swimlane diagram
 * @param nodes        every flow node but the boundary events
 * @param boundaries   the SLA timers, attached to their steps
 * @param flows        every sequence flow
 * @param data         the artifacts the workflow's stages produce or consume
 */
public record BpmnPlan(
        String processId,
        String name,
        List<Diagram.Lane> lanes,
        List<Node> nodes,
        List<Boundary> boundaries,
        List<Flow> flows,
        List<Data> data) {

    public BpmnPlan {
        lanes = List.copyOf(lanes);
        nodes = List.copyOf(nodes);
        boundaries = List.copyOf(boundaries);
        flows = List.copyOf(flows);
        data = List.copyOf(data);
    }

    public enum Kind {
        START,
        END,
        USER_TASK,
        SERVICE_TASK,
        BUSINESS_RULE_TASK,
        CALL_ACTIVITY,
        EXCLUSIVE_GATEWAY,
        PARALLEL_FORK,
        PARALLEL_JOIN,
        EVENT_GATEWAY,
        MESSAGE_CATCH,
        TIMER_CATCH,
        ESCALATION_END
    }

    /**
     * A flow node. Which of the optional fields are set depends on the kind: build one with the
     * factory of its kind ({@link #userTask}, {@link #callActivity}...), which names them.
     *
     * @param groups    candidate groups (roles) of a user task
     * @param users     candidate users (named persons) of a user task
     * @param reference a service task's topic, a call's called process id, a business rule task's
     *                  DMN decision id, a catch event's message name or timer duration, an
     *                  escalation end's escalation code
     * @param label     a second text: an escalation's name, a rule task's result variable
     */
    public record Node(
            String id,
            Kind kind,
            String name,
            String laneId,
            List<String> groups,
            List<String> users,
            String reference,
            String label) {

        public Node {
            groups = List.copyOf(groups);
            users = List.copyOf(users);
        }

        public static Node start(String id, String name, String laneId) {
            return plain(id, Kind.START, name, laneId);
        }

        public static Node end(String id, String name, String laneId) {
            return plain(id, Kind.END, name, laneId);
        }

        /**
         * @param groups the roles that may claim the task
         * @param users  the named persons who may claim it
         */
        public static Node userTask(String id, String name, String laneId, List<String> groups, List<String> users) {
            return new Node(id, Kind.USER_TASK, name, laneId, groups, users, null, null);
        }

        /** Work a system or an AI agent does: a worker fetches it by the topic. */
        public static Node serviceTask(String id, String name, String laneId, String topic) {
            return new Node(id, Kind.SERVICE_TASK, name, laneId, List.of(), List.of(), topic, null);
        }

        /** A DMN decision run by the engine, its result stored in a process variable. */
        public static Node businessRuleTask(
                String id, String name, String laneId, String decisionId, String resultVariable) {
            return new Node(
                    id, Kind.BUSINESS_RULE_TASK, name, laneId, List.of(), List.of(), decisionId, resultVariable);
        }

        /** @param calledProcessId null when the called workflow is not known */
        public static Node callActivity(String id, String name, String laneId, String calledProcessId) {
            return new Node(id, Kind.CALL_ACTIVITY, name, laneId, List.of(), List.of(), calledProcessId, null);
        }

        /** @param name null for a gateway that only merges routes */
        public static Node exclusiveGateway(String id, String name, String laneId) {
            return plain(id, Kind.EXCLUSIVE_GATEWAY, name, laneId);
        }

        public static Node parallelFork(String id, String name, String laneId) {
            return plain(id, Kind.PARALLEL_FORK, name, laneId);
        }

        public static Node parallelJoin(String id, String name, String laneId) {
            return plain(id, Kind.PARALLEL_JOIN, name, laneId);
        }

        public static Node eventGateway(String id, String name, String laneId) {
            return plain(id, Kind.EVENT_GATEWAY, name, laneId);
        }

        public static Node messageCatch(String id, String name, String laneId, String message) {
            return new Node(id, Kind.MESSAGE_CATCH, name, laneId, List.of(), List.of(), message, null);
        }

        /** @param isoDuration the timer's duration, as ISO 8601 ("PT2H") */
        public static Node timerCatch(String id, String name, String laneId, String isoDuration) {
            return new Node(id, Kind.TIMER_CATCH, name, laneId, List.of(), List.of(), isoDuration, null);
        }

        /** An end that throws an escalation (an SLA breached without a breach route). */
        public static Node escalationEnd(
                String id, String name, String laneId, String escalationCode, String escalationName) {
            return new Node(
                    id, Kind.ESCALATION_END, name, laneId, List.of(), List.of(), escalationCode, escalationName);
        }

        private static Node plain(String id, Kind kind, String name, String laneId) {
            return new Node(id, kind, name, laneId, List.of(), List.of(), null, null);
        }
    }

    /**
     * A timer boundary event of an SLA.
     *
     * @param interrupting whether the timer cancels its host (an SLA with a breach route)
     */
    public record Boundary(
            String id, String hostId, String name, String duration, boolean interrupting, String laneId) {}

    /**
     * @param condition the flow's condition, or null
     * @param isDefault whether the flow is its gateway's default (an {@code otherwise} or a rejection)
     */
    public record Flow(
            String id, String sourceId, String targetId, String name, Condition condition, boolean isDefault) {}

    /**
     * A condition in each language the flavours' engines read, translated when planning: the
     * translation needs the EMF model, which the parallel rendering must not touch.
     *
     * @param juel for Operaton / Camunda 7 and the standard flavour: {@code ${...}}
     * @param feel for Camunda 8 (Zeebe): {@code =...}
     */
    public record Condition(String juel, String feel) {

        /** The condition in the language of a flavour's engine. */
        public String in(WfaConditionTranslator.Dialect dialect) {
            return switch (dialect) {
                case JUEL -> juel;
                case FEEL -> feel;
                case JQ -> throw new IllegalArgumentException("no BPMN engine reads jq");
            };
        }
    }

    /**
     * An artifact as a data object, with the tasks that produce and consume it.
     */
    public record Data(String id, String referenceId, String name, List<String> producers, List<String> consumers) {

        public Data {
            producers = List.copyOf(producers);
            consumers = List.copyOf(consumers);
        }
    }
}

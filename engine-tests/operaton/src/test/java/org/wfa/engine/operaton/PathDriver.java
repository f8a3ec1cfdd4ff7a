package org.wfa.engine.operaton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.operaton.bpm.model.bpmn.instance.MessageEventDefinition;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.generator.docs.WfaRefs;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.engine.operaton.ConditionSolver.Constraint;
import org.wfa.engine.operaton.Move.Exit;

/**
 * Runs one path of a workflow on the engine, as the people and systems of the path would: it
 * completes each user task as a member of the candidate group the .wfa model names, completes
 * external tasks by their topic, decides approvals, delivers the messages waits wait for, and
 * fires a timer only where the path breaches an SLA or times out. Before each piece of work it
 * sets the case data that the decisions up to the next piece of work need.
 */
final class PathDriver {

    private final ProcessEngine engine;
    private final WfaRefs refs;
    /** The generated BPMN of each workflow, by process id. */
    private final Function<String, BpmnModelInstance> models;
    /** The path a called workflow takes when it is called. */
    private final Function<Workflow, List<Move>> calledPath;

    PathDriver(ProcessEngine engine, WfaRefs refs, Function<String, BpmnModelInstance> models,
            Function<Workflow, List<Move>> calledPath) {
        this.engine = engine;
        this.refs = refs;
        this.models = models;
        this.calledPath = calledPath;
    }

    /** Starts a case of the workflow and drives it along the path; returns the process instance id. */
    String start(Workflow workflow, List<Move> path) {
        String processId = BpmnIds.process(refs.of(workflow).name());
        Map<String, Object> data = ConditionSolver.solve(constraintsAfter(path, -1),
                ConditionSolver.defaults(workflow));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(processId, data);
        drive(instance.getId(), workflow, path, data);
        return instance.getId();
    }

    /** Drives an instance that is already running (a called workflow) along the path. */
    void drive(String instanceId, Workflow workflow, List<Move> path, Map<String, Object> data) {
        BpmnModelInstance model = models.apply(BpmnIds.process(refs.of(workflow).name()));
        for (int i = 0; i < path.size(); i++) {
            Move move = path.get(i);
            if (!isWork(move)) {
                continue;
            }
            Map<String, Object> solved = ConditionSolver.solve(constraintsAfter(path, i), data);
            data.clear();
            data.putAll(solved);
            engine.getRuntimeService().setVariables(instanceId, data);
            act(instanceId, move, model);
        }
    }

    /** Whether the engine waits for someone at this move. */
    private static boolean isWork(Move move) {
        return move.step() instanceof Activity || move.step() instanceof Approval || move.step() instanceof Wait;
    }

    /** The decisions between a move and the next piece of work, as constraints on the case data. */
    private static List<Constraint> constraintsAfter(List<Move> path, int from) {
        List<Constraint> constraints = new ArrayList<>();
        for (int i = from + 1; i < path.size() && !isWork(path.get(i)); i++) {
            Move move = path.get(i);
            if (move.step() instanceof Decision decision && decision.getTable() == null) {
                int taken = move.exit() == Exit.OUTCOME ? move.index() : decision.getOutcomes().size();
                for (int o = 0; o < taken; o++) {
                    constraints.add(new Constraint(decision.getOutcomes().get(o).getCondition(), false));
                }
                if (move.exit() == Exit.OUTCOME) {
                    constraints.add(new Constraint(decision.getOutcomes().get(taken).getCondition(), true));
                }
            }
        }
        return constraints;
    }

    private void act(String instanceId, Move move, BpmnModelInstance model) {
        EObject step = move.step();
        String id = BpmnIds.step(((Node) step).getName());
        if (move.exit() == Exit.SLA_BREACH) {
            fireTimer(instanceId, BpmnIds.slaTimer(id, move.index() + 1));
        } else if (step instanceof Wait wait) {
            if (move.exit() == Exit.TIMEOUT) {
                fireTimer(instanceId, BpmnIds.waitTimeout(wait.getName()));
            } else {
                String event = wait.getTimeout() == null ? id : BpmnIds.waitEvent(wait.getName());
                IntermediateCatchEvent catchEvent = model.getModelElementById(event);
                String message = catchEvent.getEventDefinitions().stream()
                        .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
                        .findFirst().orElseThrow().getMessage().getName();
                engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(instanceId).correlate();
            }
        } else if (step instanceof Approval approval) {
            completeUserTask(instanceId, id, approval.getApprovers(),
                    Map.of(BpmnIds.approvedVariable(approval.getName()), move.exit() == Exit.APPROVED));
        } else if (step instanceof Call call) {
            ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(instanceId).active().singleResult();
            assertNotNull(called, "call '" + call.getName() + "' started no process");
            Map<String, Object> data = new LinkedHashMap<>(ConditionSolver.defaults(call.getCalled()));
            drive(called.getId(), call.getCalled(), calledPath.apply(call.getCalled()), data);
        } else if (step instanceof Activity activity) {
            if (model.getModelElementById(id) instanceof ServiceTask task) {
                completeExternalTask(instanceId, id, task.getOperatonTopic());
                if (activity instanceof Stage stage && !stage.getReviewers().isEmpty()
                        && model.getModelElementById(BpmnIds.review(stage.getName())) != null) {
                    completeUserTask(instanceId, BpmnIds.review(stage.getName()), stage.getReviewers(), Map.of());
                }
            } else {
                completeUserTask(instanceId, id, activity.getResponsible(), Map.of());
            }
        }
    }

    /** Completes the task as a member of the first role the model gives the work to (or as the named person). */
    private void completeUserTask(String instanceId, String taskId, List<Party> parties, Map<String, Object> variables) {
        var query = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskId);
        Party party = parties.stream().filter(p -> p instanceof Role || p instanceof Person).findFirst().orElse(null);
        if (party instanceof Role) {
            query = query.taskCandidateGroup(refs.of(party).name());
        } else if (party instanceof Person) {
            query = query.taskCandidateUser(refs.of(party).name());
        }
        Task task = query.singleResult();
        assertNotNull(task, "no task '" + taskId + "' for '" + (party == null ? "anyone" : refs.of(party).name()) + "'");
        String user = party == null ? "wfa-test" : "member-of-" + refs.of(party).name();
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), variables);
    }

    private void completeExternalTask(String instanceId, String activityId, String topic) {
        List<LockedExternalTask> tasks = engine.getExternalTaskService().fetchAndLock(100, "wfa-worker")
                .topic(topic, 60_000).execute();
        LockedExternalTask mine = tasks.stream()
                .filter(t -> t.getProcessInstanceId().equals(instanceId) && t.getActivityId().equals(activityId))
                .findFirst().orElse(null);
        assertNotNull(mine, "no external task '" + activityId + "' on topic '" + topic + "'");
        // Release what was locked for other activities, so that they can be fetched when their turn comes.
        tasks.stream().filter(t -> t != mine).forEach(t -> engine.getExternalTaskService().unlock(t.getId()));
        engine.getExternalTaskService().complete(mine.getId(), "wfa-worker");
    }

    private void fireTimer(String instanceId, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instanceId).activityId(activityId)
                .timers().singleResult();
        assertNotNull(job, "no timer '" + activityId + "'");
        engine.getManagementService().executeJob(job.getId());
    }

    /** The end event the instance ended in. */
    String endOf(String instanceId) {
        var history = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult();
        assertEquals("COMPLETED", history.getState(), "instance '" + instanceId + "' did not complete");
        return history.getEndActivityId();
    }
}

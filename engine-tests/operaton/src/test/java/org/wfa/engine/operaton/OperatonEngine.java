package org.wfa.engine.operaton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.externaltask.ExternalTask;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.management.JobDefinition;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.runtime.EventSubscription;
import org.operaton.bpm.engine.runtime.Execution;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.engine.paths.Engine;

/** An in-process Operaton engine on an in-memory H2 database, with full history and no job executor. */
final class OperatonEngine implements Engine {

    private static final String WORKER = "wfa-worker";

    private final ProcessEngine engine;

    /**
     * Timers fire only when a test executes their job, so that a path breaches an SLA exactly
     * where it should; full history, because the tests read the activities visited.
     */
    OperatonEngine(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
    }

    @Override
    public WfaTarget target() {
        return WfaTarget.BPMN_OPERATON;
    }

    @Override
    public void deploy(List<GeneratedFile> files) {
        DeploymentBuilder deployment =
                engine.getRepositoryService().createDeployment().name("examples");
        for (GeneratedFile file : files) {
            deployment.addString(file.path().substring(file.path().lastIndexOf('/') + 1), file.content());
        }
        deployment.deploy();
    }

    @Override
    public String start(String processKey, Map<String, Object> variables) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
        return instance.getId();
    }

    @Override
    public void setVariables(String instanceId, Map<String, Object> variables) {
        engine.getRuntimeService().setVariables(instanceId, variables);
    }

    @Override
    public void completeUserTask(
            String instanceId, String taskId, String group, String user, Map<String, Object> variables) {
        var query = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instanceId)
                .taskDefinitionKey(taskId);
        if (group != null) {
            query = query.taskCandidateGroup(group);
        } else if (user != null) {
            query = query.taskCandidateUser(user);
        }
        // Several tasks of one definition only when a step got a second token (a lack of
        // synchronisation the soundness oracle replays): the tokens are alike, any one will do.
        Task task = query.list().stream().findFirst().orElse(null);
        assertNotNull(task, "no task '" + taskId + "' for '" + Engine.candidate(group, user) + "'");
        engine.getTaskService().claim(task.getId(), Engine.claimant(group, user));
        engine.getTaskService().complete(task.getId(), variables);
    }

    @Override
    public void completeServiceTask(String instanceId, ServiceTask task) {
        String topic = task.getOperatonTopic();
        List<LockedExternalTask> tasks = engine.getExternalTaskService()
                .fetchAndLock(100, WORKER)
                .topic(topic, 60_000)
                .execute();
        LockedExternalTask mine = tasks.stream()
                .filter(t -> t.getProcessInstanceId().equals(instanceId)
                        && t.getActivityId().equals(task.getId()))
                .findFirst()
                .orElse(null);
        assertNotNull(mine, "no external task '" + task.getId() + "' on topic '" + topic + "'");
        // Release what was locked for other activities, so that they can be fetched when their turn comes.
        tasks.stream()
                .filter(t -> t != mine)
                .forEach(t -> engine.getExternalTaskService().unlock(t.getId()));
        engine.getExternalTaskService().complete(mine.getId(), WORKER);
    }

    @Override
    public void correlateMessage(String instanceId, String messageName) {
        // One execution of the case, as one token receives the message (several wait only after a
        // lack of synchronisation, which the soundness oracle replays).
        Execution waiting = engine
                .getRuntimeService()
                .createExecutionQuery()
                .processInstanceId(instanceId)
                .messageEventSubscriptionName(messageName)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        assertNotNull(waiting, "no execution of '" + instanceId + "' waits for message '" + messageName + "'");
        engine.getRuntimeService().messageEventReceived(messageName, waiting.getId());
    }

    @Override
    public void fireTimer(String instanceId, String timerEventId) {
        Job job = engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instanceId)
                .activityId(timerEventId)
                .timers()
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        assertNotNull(job, "no timer '" + timerEventId + "'");
        engine.getManagementService().executeJob(job.getId());
    }

    @Override
    public String calledInstance(String instanceId) {
        ProcessInstance called = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(instanceId)
                .active()
                .singleResult();
        return called == null ? null : called.getId();
    }

    @Override
    public String endOf(String instanceId) {
        var history = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult();
        assertEquals("COMPLETED", history.getState(), "instance '" + instanceId + "' did not complete");
        return history.getEndActivityId();
    }

    @Override
    public List<String> visitedActivities(String instanceId) {
        return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    @Override
    public void delete(String instanceId) {
        engine.getRuntimeService().deleteProcessInstance(instanceId, "replayed");
    }

    @Override
    public CaseState state(String instanceId) {
        var history = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult();
        List<String> active = engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .unfinished()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .sorted()
                .toList();
        List<String> work = new ArrayList<>();
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .forEach(work::add);
        engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(instanceId).list().stream()
                .map(ExternalTask::getActivityId)
                .forEach(work::add);
        var management = engine.getManagementService();
        // An Operaton job names its activity through its definition.
        for (Job job : management.createJobQuery().processInstanceId(instanceId).list()) {
            JobDefinition definition = management
                    .createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            work.add(definition == null ? "job " + job.getId() : definition.getActivityId());
        }
        engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instanceId).list().stream()
                .map(EventSubscription::getActivityId)
                .forEach(work::add);
        work.sort(null);
        return new CaseState(history.getEndTime() != null, active, work);
    }

    @Override
    public void close() {
        engine.close();
    }
}

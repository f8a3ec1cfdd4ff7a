package org.wfa.engine.flowable;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.db.DbIdGenerator;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.eventsubscription.api.EventSubscription;
import org.flowable.job.api.AcquiredExternalWorkerJob;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.engine.paths.Engine;

/**
 * An in-process Flowable 8 engine on an in-memory H2 database, with full history and no async
 * executor: timers and the jobs that external-worker completions leave run only when a test
 * executes them, so a path breaches an SLA exactly where it should.
 */
final class FlowableEngine implements Engine {

    static final String FLOWABLE_NS = "http://flowable.org/bpmn";

    private static final String WORKER = "wfa-worker";

    private final ProcessEngine engine;
    private final FeelDecisions decisions = new FeelDecisions();
    private final FlowableHistory history;

    FlowableEngine(String name) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
        configuration.setEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        // Schema created, never dropped: the in-memory database goes with the JVM, and Flowable's H2
        // drop script fails on H2 2.3 ("Index ... belongs to constraint"), logging errors on close.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.FULL);
        configuration.setAsyncExecutorActivate(false);
        // Ids from one database sequence, in creation order: the history's tie-breaker (FlowableHistory).
        configuration.setIdGenerator(new DbIdGenerator());
        engine = configuration.buildProcessEngine();
        history = new FlowableHistory(engine);
        StandInDmnEngineConfiguration.install(configuration, decisions);
    }

    @Override
    public WfaTarget target() {
        return WfaTarget.BPMN_FLOWABLE;
    }

    /** The BPMN goes to Flowable; the DMN to the decisions that stand in for Flowable's DMN engine. */
    @Override
    public void deploy(List<GeneratedFile> files) {
        DeploymentBuilder deployment =
                engine.getRepositoryService().createDeployment().name("examples");
        for (GeneratedFile file : files) {
            if (file.path().endsWith(".dmn")) {
                decisions.add(file.content());
            } else {
                // An exclusive job locks its case while a worker holds it, so that a second
                // external task of the case on the same topic (parallel branches) cannot be
                // acquired: the test's worker acquires one task at a time, none needs to be exclusive.
                deployment.addString(
                        file.path().substring(file.path().lastIndexOf('/') + 1),
                        file.content()
                                .replace(
                                        "flowable:type=\"external-worker\"",
                                        "flowable:type=\"external-worker\" flowable:exclusive=\"false\""));
            }
        }
        deployment.deploy();
    }

    @Override
    public String start(String processKey, Map<String, Object> variables) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(processKey, variables)
                .getId();
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

    /**
     * Acquires the task's job on its topic as a worker would, completes it, and runs the job
     * Flowable leaves to move the case on (the async executor that would run it is off).
     */
    @Override
    public void completeServiceTask(String instanceId, ServiceTask task) {
        String topic = task.getAttributeValueNs(FLOWABLE_NS, "topic");
        assertNotNull(topic, "service task '" + task.getId() + "' has no 'flowable:topic'");
        var management = engine.getManagementService();
        // Acquisition is by topic across all instances: other cases' jobs are released again.
        List<AcquiredExternalWorkerJob> jobs = management
                .createExternalWorkerJobAcquireBuilder()
                .topic(topic, Duration.ofMinutes(1))
                .acquireAndLock(100, WORKER);
        AcquiredExternalWorkerJob mine = jobs.stream()
                .filter(j -> instanceId.equals(j.getProcessInstanceId())
                        && task.getId().equals(j.getElementId()))
                .findFirst()
                .orElse(null);
        jobs.stream().filter(j -> j != mine).forEach(j -> management.unacquireExternalWorkerJob(j.getId(), WORKER));
        assertNotNull(mine, "no external-worker job for '" + task.getId() + "' on topic '" + topic + "'");
        management.createExternalWorkerCompletionBuilder(mine.getId(), WORKER).complete();
        Job continuation = management
                .createJobQuery()
                .processInstanceId(instanceId)
                .elementId(task.getId())
                .singleResult();
        assertNotNull(continuation, "no job continues the case after '" + task.getId() + "'");
        management.executeJob(continuation.getId());
    }

    @Override
    public void correlateMessage(String instanceId, String messageName) {
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

    /** A timer job becomes executable when it is due; the test makes it due now and runs it. */
    @Override
    public void fireTimer(String instanceId, String timerEventId) {
        var management = engine.getManagementService();
        Job timer =
                management.createTimerJobQuery().processInstanceId(instanceId).elementId(timerEventId).list().stream()
                        .findFirst()
                        .orElse(null);
        assertNotNull(timer, "no timer '" + timerEventId + "'");
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
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
        HistoricProcessInstance history = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult();
        assertNotNull(history.getEndTime(), "instance '" + instanceId + "' did not complete");
        assertNull(history.getDeleteReason(), "instance '" + instanceId + "' was deleted");
        return history.getEndActivityId();
    }

    /**
     * Flowable's history has no occurrence order and records more than what ran: the activities
     * are sorted by start time, then by id (ids come from one sequence, in the order the engine
     * created the records), and sequence flows and boundary events that never fired (ended with
     * a delete reason, cancelled with their host) are left out.
     */
    /** See {@link FlowableHistory} for how Flowable's history becomes the visited activities. */
    @Override
    public List<String> visitedActivities(String instanceId) {
        return history.visited(instanceId);
    }

    @Override
    public void delete(String instanceId) {
        engine.getRuntimeService().deleteProcessInstance(instanceId, "replayed");
    }

    @Override
    public CaseState state(String instanceId) {
        HistoricProcessInstance instance = engine.getHistoryService()
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
                .filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId)
                .sorted()
                .toList();
        List<String> work = new ArrayList<>();
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .forEach(work::add);
        var management = engine.getManagementService();
        management.createExternalWorkerJobQuery().processInstanceId(instanceId).list().stream()
                .map(Job::getElementId)
                .forEach(work::add);
        management.createJobQuery().processInstanceId(instanceId).list().stream()
                .map(Job::getElementId)
                .forEach(work::add);
        management.createTimerJobQuery().processInstanceId(instanceId).list().stream()
                .map(Job::getElementId)
                .forEach(work::add);
        engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instanceId).list().stream()
                .map(EventSubscription::getActivityId)
                .forEach(work::add);
        work.sort(null);
        return new CaseState(instance.getEndTime() != null, active, work);
    }

    @Override
    public void close() {
        engine.close();
    }
}

package org.wfa.engine.paths;

import java.util.List;
import java.util.Map;

import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.generator.GeneratedFile;

/**
 * What running a path needs from a workflow engine: the few operations through which people,
 * workers and time act on a case, and what the engine's history says happened. Each engine's
 * test module implements it with the engine's own API; every method fails the test (with the
 * ids it looked for) when the engine has no such task, job or instance.
 */
public interface Engine extends AutoCloseable {

    /** The BPMN flavour the engine runs. */
    WfaTarget target();

    /** Deploys the generated BPMN and DMN files together. */
    void deploy(List<GeneratedFile> files);

    /** Starts a case of the process; returns the instance id. */
    String start(String processKey, Map<String, Object> variables);

    void setVariables(String instanceId, Map<String, Object> variables);

    /**
     * Completes the instance's task of this definition as a member of the candidate group, or as
     * the candidate user; with neither, as anyone. The task must offer itself to them.
     */
    void completeUserTask(String instanceId, String taskId, String group, String user, Map<String, Object> variables);

    /** Completes a service task as the worker that subscribes to its topic or job type would. */
    void completeServiceTask(String instanceId, ServiceTask task);

    void correlateMessage(String instanceId, String messageName);

    /** Fires the timer of this event of the instance now. */
    void fireTimer(String instanceId, String timerEventId);

    /** The active instance that a call activity of this instance started. */
    String calledInstance(String instanceId);

    /** The end event the instance completed in; fails if it has not completed. */
    String endOf(String instanceId);

    /** The ids of the activities the instance visited, in the order they started. */
    List<String> visitedActivities(String instanceId);

    /** Deletes a running instance (a replayed case left stuck), so that its open work is gone. */
    void delete(String instanceId);

    /** Where the instance is now (see {@link CaseState}); for an instance that has ended, nothing is open. */
    CaseState state(String instanceId);

    /**
     * What a case is doing at one moment, as the engine's runtime says.
     *
     * @param ended   the instance has completed
     * @param active  the activity ids of its unfinished activity instances, sorted, one per token:
     *     tasks, catch events and the parallel gateways where a token waits for the other branches
     * @param work    the activity ids of what someone or something outside the engine can act on,
     *     sorted: open user tasks, external (worker) tasks, timer jobs and message subscriptions. A
     *     case whose tokens all wait at gateways has none: it can never move on
     */
    record CaseState(boolean ended, List<String> active, List<String> work) {

        public boolean stuck() {
            return !ended && work.isEmpty();
        }
    }

    @Override
    void close();

    /** Who a user task is completed by in a test: the named user, a member of the group, or anyone. */
    static String claimant(String group, String user) {
        return user != null ? user : group != null ? "member-of-" + group : "wfa-test";
    }

    /** Whom a user task was looked for, for the message when there is none. */
    static String candidate(String group, String user) {
        return group != null ? group : user != null ? user : "anyone";
    }
}

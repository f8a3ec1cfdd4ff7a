package org.wfa.engine.flowable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.wfa.dsl.generator.GeneratedFile;

/**
 * What {@link FlowableEngine#visitedActivities} makes of Flowable's history, on a task with two
 * timers: one that only reminds (non-interrupting) and one that ends the task.
 */
class FlowableEngineHistoryTest {

    private static FlowableEngine engine;

    @BeforeAll
    static void deploy() {
        engine = new FlowableEngine("wfa-history");
        BpmnModelInstance model = Bpmn.createExecutableProcess("timers")
                .startEvent("start")
                .userTask("task")
                .boundaryEvent("remind")
                .cancelActivity(false)
                .timerWithDuration("PT1H")
                .endEvent("reminded")
                .moveToActivity("task")
                .boundaryEvent("late")
                .timerWithDuration("PT2H")
                .endEvent("lapsed")
                .moveToActivity("task")
                .endEvent("done")
                .done();
        engine.deploy(List.of(new GeneratedFile("bpmn-flowable/timers.bpmn", Bpmn.convertToString(model))));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void sequenceFlowsAndTimersThatNeverFiredAreLeftOut() {
        String instance = engine.start("timers", Map.of());
        engine.completeUserTask(instance, "task", null, null, Map.of());
        assertEquals(List.of("start", "task", "done"), engine.visitedActivities(instance));
        assertEquals("done", engine.endOf(instance));
    }

    @Test
    void firedTimersAppearWhenTheyFired() {
        String instance = engine.start("timers", Map.of());
        engine.fireTimer(instance, "remind");
        engine.fireTimer(instance, "late");
        assertEquals(
                List.of("start", "task", "remind", "reminded", "late", "lapsed"), engine.visitedActivities(instance));
        assertEquals("lapsed", engine.endOf(instance));
    }
}

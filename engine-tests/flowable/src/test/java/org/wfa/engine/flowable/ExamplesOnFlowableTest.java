package org.wfa.engine.flowable;

import org.wfa.engine.paths.Engine;
import org.wfa.engine.paths.ExamplesOnEngineTest;

/**
 * Deploys the {@code bpmn:flowable} output of every example to Flowable 8 and runs every path of
 * each workflow; rule tables run through Flowable's decision tasks, their DMN evaluated by
 * {@link FeelDecisions}.
 */
class ExamplesOnFlowableTest extends ExamplesOnEngineTest {

    @Override
    protected Engine createEngine() {
        return new FlowableEngine("wfa-examples");
    }
}

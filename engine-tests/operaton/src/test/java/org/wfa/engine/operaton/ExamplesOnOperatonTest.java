package org.wfa.engine.operaton;

import org.wfa.engine.paths.Engine;
import org.wfa.engine.paths.ExamplesOnEngineTest;

/**
 * Deploys the {@code bpmn:operaton} and {@code dmn} output of every example to Operaton and runs
 * every path of each workflow, rule tables included.
 */
class ExamplesOnOperatonTest extends ExamplesOnEngineTest {

    @Override
    protected Engine createEngine() {
        return new OperatonEngine("wfa-examples");
    }
}

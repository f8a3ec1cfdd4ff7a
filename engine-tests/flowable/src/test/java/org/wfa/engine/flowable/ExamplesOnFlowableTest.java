package org.wfa.engine.flowable;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.wfa.engine.paths.ExamplePaths;

/**
 * Deploys the {@code bpmn:flowable} output of every example to Flowable 8 and runs every path of
 * each workflow; rule tables run through Flowable's decision tasks, their DMN evaluated by
 * {@link FeelDecisions}.
 */
class ExamplesOnFlowableTest {

    private static FlowableEngine engine;
    private static ExamplePaths examples;

    @BeforeAll
    static void deployExamples() throws Exception {
        engine = new FlowableEngine("wfa-examples");
        examples = new ExamplePaths(engine);
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyPathOfEveryExampleRunsAsModelled() {
        return examples.tests().stream();
    }
}

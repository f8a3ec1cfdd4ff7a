package org.wfa.engine.operaton;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.wfa.engine.paths.ExamplePaths;

/**
 * Deploys the {@code bpmn:operaton} and {@code dmn} output of every example to Operaton and runs
 * every path of each workflow, rule tables included.
 */
class ExamplesOnOperatonTest {

    private static OperatonEngine engine;
    private static ExamplePaths examples;

    @BeforeAll
    static void deployExamples() throws Exception {
        engine = new OperatonEngine("wfa-examples");
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

package org.wfa.engine.paths;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every path of every example on one engine (see {@link ExamplePaths}); each engine module's test
 * says only which engine. One engine per class: building one takes seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExamplesOnEngineTest {

    private Engine engine;
    private ExamplePaths examples;

    /** A fresh engine, ready for deployment. */
    protected abstract Engine createEngine();

    @BeforeAll
    void deployExamples() throws Exception {
        engine = createEngine();
        examples = new ExamplePaths(engine);
    }

    @AfterAll
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyPathOfEveryExampleRunsAsModelled() {
        return examples.tests().stream();
    }
}

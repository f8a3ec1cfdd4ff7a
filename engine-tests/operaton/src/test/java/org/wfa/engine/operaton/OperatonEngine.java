package org.wfa.engine.operaton;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** An in-process Operaton engine on an in-memory H2 database, with full history and no job executor. */
final class OperatonEngine {

    private OperatonEngine() {
    }

    /**
     * Timers fire only when a test executes their job, so that a path breaches an SLA exactly
     * where it should; full history, because the tests read the activities visited.
     */
    static ProcessEngine create(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        return configuration.buildProcessEngine();
    }
}

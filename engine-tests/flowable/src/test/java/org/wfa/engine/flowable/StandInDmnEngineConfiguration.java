package org.wfa.engine.flowable;

import java.io.InputStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.db.SchemaManager;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DecisionExecutionAuditContainer;
import org.flowable.dmn.api.DecisionServiceExecutionAuditContainer;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.api.DmnEngineConfigurationApi;
import org.flowable.dmn.api.DmnHistoryService;
import org.flowable.dmn.api.DmnManagementService;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.dmn.api.ExecuteDecisionBuilder;
import org.flowable.dmn.api.ExecuteDecisionContext;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Takes the place of Flowable's DMN engine in the process engine, so that Flowable's own
 * decision-task behaviour ({@code flowable:type="dmn"}: reading the decision key field, passing
 * the case's variables, putting a single result's outputs into process variables, leaving the
 * task) runs unchanged, while the decision is evaluated by {@link FeelDecisions}.
 *
 * <p>Why not Flowable's DMN engine: {@code org.flowable:flowable-dmn-engine} 8.0.0 (and its
 * configurator) are not served by the Maven registry this project builds from, while the
 * process engine is; and Flowable's DMN engine reads input entries as JUEL with the input
 * prepended, not as FEEL unary tests, so {@code not("X")} and {@code "A","B"} of our DMN would
 * not mean what they say there (see docs/generators.md). Only the evaluation is replaced; every
 * process step still runs on Flowable.
 */
final class StandInDmnEngineConfiguration extends AbstractEngineConfiguration implements DmnEngineConfigurationApi {

    private final FeelDecisions decisions;

    private StandInDmnEngineConfiguration(FeelDecisions decisions) {
        this.decisions = decisions;
    }

    /** Registers the stand-in where the process engine looks up its DMN engine. */
    static void install(ProcessEngineConfigurationImpl process, FeelDecisions decisions) {
        process.getEngineConfigurations()
                .put(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG, new StandInDmnEngineConfiguration(decisions));
    }

    @Override
    public DmnDecisionService getDmnDecisionService() {
        return new DecisionService();
    }

    @Override
    public DmnRepositoryService getDmnRepositoryService() {
        throw new UnsupportedOperationException("the stand-in DMN engine only evaluates decisions");
    }

    @Override
    public DmnManagementService getDmnManagementService() {
        throw new UnsupportedOperationException("the stand-in DMN engine only evaluates decisions");
    }

    @Override
    public DmnHistoryService getDmnHistoryService() {
        throw new UnsupportedOperationException("the stand-in DMN engine only evaluates decisions");
    }

    @Override
    public String getEngineCfgKey() {
        return EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG;
    }

    @Override
    public String getEngineScopeType() {
        return "dmn";
    }

    @Override
    public String getEngineName() {
        return "wfa-feel-decisions";
    }

    @Override
    protected SchemaManager createEngineSchemaManager() {
        return null;
    }

    @Override
    public CommandInterceptor createTransactionInterceptor() {
        return null;
    }

    @Override
    protected void initDbSqlSessionFactoryEntitySettings() {}

    @Override
    public InputStream getMyBatisXmlConfigurationStream() {
        return null;
    }

    /** The one call Flowable's decision task makes: build, then execute with an audit trail. */
    private final class DecisionService implements DmnDecisionService {

        @Override
        public ExecuteDecisionBuilder createExecuteDecisionBuilder() {
            return new Builder();
        }

        @Override
        public DecisionExecutionAuditContainer executeWithAuditTrail(ExecuteDecisionBuilder builder) {
            return builder.executeWithAuditTrail();
        }

        @Override
        public Map<String, Object> executeWithSingleResult(ExecuteDecisionBuilder builder) {
            throw unsupported();
        }

        @Override
        public List<Map<String, Object>> executeDecision(ExecuteDecisionBuilder builder) {
            throw unsupported();
        }

        @Override
        public Map<String, List<Map<String, Object>>> executeDecisionService(ExecuteDecisionBuilder builder) {
            throw unsupported();
        }

        @Override
        public Map<String, Object> executeDecisionWithSingleResult(ExecuteDecisionBuilder builder) {
            throw unsupported();
        }

        @Override
        public Map<String, Object> executeDecisionServiceWithSingleResult(ExecuteDecisionBuilder builder) {
            throw unsupported();
        }

        @Override
        public DecisionExecutionAuditContainer executeDecisionWithAuditTrail(ExecuteDecisionBuilder builder) {
            return builder.executeWithAuditTrail();
        }

        @Override
        public DecisionServiceExecutionAuditContainer executeDecisionServiceWithAuditTrail(
                ExecuteDecisionBuilder builder) {
            throw unsupported();
        }
    }

    private final class Builder implements ExecuteDecisionBuilder {

        private String key;
        private final Map<String, Object> variables = new LinkedHashMap<>();

        @Override
        public ExecuteDecisionBuilder decisionKey(String decisionKey) {
            this.key = decisionKey;
            return this;
        }

        @Override
        public ExecuteDecisionBuilder variables(Map<String, Object> values) {
            if (values != null) {
                variables.putAll(values);
            }
            return this;
        }

        @Override
        public ExecuteDecisionBuilder variable(String name, Object value) {
            variables.put(name, value);
            return this;
        }

        /** The ids that tie an execution to its case, the tenant and the deployment do not change the result. */
        @Override
        public ExecuteDecisionBuilder parentDeploymentId(String id) {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder instanceId(String id) {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder executionId(String id) {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder activityId(String id) {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder scopeType(String type) {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder tenantId(String id) {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder fallbackToDefaultTenant() {
            return this;
        }

        @Override
        public ExecuteDecisionBuilder disableHistory() {
            return this;
        }

        /** A failed evaluation is reported in the container, as Flowable's DMN engine does; the task then fails. */
        @Override
        public DecisionExecutionAuditContainer executeWithAuditTrail() {
            DecisionExecutionAuditContainer audit =
                    new DecisionExecutionAuditContainer(key, key, 1, false, variables, new Date());
            try {
                List<Map<String, Object>> results = decisions.evaluate(key, variables);
                audit.setDecisionResult(results);
                audit.setMultipleResults(results.size() > 1);
            } catch (RuntimeException e) {
                audit.setFailedWithException(e);
            }
            audit.stopAudit(new Date());
            return audit;
        }

        @Override
        public DecisionExecutionAuditContainer executeDecisionWithAuditTrail() {
            return executeWithAuditTrail();
        }

        @Override
        public List<Map<String, Object>> execute() {
            throw unsupported();
        }

        @Override
        public Map<String, Object> executeWithSingleResult() {
            throw unsupported();
        }

        @Override
        public List<Map<String, Object>> executeDecision() {
            throw unsupported();
        }

        @Override
        public Map<String, List<Map<String, Object>>> executeDecisionService() {
            throw unsupported();
        }

        @Override
        public DecisionServiceExecutionAuditContainer executeDecisionServiceWithAuditTrail() {
            throw unsupported();
        }

        @Override
        public Map<String, Object> executeDecisionWithSingleResult() {
            throw unsupported();
        }

        @Override
        public Map<String, Object> executeDecisionServiceWithSingleResult() {
            throw unsupported();
        }

        @Override
        public ExecuteDecisionContext buildExecuteDecisionContext() {
            throw unsupported();
        }
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("Flowable's decision task only executes with an audit trail");
    }
}

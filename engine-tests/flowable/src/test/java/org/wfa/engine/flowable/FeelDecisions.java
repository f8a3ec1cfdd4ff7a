package org.wfa.engine.flowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The rule tables' DMN decisions, evaluated as written (FEEL unary tests, DMN 1.3) by Operaton's
 * DMN engine. It stands in for Flowable's DMN engine, which is not available for Flowable 8 here
 * and reads input entries as JUEL, not FEEL (see {@link StandInDmnEngineConfiguration}).
 */
final class FeelDecisions {

    private final DmnEngine engine =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> byKey = new LinkedHashMap<>();

    void add(String dmn) {
        for (DmnDecision decision :
                engine.parseDecisions(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)))) {
            byKey.put(decision.getKey(), decision);
        }
    }

    /** The matched rules' outputs, one map (output name to value) per rule, as the hit policy returns them. */
    List<Map<String, Object>> evaluate(String key, Map<String, Object> variables) {
        DmnDecision decision = byKey.get(key);
        if (decision == null) {
            throw new IllegalArgumentException("no DMN decision '" + key + "' was deployed");
        }
        return engine.evaluateDecisionTable(decision, variables).getResultList();
    }
}

package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/**
 * A decision point and where each outcome leads.
 *
 * @param decidedBy who decides, or null
 * @param outcomes  the routed outcomes in source order, the otherwise branch last
 * @param table     the decision's rule table, or null
 */
public record DecisionDoc(Ref ref, String description, Ref decidedBy, List<Outcome> outcomes, RuleTable table) {

    /** @param when the condition as written, or "otherwise" */
    public record Outcome(String when, Ref target, String label) {}

    /** @param inputs the case data the table tests, one column each */
    public record RuleTable(String hitPolicy, List<String> inputs, List<Row> rows) {}

    /** @param cells the tests, one per input, as written ("-" for any value) */
    public record Row(List<String> cells, Ref target, String label) {}
}

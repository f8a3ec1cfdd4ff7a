package org.wfa.dsl.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Workflow;

/** How many stages and calls each party is accountable for, in order of first appearance. */
final class AccountableLoad {

    private final Map<Party, Integer> load = new LinkedHashMap<>();

    AccountableLoad(Workflow workflow) {
        for (Node node : workflow.getNodes()) {
            if (StepKind.of(node).isActivity()) {
                for (Party party : ((Activity) node).getAccountable()) {
                    if (!party.eIsProxy()) {
                        load.merge(party, 1, Integer::sum);
                    }
                }
            }
        }
    }

    Map<Party, Integer> load() {
        return load;
    }
}

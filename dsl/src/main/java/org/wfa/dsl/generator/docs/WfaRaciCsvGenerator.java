package org.wfa.dsl.generator.docs;

import static org.wfa.dsl.generator.WfaEscape.csv;

import org.wfa.dsl.naming.Ref;

/**
 * The RACI matrix of a workflow as CSV (RFC 4180, CRLF line ends, as spreadsheets expect):
 * a header row of parties, then a row per step.
 */
public class WfaRaciCsvGenerator {

    public String generate(WorkflowDoc workflow) {
        RaciMatrix raci = workflow.raci();
        StringBuilder out = new StringBuilder();
        out.append("Step");
        for (Ref party : raci.parties()) {
            out.append(',').append(csv(party.label() + " (" + party.name() + ")"));
        }
        out.append("\r\n");
        for (RaciMatrix.Row row : raci.rows()) {
            out.append(csv(row.step().label()));
            for (String cell : row.cells()) {
                out.append(',').append(csv(cell));
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}

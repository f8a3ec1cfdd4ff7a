package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/**
 * Steps × parties: who is Responsible, Accountable, Consulted or Informed for each step.
 *
 * @param parties the columns, in order of first appearance in the workflow
 * @param rows    one per stage, call, approval and decided decision, in source order
 */
public record RaciMatrix(List<Ref> parties, List<Row> rows) {

    /** @param cells one per party: "R", "A", "C", "I", combinations such as "R/A", or "" */
    public record Row(Ref step, List<String> cells) {}
}

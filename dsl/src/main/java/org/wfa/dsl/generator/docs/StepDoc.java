package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/**
 * A stage, call, approval or decision as the handbook's stage table shows it.
 *
 * @param kind        "stage", "call", "approval", "decision", "fork", "join", "wait", "start" or "end"
 * @param performer   how the work is done: "human", "system", "AI" or "" for routing steps
 * @param sla         the SLAs and what happens on breach, as text ("4 hours, escalate to X"), or empty
 * @param next        the steps the work goes to
 */
public record StepDoc(
        Ref ref,
        String kind,
        String description,
        String performer,
        List<Ref> responsible,
        List<Ref> accountable,
        List<Ref> consulted,
        List<Ref> informed,
        List<Ref> consumes,
        List<Ref> produces,
        List<Ref> systems,
        String duration,
        List<String> sla,
        List<Ref> next) {}

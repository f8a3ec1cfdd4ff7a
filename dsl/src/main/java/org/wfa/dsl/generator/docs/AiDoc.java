package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/**
 * Work that an AI agent does in a workflow, and the human oversight of it.
 *
 * @param overseen whether a human reviews the work or is accountable for it
 */
public record AiDoc(
        Ref step,
        Ref agent,
        List<String> capabilities,
        Ref supervisor,
        List<Ref> reviewers,
        List<Ref> accountable,
        boolean overseen) {}

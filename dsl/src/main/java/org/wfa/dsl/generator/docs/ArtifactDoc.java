package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/**
 * An artifact and how it flows through one workflow.
 *
 * @param classification "public", "internal", "confidential", "restricted" or empty
 * @param received       whether the workflow receives it from outside ({@code receives})
 */
public record ArtifactDoc(
        Ref ref,
        String classification,
        boolean received,
        List<Ref> producedBy,
        List<Ref> consumedBy,
        List<Ref> notifiedIn) {}

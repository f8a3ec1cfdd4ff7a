package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/** Work passing from one owner to the next; cross-team when their teams differ. */
public record HandoffDoc(
        Ref from,
        Ref to,
        Ref fromOwner,
        Ref toOwner,
        Ref fromTeam,
        Ref toTeam,
        boolean crossTeam,
        List<Ref> artifacts) {}

package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/** @param about the artifact's label or the message; empty when neither is given */
public record NotificationDoc(Ref step, List<Ref> recipients, String about, String channel) {}

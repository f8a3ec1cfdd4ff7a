package org.wfa.dsl.generator.docs;

import java.util.List;

/** @param about the artifact's label or the message; empty when neither is given */
public record NotificationDoc(Ref step, List<Ref> recipients, String about, String channel) {
}

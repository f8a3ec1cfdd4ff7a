package org.wfa.dsl.generator.docs;

import java.util.List;

/** An approval: who approves what, within which SLA, and where approval and rejection lead. */
public record ApprovalDoc(Ref ref, String description, Ref subject, List<Ref> approvers, List<Ref> informed,
        List<String> sla, Ref approved, Ref rejected) {
}

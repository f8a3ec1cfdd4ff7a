package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.naming.Ref;

/** An approval: who approves what, within which SLA, and where approval and rejection lead. */
public record ApprovalDoc(
        Ref ref,
        String description,
        Ref subject,
        List<Ref> approvers,
        List<Ref> informed,
        List<String> sla,
        Ref approved,
        Ref rejected) {}

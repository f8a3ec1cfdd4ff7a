package org.wfa.dsl.generator.docs;

import java.util.List;

import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.naming.Ref;

/**
 * Everything the documentation shows of one workflow, resolved from the model once so that the
 * templates only render. Lists are in source order.
 *
 * @param ref          the workflow (qualified name and title)
 * @param file         the source file's display path
 * @param ownerTeam    the owner's team, or null
 * @param sla          the workflow's SLA as text, or empty
 * @param dependencies what the workflow depends on, as text ("system 'SAP': payments run weekly")
 * @param steps        every step of the flow
 * @param work         the steps that are work (stages and calls)
 * @param accepted     how many findings are accepted with {@code @allow}
 */
public record WorkflowDoc(
        Ref ref,
        String file,
        String description,
        String version,
        Ref owner,
        Ref ownerTeam,
        String goal,
        String trigger,
        String sla,
        List<Ref> inputs,
        List<String> dependencies,
        List<StepDoc> steps,
        List<StepDoc> work,
        List<DecisionDoc> decisions,
        List<ApprovalDoc> approvals,
        List<ArtifactDoc> artifacts,
        List<NotificationDoc> notifications,
        List<AiDoc> ai,
        List<HandoffDoc> handoffs,
        RaciMatrix raci,
        WorkflowMetrics metrics,
        List<FindingDoc> findings,
        long accepted,
        Diagram swimlane) {}

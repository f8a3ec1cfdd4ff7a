package org.wfa.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.config.WfaSettings;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

/**
 * Bottlenecks and time: the planned work must fit the promised time, and no role may become
 * the queue that everything waits in.
 */
public class WfaTimeValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkWorkflowCriticalPathWithinSla(Workflow workflow) {
        if (workflow.getSla() == null) {
            return;
        }
        WorkflowAnalysis analysis = analysis(workflow);
        long sla = WfaOrganisation.minutes(workflow.getSla().getWithin());
        long path = analysis.criticalPathMinutes();
        if (path > sla) {
            List<String> steps = analysis.criticalPath().stream()
                    .filter(Activity.class::isInstance)
                    .map(v -> "'" + ((Node) v).getName() + "'")
                    .toList();
            report(
                    "The critical path of workflow '" + workflow.getName() + "' takes "
                            + WfaOrganisation.describeMinutes(path) + " (" + String.join(" -> ", steps)
                            + ") but its SLA is " + WfaOrganisation.describeMinutes(sla)
                            + ": expected shorter durations, parallel work, or a realistic SLA.",
                    workflow.getSla(),
                    WfaPackage.Literals.SLA__WITHIN,
                    WfaIssueCodes.CRITICAL_PATH_EXCEEDS_SLA,
                    workflow.getName());
        }
    }

    @Check
    public void checkWorkflowRoleLoad(Workflow workflow) {
        long stages =
                workflow.getNodes().stream().filter(Activity.class::isInstance).count();
        for (Map.Entry<Party, Integer> entry :
                analysis(workflow).accountableLoad().entrySet()) {
            int count = entry.getValue();
            WfaSettings.Thresholds thresholds = settings(workflow).thresholds();
            if (count >= thresholds.roleOverloadMinimum() && count > thresholds.roleOverloadShare() * stages) {
                report(
                        capitalised(describeParty(entry.getKey())) + " is accountable for " + count + " of the "
                                + stages
                                + " stages of workflow '" + workflow.getName()
                                + "': one role that answers for most of the"
                                + " work becomes the bottleneck; expected accountability spread over the roles that do"
                                + " the work.",
                        workflow,
                        WfaPackage.Literals.WORKFLOW__NAME,
                        WfaIssueCodes.ROLE_OVERLOAD,
                        entry.getKey().getName());
            }
        }
    }

    @Check
    public void checkWorkflowApproverLoad(Workflow workflow) {
        Map<Party, Integer> approvals = new HashMap<>();
        Map<Party, EObject> last = new HashMap<>();
        for (Node node : workflow.getNodes()) {
            if (node instanceof Approval approval) {
                for (Party approver : approval.getApprovers()) {
                    if (!approver.eIsProxy()) {
                        approvals.merge(approver, 1, Integer::sum);
                        last.put(approver, approval);
                    }
                }
            }
        }
        int limit = settings(workflow).thresholds().approvalsPerApprover();
        approvals.forEach((approver, count) -> {
            if (count > limit) {
                reportOnName(
                        capitalised(describeParty(approver)) + " approves " + count + " times in workflow '"
                                + workflow.getName() + "' (more than " + limit
                                + "): every case queues at the same desk; expected fewer approvals or delegated limits.",
                        (Node) last.get(approver),
                        WfaIssueCodes.APPROVER_BOTTLENECK,
                        approver.getName());
            }
        });
    }
}

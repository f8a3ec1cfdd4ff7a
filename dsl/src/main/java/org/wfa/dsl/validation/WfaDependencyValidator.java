package org.wfa.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Dependency;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

/**
 * Dependencies between workflows, teams and systems must be visible and must not deadlock.
 */
public class WfaDependencyValidator extends AbstractWfaRuleValidator {

    @Check
    public void checkWorkflowCallsDoNotCycle(Workflow workflow) {
        // Breadth-first over the workflows this one calls or waits for, remembering how each was reached.
        Map<Workflow, Workflow> reachedFrom = new HashMap<>();
        ArrayDeque<Workflow> queue = new ArrayDeque<>(List.of(workflow));
        while (!queue.isEmpty()) {
            Workflow current = queue.poll();
            for (Workflow next : awaited(current)) {
                if (next == workflow) {
                    List<String> cycle = new ArrayList<>();
                    for (Workflow w = current; w != null && w != workflow; w = reachedFrom.get(w)) {
                        cycle.add(0, "'" + w.getName() + "'");
                    }
                    cycle.add(0, "'" + workflow.getName() + "'");
                    cycle.add("'" + workflow.getName() + "'");
                    report("Workflow '" + workflow.getName() + "' waits on itself through " + String.join(" -> ", cycle)
                            + ": each waits for the other to finish, so none ever does; expected the cycle broken"
                            + " (one of them should not call or wait for the next).", workflow,
                            WfaPackage.Literals.WORKFLOW__NAME, WfaIssueCodes.WORKFLOW_CALL_CYCLE, workflow.getName());
                    return;
                }
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
    }

    private static List<Workflow> awaited(Workflow workflow) {
        List<Workflow> result = new ArrayList<>();
        for (Node node : workflow.getNodes()) {
            Workflow target = node instanceof Call call ? call.getCalled()
                    : node instanceof Wait wait ? wait.getWorkflow() : null;
            if (target != null && !target.eIsProxy()) {
                result.add(target);
            }
        }
        return result;
    }

    @Check
    public void checkStageSystemDependenciesDeclared(Stage stage) {
        Workflow workflow = (Workflow) stage.eContainer();
        Team ownerTeam = WfaOrganisation.teamOf(workflow.getOwner());
        if (ownerTeam == null) {
            return;
        }
        reportUndeclaredSystems(stage, stage.getUses(), WfaPackage.Literals.STAGE__USES, workflow, ownerTeam);
        reportUndeclaredSystems(stage, stage.getResponsible(), WfaPackage.Literals.ACTIVITY__RESPONSIBLE, workflow,
                ownerTeam);
    }

    /** Systems among the parties (used by, or responsible for, the stage) owned by another team without a declared dependency. */
    private void reportUndeclaredSystems(Stage stage, List<Party> parties,
            org.eclipse.emf.ecore.EStructuralFeature feature, Workflow workflow, Team ownerTeam) {
        for (int i = 0; i < parties.size(); i++) {
            Party used = parties.get(i);
            if (!(used instanceof SystemDecl system) || system.getOwner() == null || system.getOwner().eIsProxy()
                    || system.getOwner() == ownerTeam || declares(workflow, system)) {
                continue;
            }
            report("Stage '" + stage.getName() + "' uses system '" + system.getName() + "', owned by team '"
                    + system.getOwner().getName() + "', but workflow '" + workflow.getName()
                    + "' declares no dependency on it: expected 'depends on system " + system.getName()
                    + "' (or on team '" + system.getOwner().getName() + "') so that its owners know.", stage,
                    feature, i, WfaIssueCodes.UNDECLARED_SYSTEM_DEPENDENCY,
                    system.getName());
        }
    }

    private static boolean declares(Workflow workflow, SystemDecl system) {
        for (Dependency dependency : workflow.getDependencies()) {
            if (dependency.getSystem() == system || dependency.getTeam() == system.getOwner()) {
                return true;
            }
        }
        return false;
    }
}

package org.wfa.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.WfaCallCycles;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WfaWorkspaceCalls;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.rules.WfaIssueCodes;
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
        WfaWorkspaceCalls workspace = WfaWorkspaceCalls.of(workflow.eResource().getResourceSet());
        List<String> cycle;
        if (workspace == null) {
            cycle = WfaCallCycles.shortestCycle(workflow, WfaDependencyValidator::awaited).stream()
                    .map(Workflow::getName)
                    .collect(Collectors.toCollection(ArrayList::new));
        } else {
            cycle = WfaCallCycles.shortestCycle(EcoreUtil.getURI(workflow), workspace::awaited).stream()
                    .map(workspace::name)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        if (cycle.isEmpty()) {
            return;
        }
        cycle.add(workflow.getName());
        report(
                "Workflow '" + workflow.getName() + "' waits on itself through "
                        + cycle.stream().map(name -> "'" + name + "'").collect(Collectors.joining(" -> "))
                        + ": each waits for the other to finish, so none ever does; expected the cycle broken"
                        + " (one of them should not call or wait for the next).",
                workflow,
                WfaPackage.Literals.WORKFLOW__NAME,
                WfaIssueCodes.WORKFLOW_CALL_CYCLE,
                workflow.getName());
    }

    private static List<Workflow> awaited(Workflow workflow) {
        List<Workflow> result = new ArrayList<>();
        for (Node node : workflow.getNodes()) {
            Workflow target = switch (StepKind.of(node)) {
                case CALL -> ((Call) node).getCalled();
                case WAIT -> ((Wait) node).getWorkflow();
                case STAGE, DECISION, APPROVAL, FORK, JOIN, END -> null;
            };
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
        reportUndeclaredSystems(
                stage, stage.getResponsible(), WfaPackage.Literals.ACTIVITY__RESPONSIBLE, workflow, ownerTeam);
    }

    /** Systems among the parties (used by, or responsible for, the stage) owned by another team without a declared dependency. */
    private void reportUndeclaredSystems(
            Stage stage, List<Party> parties, EStructuralFeature feature, Workflow workflow, Team ownerTeam) {
        for (int i = 0; i < parties.size(); i++) {
            Party used = parties.get(i);
            if (!(used instanceof SystemDecl system)
                    || system.getOwner() == null
                    || system.getOwner().eIsProxy()
                    || system.getOwner() == ownerTeam
                    || declares(workflow, system)) {
                continue;
            }
            report(
                    "Stage '" + stage.getName() + "' uses system '" + system.getName() + "', owned by team '"
                            + system.getOwner().getName() + "', but workflow '" + workflow.getName()
                            + "' declares no dependency on it: expected 'depends on system " + system.getName()
                            + "' (or on team '" + system.getOwner().getName() + "') so that its owners know.",
                    stage,
                    feature,
                    i,
                    WfaIssueCodes.UNDECLARED_SYSTEM_DEPENDENCY,
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

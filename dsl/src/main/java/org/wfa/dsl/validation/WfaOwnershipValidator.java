package org.wfa.dsl.validation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Ownership must be clear (RACI): every piece of work has exactly one accountable human role,
 * work is given to roles rather than to named people, and no role hangs on one person.
 */
public class WfaOwnershipValidator extends AbstractWfaRuleValidator {

    @Inject
    private ResourceDescriptionsProvider index;

    @Inject
    private IResourceScopeCache cache;

    @Check
    public void checkActivityHasOneAccountable(Activity activity) {
        int count = activity.getAccountable().size();
        if (count == 0) {
            reportOnName(
                    capitalised(describe(activity)) + " has no accountable party: expected exactly one"
                            + " 'accountable <role>' who answers for the result.",
                    activity,
                    WfaIssueCodes.ACCOUNTABLE_COUNT,
                    activity.getName());
        } else if (count > 1) {
            report(
                    capitalised(describe(activity)) + " has " + count + " accountable parties: expected exactly one;"
                            + " when everyone is accountable, no one is (make the others responsible or consulted).",
                    activity,
                    WfaPackage.Literals.ACTIVITY__ACCOUNTABLE,
                    1,
                    WfaIssueCodes.ACCOUNTABLE_COUNT,
                    activity.getName());
        }
    }

    @Check
    public void checkActivityHasResponsible(Activity activity) {
        if (activity.getResponsible().isEmpty() && activity instanceof Stage) {
            reportOnName(
                    capitalised(describe(activity)) + " has no responsible party: expected"
                            + " 'responsible <role, system or agent>' who does the work.",
                    activity,
                    WfaIssueCodes.RESPONSIBLE_MISSING,
                    activity.getName());
        }
    }

    @Check
    public void checkWorkflowHasOwner(Workflow workflow) {
        if (workflow.getOwner() == null) {
            report(
                    "Workflow '" + workflow.getName() + "' has no owner: expected 'owner <role>', the role"
                            + " accountable for the workflow as a whole.",
                    workflow,
                    WfaPackage.Literals.WORKFLOW__NAME,
                    WfaIssueCodes.WORKFLOW_WITHOUT_OWNER,
                    workflow.getName());
        } else if (!workflow.getOwner().eIsProxy() && !WfaOrganisation.isHuman(workflow.getOwner())) {
            report(
                    "Workflow '" + workflow.getName() + "' is owned by " + describeParty(workflow.getOwner())
                            + ": a system or AI agent cannot be accountable; expected a human role.",
                    workflow,
                    WfaPackage.Literals.WORKFLOW__OWNER,
                    WfaIssueCodes.NON_HUMAN_ACCOUNTABLE,
                    workflow.getName());
        }
    }

    @Check
    public void checkActivityAccountableIsHuman(Activity activity) {
        List<Party> accountable = activity.getAccountable();
        for (int i = 0; i < accountable.size(); i++) {
            Party party = accountable.get(i);
            if (!party.eIsProxy() && !WfaOrganisation.isHuman(party)) {
                report(
                        capitalised(describe(activity)) + " makes " + describeParty(party)
                                + " accountable: a system or AI agent cannot answer for a result; expected a human role"
                                + " (make it responsible instead).",
                        activity,
                        WfaPackage.Literals.ACTIVITY__ACCOUNTABLE,
                        i,
                        WfaIssueCodes.NON_HUMAN_ACCOUNTABLE,
                        activity.getName());
            }
        }
    }

    @Check
    public void checkActivityAssignsRolesNotPersons(Activity activity) {
        reportPersons(activity, activity.getResponsible(), WfaPackage.Literals.ACTIVITY__RESPONSIBLE, "responsible");
        reportPersons(activity, activity.getAccountable(), WfaPackage.Literals.ACTIVITY__ACCOUNTABLE, "accountable");
    }

    private void reportPersons(Activity activity, List<Party> parties, EStructuralFeature feature, String clause) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) instanceof Person person) {
                String role = person.getHolds().isEmpty()
                        ? "a role"
                        : "a role such as '"
                                + ((Team) person.getHolds().get(0).eContainer()).getName() + "."
                                + person.getHolds().get(0).getName() + "'";
                report(
                        capitalised(describe(activity)) + " makes person '" + person.getName() + "' " + clause
                                + ": work that depends on one named person stops when they are away; expected " + role
                                + ".",
                        activity,
                        feature,
                        i,
                        WfaIssueCodes.PERSON_ASSIGNED,
                        activity.getName(),
                        person.getName());
            }
        }
    }

    @Check
    public void checkWorkflowBusFactor(Workflow workflow) {
        long work =
                workflow.getNodes().stream().filter(Activity.class::isInstance).count();
        if (work < 4) {
            return;
        }
        Map<Role, Integer> load = new HashMap<>();
        for (Node node : workflow.getNodes()) {
            if (node instanceof Activity activity) {
                Set<Role> roles = new LinkedHashSet<>();
                for (Party party : activity.getResponsible()) {
                    if (party instanceof Role role) {
                        roles.add(role);
                    }
                }
                for (Party party : activity.getAccountable()) {
                    if (party instanceof Role role) {
                        roles.add(role);
                    }
                }
                roles.forEach(role -> load.merge(role, 1, Integer::sum));
            }
        }
        double share = settings(workflow).thresholds().busFactorShare();
        load.values().removeIf(count -> count <= share * work);
        if (load.isEmpty()) {
            return;
        }
        // Only now ask the index for the persons: most workflows spread their work.
        Map<Role, Integer> holders = holdersByRole(workflow);
        load.forEach((role, count) -> {
            if (holders.getOrDefault(role, 0) == 1) {
                report(
                        "Role '" + ((Team) role.eContainer()).getName() + "." + role.getName()
                                + "' is held by one person and carries " + count + " of the " + work
                                + " stages of workflow '"
                                + workflow.getName() + "' (more than " + Math.round(share * 100)
                                + "%): the workflow stops when that person is away; expected a second holder or a deputy.",
                        workflow,
                        WfaPackage.Literals.WORKFLOW__NAME,
                        WfaIssueCodes.BUS_FACTOR,
                        role.getName());
            }
        });
    }

    /** How many persons of the workspace hold each role: read from the index, once per resource. */
    private Map<Role, Integer> holdersByRole(EObject context) {
        return cache.get(WfaOwnershipValidator.class, context.eResource(), () -> {
            Map<Role, Integer> holders = new HashMap<>();
            for (IEObjectDescription description : index.getResourceDescriptions(context.eResource())
                    .getExportedObjectsByType(WfaPackage.Literals.PERSON)) {
                EObject object = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
                if (object instanceof Person person) {
                    person.getHolds().stream()
                            .filter(r -> !r.eIsProxy())
                            .distinct()
                            .forEach(role -> holders.merge(role, 1, Integer::sum));
                }
            }
            return holders;
        });
    }
}

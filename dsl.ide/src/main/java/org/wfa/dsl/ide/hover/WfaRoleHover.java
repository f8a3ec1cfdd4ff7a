package org.wfa.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * What a reader asks about a role: which team it belongs to, who holds it, and which steps it is
 * accountable for. The holders and the accountabilities may be declared in any file, so they are
 * found through the workspace index (the references to the role), not in the role's own file.
 */
public class WfaRoleHover {

    @Inject
    private WfaHoverDocumentation documentation;

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    public String describe(Role role) {
        // The same first lines as every other hover: kind, qualified name, title, description.
        StringBuilder text = new StringBuilder(documentation.getDocumentation(role)).append("\n\n");
        if (role.eContainer() instanceof Team team) {
            text.append("Team: **")
                    .append(team.getName())
                    .append("**")
                    .append(team.getTitle() == null ? "" : " (" + WfaHoverDocumentation.markdown(team.getTitle()) + ")")
                    .append("\n\n");
        }
        List<String> holders = new ArrayList<>();
        List<String> accountableFor = new ArrayList<>();
        for (EObject source : referrers(role)) {
            if (source instanceof Person person && person.getHolds().contains(role)) {
                holders.add(
                        person.getTitle() == null
                                ? person.getName()
                                : person.getTitle() + " (`" + person.getName() + "`)");
            } else if (source instanceof Activity activity
                    && activity.getAccountable().contains(role)) {
                Workflow workflow = EcoreUtil2.getContainerOfType(activity, Workflow.class);
                accountableFor.add("`" + (workflow == null ? "" : workflow.getName() + ".") + activity.getName() + "`");
            }
        }
        text.append("Held by: ")
                .append(holders.isEmpty() ? "nobody by name" : String.join(", ", holders))
                .append("\n\n");
        text.append("Accountable for: ")
                .append(accountableFor.isEmpty() ? "no step" : String.join(", ", accountableFor));
        return text.toString();
    }

    /**
     * The elements of the workspace that refer to the role as a person's role or a step's
     * accountable. The index records references between files only, so the role's own file is
     * searched directly.
     */
    private List<EObject> referrers(Role role) {
        URI target = EcoreUtil.getURI(role);
        ResourceSet resourceSet = role.eResource().getResourceSet();
        IResourceDescriptions index = indexProvider.getResourceDescriptions(resourceSet);
        List<EObject> sources = new ArrayList<>();
        EObject root = EcoreUtil.getRootContainer(role);
        sources.addAll(EcoreUtil2.eAllOfType(root, Person.class));
        sources.addAll(EcoreUtil2.eAllOfType(root, Activity.class));
        for (IResourceDescription description : index.getAllResourceDescriptions()) {
            for (IReferenceDescription reference : description.getReferenceDescriptions()) {
                if (target.equals(reference.getTargetEObjectUri())
                        && (reference.getEReference() == WfaPackage.Literals.PERSON__HOLDS
                                || reference.getEReference() == WfaPackage.Literals.ACTIVITY__ACCOUNTABLE)) {
                    sources.add(resourceSet.getEObject(reference.getSourceEObjectUri(), true));
                }
            }
        }
        return sources.stream().filter(Objects::nonNull).distinct().toList();
    }
}

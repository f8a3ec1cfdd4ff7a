package org.wfa.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Names must identify one element: in a file, in a workflow and across the workspace.
 */
public class WfaNamingValidator extends AbstractWfaValidator {

    @Inject
    private IQualifiedNameProvider qualifiedNames;

    @Inject
    private ResourceDescriptionsProvider index;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into WfaValidator; registering it again would run every check twice.
    }

    @Check
    public void checkModelMemberNamesUnique(Model model) {
        List<EObject> members = new ArrayList<>();
        members.addAll(model.getTeams());
        for (Team team : model.getTeams()) {
            members.addAll(team.getRoles());
        }
        members.addAll(model.getParties());
        members.addAll(model.getArtifacts());
        members.addAll(model.getWorkflows());
        Map<QualifiedName, EObject> seen = new HashMap<>();
        IResourceDescriptions descriptions = index.getResourceDescriptions(model.eResource());
        URI here = model.eResource().getURI();
        for (EObject member : members) {
            QualifiedName name = qualifiedNames.getFullyQualifiedName(member);
            if (name == null) {
                continue;
            }
            EObject previous = seen.putIfAbsent(name, member);
            if (previous != null) {
                reportDuplicate(member, name, "also declared as " + WfaKinds.name(previous.eClass()) + " above");
                continue;
            }
            for (IEObjectDescription other :
                    descriptions.getExportedObjects(EcorePackage.Literals.EOBJECT, name, false)) {
                URI elsewhere = other.getEObjectURI().trimFragment();
                if (!elsewhere.equals(here)) {
                    reportDuplicate(member, name, "also declared in '" + elsewhere.lastSegment() + "'");
                    break;
                }
            }
        }
    }

    @Check
    public void checkWorkflowLocalNamesUnique(Workflow workflow) {
        List<EObject> locals = new ArrayList<>(workflow.getNodes());
        locals.addAll(workflow.getArtifacts());
        if (workflow.getData() != null) {
            locals.addAll(workflow.getData().getFields());
        }
        workflow.getStarts().stream().filter(s -> s.getName() != null).forEach(locals::add);
        Map<String, EObject> seen = new HashMap<>();
        for (EObject local : locals) {
            String name = (String) local.eGet(nameFeature(local));
            if (name == null) {
                continue;
            }
            EObject previous = seen.putIfAbsent(name, local);
            if (previous != null) {
                error(
                        "Duplicate name '" + name + "' in workflow '" + workflow.getName() + "': also used by the "
                                + WfaKinds.name(previous.eClass()) + " above; expected a name used once per workflow.",
                        local,
                        nameFeature(local),
                        WfaIssueCodes.DUPLICATE_NAME,
                        WfaIssueData.about(name).encode());
            }
        }
    }

    @Check
    public void checkEnumTypeValuesUnique(EnumType enumType) {
        Map<String, EnumLiteral> seen = new HashMap<>();
        for (EnumLiteral literal : enumType.getLiterals()) {
            if (literal.getName() != null && seen.putIfAbsent(literal.getName(), literal) != null) {
                error(
                        "Duplicate enumeration value '" + literal.getName() + "': expected each value once.",
                        literal,
                        WfaPackage.Literals.SYMBOL__NAME,
                        WfaIssueCodes.DUPLICATE_ENUM_VALUE,
                        WfaIssueData.about(literal.getName()).encode());
            }
        }
    }

    private void reportDuplicate(EObject member, QualifiedName name, String where) {
        error(
                "Duplicate name '" + name + "': " + where + "; expected a name that identifies one element.",
                member,
                nameFeature(member),
                WfaIssueCodes.DUPLICATE_NAME,
                WfaIssueData.about(name.toString()).encode());
    }

    private static EStructuralFeature nameFeature(EObject object) {
        return object.eClass().getEStructuralFeature("name");
    }
}

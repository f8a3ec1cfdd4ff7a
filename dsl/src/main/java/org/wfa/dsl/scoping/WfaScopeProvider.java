package org.wfa.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Narrows references to the kinds they accept and makes enumeration values visible by
 * their simple name where the compared data field is an enumeration.
 */
public class WfaScopeProvider extends AbstractWfaScopeProvider {

    @Inject
    private IResourceScopeCache cache;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference.getEReferenceType() == WfaPackage.Literals.NODE) {
            return stepsOf(EcoreUtil2.getContainerOfType(context, Workflow.class));
        }
        if (reference == WfaPackage.Literals.REF__SYMBOL || reference == WfaPackage.Literals.RULE_TABLE__INPUTS) {
            IScope fields = dataOf(EcoreUtil2.getContainerOfType(context, Workflow.class));
            EnumType enumType = reference == WfaPackage.Literals.REF__SYMBOL ? comparedEnumeration(context) : null;
            return enumType == null ? fields : Scopes.scopeFor(enumType.getLiterals(), fields);
        }
        return declarationScope(context, reference);
    }

    /**
     * Scope of a reference to a declaration (party, team, workflow, artifact). Such elements are
     * declared at file level (artifacts also in a workflow), so the scope is the same from
     * every place in the file (or workflow): it is built once per file and type, not once per
     * reference, which dominated linking in large workspaces.
     */
    private IScope declarationScope(EObject context, EReference reference) {
        EObject owner = reference.getEReferenceType() == WfaPackage.Literals.ARTIFACT
                ? EcoreUtil2.getContainerOfType(context, Workflow.class)
                : null;
        if (owner == null) {
            owner = EcoreUtil2.getContainerOfType(context, Model.class);
        }
        if (owner == null || owner.eResource() == null) {
            return narrowed(super.getScope(context, reference), reference);
        }
        // One scope per declared type, shared by the narrowed scope of every reference to it.
        EObject scopeOwner = owner;
        return cache.get(
                List.of(WfaScopeProvider.class, scopeOwner, reference),
                scopeOwner.eResource(),
                () -> new WfaMemoizingScope(narrowed(
                        cache.get(
                                List.of(WfaScopeProvider.class, scopeOwner, reference.getEReferenceType()),
                                scopeOwner.eResource(),
                                () -> super.getScope(scopeOwner, reference)),
                        reference)));
    }

    private static IScope narrowed(IScope scope, EReference reference) {
        List<EClass> kinds = WfaKinds.narrowedKinds(reference);
        return kinds.isEmpty() ? scope : new FilteringScope(scope, d -> isOfKind(d, kinds));
    }

    /**
     * The steps of a workflow by their simple names: a '->' never leaves its workflow. Hashed
     * and cached per resource, so that linking all the arrows of a workflow is linear.
     */
    private IScope stepsOf(Workflow workflow) {
        if (workflow == null) {
            return IScope.NULLSCOPE;
        }
        return cache.get(
                List.of(workflow, "steps"),
                workflow.eResource(),
                () -> MultimapBasedScope.createScope(
                        IScope.NULLSCOPE, Scopes.scopedElementsFor(workflow.getNodes()), false));
    }

    /** The case data of a workflow by their simple names, cached like {@link #stepsOf}. */
    private IScope dataOf(Workflow workflow) {
        if (workflow == null || workflow.getData() == null) {
            return IScope.NULLSCOPE;
        }
        return cache.get(
                List.of(workflow, "data"),
                workflow.eResource(),
                () -> MultimapBasedScope.createScope(
                        IScope.NULLSCOPE,
                        Scopes.scopedElementsFor(workflow.getData().getFields()),
                        false));
    }

    private static boolean isOfKind(IEObjectDescription description, List<EClass> kinds) {
        EClass eClass = description.getEClass();
        for (EClass kind : kinds) {
            if (kind.isSuperTypeOf(eClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The enumeration of the data field that the expression at {@code context} is compared
     * with, or null. The other operand is looked up by its source text, not by linking it:
     * linking it could ask for this very scope again.
     */
    private static EnumType comparedEnumeration(EObject context) {
        // Content assist asks with the comparison itself as context while its right operand is still being typed.
        if (context instanceof Compare compare) {
            return enumerationOf(compare.getLeft());
        }
        if (context instanceof InList inList) {
            return enumerationOf(inList.getOperand());
        }
        EObject container = context.eContainer();
        if (container instanceof Compare compare) {
            Expression other = compare.getLeft() == context ? compare.getRight() : compare.getLeft();
            return enumerationOf(other);
        }
        if (container instanceof InList inList && inList.getOperand() != context) {
            return enumerationOf(inList.getOperand());
        }
        Cell cell = context instanceof Cell c ? c : EcoreUtil2.getContainerOfType(context, Cell.class);
        if (cell != null && cell.eContainer() instanceof RuleRow row && row.eContainer() instanceof RuleTable table) {
            int column = row.getCells().indexOf(cell);
            if (column >= 0 && column < table.getInputs().size()) {
                DataField input = table.getInputs().get(column);
                if (!input.eIsProxy() && input.getType() instanceof EnumType enumType) {
                    return enumType;
                }
            }
        }
        return null;
    }

    private static EnumType enumerationOf(Expression expression) {
        if (!(expression instanceof Ref ref)) {
            return null;
        }
        String name = NodeModelUtils.getTokenText(NodeModelUtils.getNode(ref));
        Workflow workflow = EcoreUtil2.getContainerOfType(ref, Workflow.class);
        if (name == null || workflow == null || workflow.getData() == null) {
            return null;
        }
        for (DataField field : workflow.getData().getFields()) {
            if (name.equals(field.getName()) && field.getType() instanceof EnumType enumType) {
                return enumType;
            }
        }
        return null;
    }
}

package org.wfa.dsl.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Whether the model in front of a rule is the whole evidence the rule needs: one defect, one
 * finding. A model cut by a syntax error (WFA001) or by a name that does not resolve (WFA002) makes
 * rules see consequences as defects of their own: an unresolved arrow leaves every later step
 * "unreachable", a misspelt 'accountable' leaves a stage "without an accountable party". The
 * cause is reported by the parser or the linker; the rules ask here and stay silent where the
 * evidence is incomplete. Kept per resource until it changes, like {@link WfaAnalyzer}.
 */
@Singleton
public class WfaEvidence {

    /** What a rule may depend on, each a kind of cross-reference that can fail to resolve. */
    public enum Reference {
        /** Arrows and other routes between steps (not 'approves', which routes nothing). */
        ROUTE,
        /** Roles, persons, systems, agents and teams. */
        PARTY,
        ARTIFACT,
        /** Case data and enumeration values in conditions and rule tables. */
        DATA;

        boolean covers(EReference reference) {
            EClass type = reference.getEReferenceType();
            return switch (this) {
                case ROUTE -> type == WfaPackage.Literals.NODE && reference != WfaPackage.Literals.APPROVAL__SUBJECT;
                case PARTY -> WfaPackage.Literals.PARTY.isSuperTypeOf(type) || type == WfaPackage.Literals.TEAM;
                case ARTIFACT -> type == WfaPackage.Literals.ARTIFACT;
                case DATA -> WfaPackage.Literals.SYMBOL.isSuperTypeOf(type);
            };
        }
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Inject
    private IResourceScopeCache cache;

    /**
     * Whether a syntax error damaged the top-level element (workflow, team, person, system, agent
     * or artifact) that holds the element: an error inside it, or in the text after it where the
     * parser skipped what it could not read (the element then ended early, its '}' taken from a
     * step). What the parser made of such an element is not what was written.
     */
    public boolean isDamaged(EObject element) {
        Resource resource = element.eResource();
        if (resource == null) {
            return false;
        }
        Damage damage = damage(resource);
        if (damage.members().isEmpty()) {
            return false;
        }
        EObject member = element;
        while (member.eContainer() != null && !(member.eContainer() instanceof Model)) {
            member = member.eContainer();
        }
        return damage.members().contains(member);
    }

    /**
     * Whether a name that does not resolve may have been declared in text that a syntax error
     * made the parser skip: the file has syntax errors and the name stands in it somewhere other
     * than where names are referred to. Its unknown-name error would repeat the syntax error.
     */
    public boolean maySwallowDeclaration(Resource resource, String name) {
        if (resource == null || name == null) {
            return false;
        }
        String last = name.substring(name.lastIndexOf('.') + 1).trim();
        return damage(resource).unreferencedWords().contains(last);
    }

    /**
     * Whether the workflow's flow graph is its whole flow: not damaged by a syntax error, every
     * route resolves and every step has a name of its own. Otherwise the graph is cut where a route
     * leads nowhere, and reachability, dead ends, loops and fork matching would report the cut.
     */
    public boolean hasWholeFlow(Workflow workflow) {
        return !isDamaged(workflow) && facts(workflow).wholeFlow();
    }

    /** Whether every reference of the kind in the workflow resolves. */
    public boolean resolves(Workflow workflow, Reference kind) {
        return !facts(workflow).unresolved().contains(kind);
    }

    /** Whether every reference of the kind in the element (a step, a decision, ...) and its contents resolves. */
    public boolean resolvesWithin(EObject element, Reference kind) {
        if (element instanceof Workflow workflow) {
            return resolves(workflow, kind);
        }
        Set<Reference> unresolved = new HashSet<>();
        collectUnresolved(element, unresolved);
        element.eAllContents().forEachRemaining(e -> collectUnresolved(e, unresolved));
        return !unresolved.contains(kind);
    }

    private record Damage(Set<EObject> members, Set<String> unreferencedWords) {
        static final Damage NONE = new Damage(Set.of(), Set.of());
    }

    private record Facts(Set<Reference> unresolved, boolean wholeFlow) {}

    private Damage damage(Resource resource) {
        if (!(resource instanceof XtextResource xtext)
                || xtext.getParseResult() == null
                || !xtext.getParseResult().hasSyntaxErrors()) {
            return Damage.NONE;
        }
        return cache.get(WfaEvidence.class, resource, () -> damageOf(xtext));
    }

    private static Damage damageOf(XtextResource resource) {
        List<Integer> errors = new ArrayList<>();
        resource.getParseResult().getSyntaxErrors().forEach(error -> errors.add(error.getOffset()));
        Set<EObject> damaged = new HashSet<>();
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
            List<EObject> members = new ArrayList<>(model.eContents());
            members.removeIf(m -> NodeModelUtils.getNode(m) == null);
            members.sort((a, b) -> Integer.compare(
                    NodeModelUtils.getNode(a).getOffset(),
                    NodeModelUtils.getNode(b).getOffset()));
            for (int error : errors) {
                EObject holder = null;
                for (EObject member : members) {
                    if (NodeModelUtils.getNode(member).getOffset() <= error) {
                        holder = member;
                    } else {
                        break;
                    }
                }
                if (holder != null) {
                    damaged.add(holder);
                }
            }
        }
        return new Damage(
                Set.copyOf(damaged), unreferencedWords(resource.getParseResult().getRootNode()));
    }

    /** The identifiers of the text, except comments, strings and the names that refer to something. */
    private static Set<String> unreferencedWords(ICompositeNode root) {
        Set<String> words = new HashSet<>();
        if (root == null) {
            return words;
        }
        for (ILeafNode leaf : root.getLeafNodes()) {
            if (leaf.isHidden() || inCrossReference(leaf)) {
                continue;
            }
            String text = leaf.getText();
            if (WORD.matcher(text).matches()) {
                words.add(text);
            }
        }
        return words;
    }

    private static boolean inCrossReference(INode leaf) {
        for (INode node = leaf; node != null; node = node.getParent()) {
            if (node.getGrammarElement() != null
                    && GrammarUtil.containingCrossReference(node.getGrammarElement()) != null) {
                return true;
            }
        }
        return false;
    }

    private Facts facts(Workflow workflow) {
        if (workflow.eResource() == null) {
            return factsOf(workflow);
        }
        return cache.get(List.of(WfaEvidence.class, workflow), workflow.eResource(), () -> factsOf(workflow));
    }

    private static Facts factsOf(Workflow workflow) {
        Set<Reference> unresolved = new HashSet<>();
        collectUnresolved(workflow, unresolved);
        workflow.eAllContents().forEachRemaining(e -> collectUnresolved(e, unresolved));
        Set<String> names = new HashSet<>();
        boolean distinctNames = true;
        for (Node node : workflow.getNodes()) {
            if (node.getName() != null && !names.add(node.getName())) {
                distinctNames = false;
            }
        }
        return new Facts(Set.copyOf(unresolved), distinctNames && !unresolved.contains(Reference.ROUTE));
    }

    private static void collectUnresolved(EObject element, Set<Reference> unresolved) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            if (reference.isMany()) {
                for (Object target : (List<?>) element.eGet(reference, true)) {
                    if (target instanceof EObject object && object.eIsProxy()) {
                        note(reference, unresolved);
                    }
                }
            } else if (element.eGet(reference, true) instanceof EObject object && object.eIsProxy()) {
                note(reference, unresolved);
            }
        }
    }

    private static void note(EReference reference, Set<Reference> unresolved) {
        for (Reference kind : Reference.values()) {
            if (kind.covers(reference)) {
                unresolved.add(kind);
            }
        }
    }
}

package org.wfa.dsl.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Ref;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
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
        return isDamaged(element.eResource(), element);
    }

    /** {@link #isDamaged(EObject)} for an element of the given resource (found without walking up its containers). */
    public boolean isDamaged(Resource resource, EObject element) {
        if (resource == null || element instanceof Model) {
            return false;
        }
        Damage damage = damage(resource);
        if (damage.ranges().isEmpty()) {
            return false;
        }
        // By offset, not by walking up the containers: an expression can nest thousands deep.
        INode node = NodeModelUtils.getNode(element);
        if (node == null) {
            return false;
        }
        int offset = node.getOffset();
        for (int[] range : damage.ranges()) {
            if (range[0] <= offset && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name that does not resolve fails only because of another one: an enumeration value
     * is known only where it is compared with its field ({@code WfaScopeProvider}), so where that
     * field's name does not resolve, neither do the values compared with it; or a syntax error may
     * have swallowed its declaration ({@link #maySwallowDeclaration}). The other name's own error
     * is the one finding.
     */
    public boolean isConsequentialUnresolvedName(EObject context, String name) {
        return maySwallowDeclaration(context.eResource(), name) || comparedWithUnknownField(context, name);
    }

    private static boolean comparedWithUnknownField(EObject context, String name) {
        Workflow workflow = EcoreUtil2.getContainerOfType(context, Workflow.class);
        // Only a value of one of the workflow's enumerations fails for want of its field; any
        // other name is unknown in its own right (two misspelt fields compared both report).
        if (!(context instanceof Ref) || workflow == null || !isEnumerationValue(workflow, name)) {
            return false;
        }
        EObject container = context.eContainer();
        Expression other = null;
        if (container instanceof Compare compare) {
            other = compare.getLeft() == context ? compare.getRight() : compare.getLeft();
        } else if (container instanceof InList inList && inList.getOperand() != context) {
            other = inList.getOperand();
        } else if (container instanceof Cell cell
                && cell.eContainer() instanceof RuleRow row
                && row.eContainer() instanceof RuleTable table) {
            int column = row.getCells().indexOf(cell);
            return column >= 0
                    && column < table.getInputs().size()
                    && table.getInputs().get(column).eIsProxy();
        }
        if (!(other instanceof Ref ref)) {
            return false;
        }
        // By its text, as the scope provider does: resolving it here could ask for this very scope again.
        String otherName = NodeModelUtils.getTokenText(NodeModelUtils.getNode(ref));
        return otherName != null
                && workflow.getData().getFields().stream().noneMatch(f -> otherName.equals(f.getName()))
                && !isEnumerationValue(workflow, otherName);
    }

    private static boolean isEnumerationValue(Workflow workflow, String name) {
        if (workflow.getData() == null || name == null) {
            return false;
        }
        for (DataField field : workflow.getData().getFields()) {
            if (field.getType() instanceof EnumType enumType
                    && enumType.getLiterals().stream().anyMatch(l -> name.trim().equals(l.getName()))) {
                return true;
            }
        }
        return false;
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

    /**
     * The offsets of the syntax errors that only follow from an earlier one: after a syntax error
     * inside a top-level element the parser often leaves the step or the element early and
     * stumbles over the rest of it ("Unexpected '->' in workflow 'W'.", "Unexpected 'approval'.").
     * Only the first syntax error of each top-level element (with the text after it up to the
     * next) is a cause; a second typo in the same workflow shows once the first is fixed.
     */
    public static Set<Integer> consequentialSyntaxErrors(IParseResult result) {
        if (result == null || !result.hasSyntaxErrors() || !(result.getRootASTElement() instanceof Model model)) {
            return Set.of();
        }
        List<INode> members = members(model);
        Set<Integer> consequences = new HashSet<>();
        Set<INode> damaged = new HashSet<>();
        Map<INode, Integer> indices = indices(members);
        boolean[] skippedBefore = skippedTextBefore(members, indices, result.getRootNode());
        for (INode error : sortedErrors(result)) {
            INode holder = holder(members, error.getOffset());
            if (holder == null) {
                continue;
            }
            int index = indices.get(holder);
            // An element the parser found in text it was skipping after a damaged one (a
            // 'workflow X' clause read as a new workflow) is not what was written either.
            boolean resumed = index > 0 && skippedBefore[index] && damaged.contains(members.get(index - 1));
            if (!damaged.add(holder) || resumed) {
                consequences.add(error.getOffset());
            }
        }
        return consequences;
    }

    /** The text ranges ([start, end)) of the damaged top-level elements, and the words outside references. */
    private static Map<INode, Integer> indices(List<INode> members) {
        Map<INode, Integer> indices = new IdentityHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            indices.put(members.get(i), i);
        }
        return indices;
    }

    /** For each top-level element, whether the parser skipped text between it and the element before. */
    private static boolean[] skippedTextBefore(List<INode> members, Map<INode, Integer> indices, ICompositeNode root) {
        boolean[] skipped = new boolean[members.size()];
        if (root == null || members.isEmpty()) {
            return skipped;
        }
        // Each element's end once: finding it walks down the element's last nodes, as deep as it nests.
        int[] ends = new int[members.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = members.get(i).getEndOffset();
        }
        for (ILeafNode leaf : root.getLeafNodes()) {
            INode holder = leaf.isHidden() ? null : holder(members, leaf.getOffset());
            if (holder != null) {
                int index = indices.get(holder);
                if (leaf.getOffset() >= ends[index] && index + 1 < skipped.length) {
                    skipped[index + 1] = true;
                }
            }
        }
        return skipped;
    }

    private record Damage(List<int[]> ranges, Set<String> unreferencedWords) {
        static final Damage NONE = new Damage(List.of(), Set.of());
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
        Set<INode> damaged = new HashSet<>();
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
            List<INode> members = members(model);
            for (INode error : resource.getParseResult().getSyntaxErrors()) {
                INode holder = holder(members, error.getOffset());
                if (holder != null) {
                    damaged.add(holder);
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (INode member : damaged) {
            ranges.add(new int[] {member.getOffset(), member.getEndOffset()});
        }
        return new Damage(
                List.copyOf(ranges), unreferencedWords(resource.getParseResult().getRootNode()));
    }

    /** The nodes of the model's top-level elements (and imports), in text order. */
    private static List<INode> members(Model model) {
        List<INode> members = new ArrayList<>();
        for (EObject member : model.eContents()) {
            INode node = NodeModelUtils.getNode(member);
            if (node != null) {
                members.add(node);
            }
        }
        members.sort(Comparator.comparingInt(INode::getOffset));
        return members;
    }

    /** The top-level element an error lies in, or after which it lies; null before the first. */
    private static INode holder(List<INode> members, int offset) {
        int low = 0;
        int high = members.size() - 1;
        INode holder = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (members.get(middle).getOffset() <= offset) {
                holder = members.get(middle);
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return holder;
    }

    private static List<INode> sortedErrors(IParseResult result) {
        List<INode> errors = new ArrayList<>();
        result.getSyntaxErrors().forEach(errors::add);
        errors.sort(Comparator.comparingInt(INode::getOffset));
        return errors;
    }

    /** The identifiers of the text, except comments, strings and the names that refer to something. */
    private static Set<String> unreferencedWords(ICompositeNode root) {
        Set<String> words = new HashSet<>();
        if (root == null) {
            return words;
        }
        // One walk down the tree, leaving out the subtrees of references: linear in the text.
        TreeIterator<INode> nodes = root.getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            INode node = nodes.next();
            if (node.getGrammarElement() != null
                    && GrammarUtil.containingCrossReference(node.getGrammarElement()) != null) {
                nodes.prune();
            } else if (node instanceof ILeafNode leaf
                    && !leaf.isHidden()
                    && WORD.matcher(leaf.getText()).matches()) {
                words.add(leaf.getText());
            }
        }
        return words;
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

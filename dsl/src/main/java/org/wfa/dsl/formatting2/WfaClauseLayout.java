package org.wfa.dsl.formatting2;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.wfa.dsl.services.WfaGrammarAccess;
import org.wfa.dsl.wfa.WfaPackage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Where clauses start, derived once from the grammar: a clause is an alternative of a
 * repeated choice ({@code ('description' ... | 'responsible' ... | slas+=Sla)*}), the body of a
 * fragment used in such a choice, or an optional group right after '{'. Deriving it keeps the
 * formatter in step with the grammar as clauses are added.
 */
@Singleton
public class WfaClauseLayout {

    private static final WfaPackage P = WfaPackage.eINSTANCE;

    /** Containment features whose elements are separated by a blank line. */
    private static final Set<EStructuralFeature> BLOCK_MEMBERS = Set.of(
            P.getModel_Teams(),
            P.getModel_Parties(),
            P.getModel_Artifacts(),
            P.getModel_Workflows(),
            P.getWorkflow_Nodes());

    private final Set<Keyword> clauseKeywords = new HashSet<>();
    private final Set<EStructuralFeature> clauseFeatures = new HashSet<>();

    @Inject
    public WfaClauseLayout(WfaGrammarAccess grammarAccess) {
        for (AbstractRule rule : grammarAccess.getGrammar().getRules()) {
            if (!(rule instanceof ParserRule parserRule) || GrammarUtil.isDatatypeRule(parserRule)) {
                continue;
            }
            for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
                if (startsClause(keyword)) {
                    clauseKeywords.add(keyword);
                }
            }
            for (Assignment assignment : GrammarUtil.containedAssignments(rule)) {
                if (assignment.getTerminal() instanceof RuleCall call
                        && call.getRule() instanceof ParserRule called
                        && !GrammarUtil.isDatatypeRule(called)
                        && isClauseElement(assignment)) {
                    if (parserRule.isFragment()) {
                        // A fragment's features belong to every type that uses it.
                        for (EClassifier classifier : P.getEClassifiers()) {
                            if (classifier instanceof EClass type) {
                                addFeature(type, assignment.getFeature());
                            }
                        }
                    } else {
                        addFeature((EClass) parserRule.getType().getClassifier(), assignment.getFeature());
                    }
                }
            }
        }
    }

    private void addFeature(EClass owner, String feature) {
        if (owner != null && owner.getEStructuralFeature(feature) != null) {
            clauseFeatures.add(owner.getEStructuralFeature(feature));
        }
    }

    public boolean isClauseKeyword(EObject element) {
        return element instanceof Keyword keyword && clauseKeywords.contains(keyword);
    }

    /** Whether the element starts a clause of its container (one line of its own). */
    public boolean isClauseObject(EObject object) {
        return object.eContainmentFeature() != null
                && (clauseFeatures.contains(object.eContainmentFeature())
                        || BLOCK_MEMBERS.contains(object.eContainmentFeature()));
    }

    /** Whether the element is a block of its own, set apart by a blank line. */
    public boolean isBlockMember(EObject object) {
        return BLOCK_MEMBERS.contains(object.eContainmentFeature());
    }

    private static boolean startsClause(Keyword keyword) {
        boolean word = Character.isLetter(keyword.getValue().charAt(0)) || "->".equals(keyword.getValue());
        if (!word
                || !(keyword.eContainer() instanceof Group group)
                || group.getElements().get(0) != keyword) {
            return false;
        }
        if (isClauseElement(group)) {
            return true;
        }
        // An optional group right after '{': ('{' ('description' description=STRING)? '}')
        if ("?".equals(group.getCardinality()) && group.eContainer() instanceof Group outer) {
            List<AbstractElement> siblings = outer.getElements();
            int index = siblings.indexOf(group);
            return index > 0 && siblings.get(index - 1) instanceof Keyword open && "{".equals(open.getValue());
        }
        return false;
    }

    private static boolean isClauseElement(AbstractElement element) {
        if ("*".equals(element.getCardinality()) || "+".equals(element.getCardinality())) {
            return true;
        }
        EObject container = element.eContainer();
        if (container instanceof Alternatives alternatives) {
            return "*".equals(alternatives.getCardinality())
                    || "+".equals(alternatives.getCardinality())
                    || alternatives.eContainer() instanceof ParserRule rule && rule.isFragment();
        }
        return false;
    }
}

package org.wfa.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * Xtext's proposals (keywords, and names from the scope of each reference, which the scope
 * provider already narrows to the expected kind) plus snippets: wherever the keyword that starts
 * a stage, decision, approval, fork or workflow may be typed, its skeleton is offered too.
 */
public class WfaIdeContentProposalProvider extends IdeContentProposalProvider {

    /**
     * The clauses shared by stages and calls live in a fragment ({@code ActivityClause}) that has no
     * type of its own, and Xtext then cannot tell which reference a cross-reference assigns, so it
     * proposed nothing after 'responsible', 'accountable', '->' and the like. The reference is the
     * feature of that name of the element being edited.
     * <p>
     * Between the cells of a rule row the row is the element being edited, which does not tell the
     * scope which column (and so which enumeration's values) applies: the cell at the cursor does.
     */
    @Override
    protected void _createProposals(
            CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        Assignment assignment = GrammarUtil.containingAssignment(reference);
        ParserRule rule = GrammarUtil.containingParserRule(reference);
        if (assignment != null && rule != null && rule.isFragment() && context.getCurrentModel() != null) {
            EStructuralFeature feature =
                    context.getCurrentModel().eClass().getEStructuralFeature(assignment.getFeature());
            if (feature instanceof EReference eReference) {
                getCrossrefProposalProvider()
                        .lookupCrossReference(
                                getScopeProvider().getScope(context.getCurrentModel(), eReference),
                                reference,
                                context,
                                acceptor,
                                getCrossrefFilter(reference, context));
                return;
            }
        }
        if (context.getCurrentModel() instanceof RuleRow row
                && assignment != null
                && WfaPackage.Literals.REF__SYMBOL.getName().equals(assignment.getFeature())) {
            Cell cell = cellAt(row, context.getOffset() - context.getPrefix().length());
            if (cell != null) {
                // The row is the context between cells; the scope of a cell's values depends on its column.
                getCrossrefProposalProvider()
                        .lookupCrossReference(
                                getScopeProvider().getScope(cell, WfaPackage.Literals.REF__SYMBOL),
                                reference,
                                context,
                                acceptor,
                                getCrossrefFilter(reference, context));
                return;
            }
        }
        super._createProposals(reference, context, acceptor);
    }

    /** The cell being typed at the offset, or the one after it; null past the row's last cell. */
    private static Cell cellAt(RuleRow row, int offset) {
        for (Cell cell : row.getCells()) {
            INode node = NodeModelUtils.getNode(cell);
            if (node != null && node.getEndOffset() > offset) {
                return cell;
            }
        }
        return null;
    }

    @Override
    protected void _createProposals(
            Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        super._createProposals(keyword, context, acceptor);
        ParserRule rule = GrammarUtil.containingParserRule(keyword);
        // 'workflow' is also a keyword of calls and dependencies; only the one that starts a block counts.
        if (rule == null || !rule.getName().equalsIgnoreCase(keyword.getValue())) {
            return;
        }
        String[] snippet = WfaSnippets.forKeyword(keyword.getValue());
        if (snippet == null) {
            return;
        }
        ContentAssistEntry entry = getProposalCreator().createSnippet(snippet[1], snippet[0], context);
        if (entry != null) {
            entry.setDocumentation("Inserts a " + snippet[0] + ".");
            acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) - 1);
        }
    }
}

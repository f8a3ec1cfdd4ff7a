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
     */
    @Override
    protected void _createProposals(CrossReference reference, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        Assignment assignment = GrammarUtil.containingAssignment(reference);
        ParserRule rule = GrammarUtil.containingParserRule(reference);
        if (assignment != null && rule != null && rule.isFragment() && context.getCurrentModel() != null) {
            EStructuralFeature feature = context.getCurrentModel().eClass().getEStructuralFeature(assignment.getFeature());
            if (feature instanceof EReference eReference) {
                getCrossrefProposalProvider().lookupCrossReference(
                        getScopeProvider().getScope(context.getCurrentModel(), eReference), reference, context, acceptor,
                        getCrossrefFilter(reference, context));
                return;
            }
        }
        super._createProposals(reference, context, acceptor);
    }

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
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

package org.wfa.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.EnumLiteral;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Semantic token types for WFA, so an editor tells keywords from names and one kind of name from
 * another: parties and teams as {@code class}, steps as {@code function}, case data as
 * {@code property}, enumeration values as {@code enumMember}, artifacts as {@code struct},
 * workflows as {@code namespace}. A name where it is declared also carries {@code declaration}.
 * The type names are those of the protocol's legend that Xtext's semantic-token service announces.
 */
public class WfaSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

    @Inject
    private EObjectAtOffsetHelper offsetHelper;

    @Override
    public void provideHighlightingFor(
            XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
        if (resource == null || resource.getParseResult() == null) {
            return;
        }
        BidiTreeIterator<INode> nodes =
                resource.getParseResult().getRootNode().getAsTreeIterable().iterator();
        while (nodes.hasNext()) {
            INode node = nodes.next();
            EObject grammarElement = node.getGrammarElement();
            if (grammarElement instanceof CrossReference) {
                String type = tokenType(offsetHelper.getCrossReferencedElement(node));
                if (type != null) {
                    acceptor.addPosition(node.getOffset(), node.getLength(), type);
                }
                // A qualified name's parts are covered by the reference's token.
                nodes.prune();
            } else if (grammarElement instanceof Keyword keyword
                    && node instanceof ILeafNode
                    && Character.isLetter(keyword.getValue().charAt(0))) {
                acceptor.addPosition(node.getOffset(), node.getLength(), "keyword");
            } else if (grammarElement instanceof RuleCall call && isName(call)) {
                String type = tokenType(node.getSemanticElement());
                if (type != null) {
                    acceptor.addPosition(node.getOffset(), node.getLength(), type, "declaration");
                }
                nodes.prune();
            }
        }
    }

    private static boolean isName(RuleCall call) {
        Assignment assignment = EcoreUtil2.getContainerOfType(call, Assignment.class);
        return assignment != null && "name".equals(assignment.getFeature());
    }

    private static String tokenType(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        if (element instanceof Party || element instanceof Team) {
            return "class";
        }
        if (element instanceof Node) {
            return "function";
        }
        if (element instanceof DataField) {
            return "property";
        }
        if (element instanceof EnumLiteral) {
            return "enumMember";
        }
        if (element instanceof Artifact) {
            return "struct";
        }
        if (element instanceof Workflow) {
            return "namespace";
        }
        return null;
    }
}

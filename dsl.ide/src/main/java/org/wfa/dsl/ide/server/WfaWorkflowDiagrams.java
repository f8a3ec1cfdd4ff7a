package org.wfa.dsl.ide.server;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.generator.docs.WfaSwimlaneDiagrams;
import org.wfa.dsl.generator.html.WfaDiagramSvg;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

/**
 * Draws the workflow at an offset of a parsed file the way the HTML documentation does: the
 * swimlane diagram of {@link WfaSwimlaneDiagrams}, laid out and rendered by {@link WfaDiagramSvg}.
 */
public class WfaWorkflowDiagrams {

    @Inject
    private WfaSwimlaneDiagrams swimlanes;

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private IQualifiedNameProvider names;

    private final WfaDiagramSvg svg = new WfaDiagramSvg();

    /** The diagram of the workflow enclosing the offset, else of the file's first one; null if it has none. */
    public DiagramResult diagramAt(XtextResource resource, Integer offset) {
        Workflow workflow = offset == null ? null : workflowAt(resource, offset);
        if (workflow == null) {
            workflow = firstWorkflow(resource);
        }
        if (workflow == null) {
            return null;
        }
        QualifiedName name = names.getFullyQualifiedName(workflow);
        String svgText = svg.svg(swimlanes.swimlane(workflow, analyzer.analyze(workflow)));
        return new DiagramResult(name == null ? workflow.getName() : name.toString(), svgText);
    }

    private static Workflow workflowAt(XtextResource resource, int offset) {
        if (resource.getParseResult() == null) {
            return null;
        }
        ICompositeNode root = resource.getParseResult().getRootNode();
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
        EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
        return element == null ? null : EcoreUtil2.getContainerOfType(element, Workflow.class);
    }

    private static Workflow firstWorkflow(XtextResource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            return null;
        }
        return model.getWorkflows().isEmpty() ? null : model.getWorkflows().get(0);
    }
}

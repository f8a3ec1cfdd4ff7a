package org.wfa.dsl.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * The findings a change introduces and resolves. A finding is identified by its rule code, its
 * message and the element it is about (the step, workflow or organisation element around its
 * position), never by file or line: text that only moved keeps its findings. Accepted findings
 * ({@code @allow}) are not findings any more, so accepting one resolves it.
 */
final class FindingsDiff {

    /** A finding located in the model: the workflow it belongs to (null for none) and the element. */
    record Located(WfaDiagnostic diagnostic, String workflow, String element) {

        String key() {
            return diagnostic.code() + '\u0000' + diagnostic.message() + '\u0000' + workflow + '\u0000' + element;
        }

        FindingChange as(String action) {
            return new FindingChange(
                    action,
                    diagnostic.severity().label(),
                    diagnostic.code(),
                    diagnostic.message(),
                    element,
                    diagnostic.file() + ":" + diagnostic.line());
        }
    }

    private FindingsDiff() {}

    /**
     * Every finding of a compilation, located.
     *
     * @param stepName the name to compare a step by, given its workflow and its name (renamed steps of the old side)
     */
    static List<Located> locate(
            Compilation compilation, WfaSnapshots snapshots, BiFunction<String, String, String> stepName) {
        Map<String, XtextResource> byFile = new HashMap<>();
        for (int i = 0; i < compilation.sources().size(); i++) {
            byFile.put(
                    compilation.sources().get(i).displayPath(),
                    compilation.resources().get(i));
        }
        List<Located> located = new ArrayList<>();
        for (WfaDiagnostic d : compilation.diagnostics()) {
            if (d.accepted()) {
                continue;
            }
            EObject element = elementAt(byFile.get(d.file()), d.offset());
            Workflow workflow = element == null ? null : EcoreUtil2.getContainerOfType(element, Workflow.class);
            String workflowName = workflow == null ? null : snapshots.qualifiedName(workflow);
            String described = null;
            if (element instanceof Node node && workflowName != null) {
                described = WfaKinds.name(node.eClass()) + " '" + stepName.apply(workflowName, node.getName()) + "'";
            } else if (element instanceof Workflow) {
                described = "workflow '" + workflowName + "'";
            } else if (element != null) {
                described = WfaKinds.name(element.eClass()) + " '" + snapshots.qualifiedName(element) + "'";
            }
            located.add(new Located(d, workflowName, described));
        }
        return located;
    }

    /** The nearest named element around an offset: a step, workflow, artifact, party or team. */
    private static EObject elementAt(XtextResource resource, int offset) {
        if (resource == null || resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf =
                NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
        while (element != null
                && !(element instanceof Node
                        || element instanceof Workflow
                        || element instanceof Artifact
                        || element instanceof Party
                        || element instanceof Team)) {
            element = element.eContainer();
        }
        return element;
    }

    /** A finding introduced or resolved, with the workflow it belongs to (null for none). */
    record Entry(String workflow, FindingChange change) {}

    /** Findings of the new side not on the old (introduced), then of the old not on the new (resolved). */
    static List<Entry> compare(List<Located> before, List<Located> after) {
        List<Entry> result = new ArrayList<>();
        Map<String, Integer> old = counts(before);
        for (Located l : after) {
            if (old.merge(l.key(), -1, Integer::sum) < 0) {
                result.add(new Entry(l.workflow(), l.as("introduced")));
            }
        }
        Map<String, Integer> now = counts(after);
        for (Located l : before) {
            if (now.merge(l.key(), -1, Integer::sum) < 0) {
                result.add(new Entry(l.workflow(), l.as("resolved")));
            }
        }
        return result;
    }

    private static Map<String, Integer> counts(List<Located> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(l -> counts.merge(l.key(), 1, Integer::sum));
        return counts;
    }
}

package org.wfa.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Import;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Suppression;
import org.wfa.dsl.wfa.Workflow;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes for the findings whose repair is mechanical, keyed by the rules' codes. Each
 * fix inserts or replaces text in the canonical layout, so the file stays formatted.
 */
public class WfaQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    private static final String INDENT = "    ";

    @Inject
    private IQualifiedNameProvider qualifiedNames;

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private Provider<DiagnosticResolutionAcceptor> acceptors;

    /**
     * Unresolved names get one fix per suggested name, labelled with the name: the suggestions
     * travel in the diagnostic's data, which the annotated fix methods cannot see.
     */
    @Override
    public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
        if (!isCode(diagnostic, WfaIssueCodes.UNRESOLVED_REFERENCE)) {
            return super.getResolutions(options, diagnostic);
        }
        DiagnosticResolutionAcceptor acceptor = acceptors.get();
        for (String suggestion : data(diagnostic).suggestions()) {
            acceptor.accept(
                    "Change to '" + suggestion + "'",
                    (d, element, document) -> List.of(new TextEdit(d.getRange(), suggestion)));
        }
        return acceptor.getDiagnosticResolutions(options, diagnostic);
    }

    @Override
    public boolean handlesDiagnostic(Diagnostic diagnostic) {
        return isCode(diagnostic, WfaIssueCodes.UNRESOLVED_REFERENCE) || super.handlesDiagnostic(diagnostic);
    }

    private static boolean isCode(Diagnostic diagnostic, String code) {
        return diagnostic.getCode() != null
                && diagnostic.getCode().isLeft()
                && code.equals(diagnostic.getCode().getLeft());
    }

    @QuickFix(WfaIssueCodes.DECISION_NOT_COVERED)
    public void addOtherwise(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Add 'otherwise' leading to an end", (diagnostic, element, document) -> {
            Decision decision = EcoreUtil2.getContainerOfType(element, Decision.class);
            Workflow workflow = EcoreUtil2.getContainerOfType(element, Workflow.class);
            End end = workflow == null
                    ? null
                    : workflow.getNodes().stream()
                            .filter(End.class::isInstance)
                            .map(End.class::cast)
                            .findFirst()
                            .orElse(null);
            return decision == null || end == null
                    ? List.of()
                    : insertClause(decision, "otherwise -> " + end.getName(), document);
        });
    }

    @QuickFix(WfaIssueCodes.WORKFLOW_WITHOUT_OWNER)
    public void addOwner(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Make the most frequent accountable role the owner", (diagnostic, element, document) -> {
            Workflow workflow = EcoreUtil2.getContainerOfType(element, Workflow.class);
            Party candidate = workflow == null ? null : mostAccountable(workflow);
            return candidate == null
                    ? List.of()
                    : insertHeaderClause(workflow, "owner " + referenceText(candidate, workflow), document);
        });
    }

    @QuickFix(WfaIssueCodes.WAIT_WITHOUT_TIME_LIMIT)
    public void addEscalation(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Add an SLA that escalates to the workflow's owner", (diagnostic, element, document) -> {
            Approval approval = EcoreUtil2.getContainerOfType(element, Approval.class);
            Workflow workflow = EcoreUtil2.getContainerOfType(element, Workflow.class);
            if (approval == null
                    || workflow == null
                    || workflow.getOwner() == null
                    || approval.getApprovers().contains(workflow.getOwner())) {
                return List.of();
            }
            return insertClause(
                    approval, "sla 2 days escalate to " + referenceText(workflow.getOwner(), workflow), document);
        });
    }

    @QuickFix(WfaIssueCodes.AI_OUTPUT_UNREVIEWED)
    public void addHumanReview(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Add 'reviewed by' the agent's supervisor", (diagnostic, element, document) -> {
            Stage stage = EcoreUtil2.getContainerOfType(element, Stage.class);
            Agent agent = stage == null
                    ? null
                    : stage.getResponsible().stream()
                            .filter(Agent.class::isInstance)
                            .map(Agent.class::cast)
                            .findFirst()
                            .orElse(null);
            if (agent == null
                    || agent.getSupervisor() == null
                    || agent.getSupervisor().eIsProxy()) {
                return List.of();
            }
            return insertClause(stage, "reviewed by " + referenceText(agent.getSupervisor(), stage), document);
        });
    }

    @QuickFix(WfaIssueCodes.SUPPRESSION_WITHOUT_REASON)
    public void addReason(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Add a reason", (diagnostic, element, document) -> {
            Suppression suppression = EcoreUtil2.getContainerOfType(element, Suppression.class);
            ICompositeNode node = suppression == null ? null : NodeModelUtils.getNode(suppression);
            if (node == null) {
                return List.of();
            }
            int close = node.getEndOffset() - 1;
            Position at = document.getPosition(close);
            return List.of(new TextEdit(new Range(at, at), ", \"explain why this finding is acceptable here\""));
        });
    }

    @QuickFix(WfaIssueCodes.FORK_WITHOUT_JOIN)
    public void addJoin(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Join the branches before the end they reach", (diagnostic, element, document) -> {
            Fork fork = EcoreUtil2.getContainerOfType(element, Fork.class);
            return fork == null ? List.of() : joinBranches(fork, document);
        });
    }

    /**
     * When every branch of an unmatched fork runs into the same end, a join is inserted before
     * that end and the branches' arrows into the end are redirected to it. Other shapes need a
     * design decision (where the branches should meet), so no fix is offered for them.
     */
    private List<TextEdit> joinBranches(Fork fork, Document document) {
        Workflow workflow = (Workflow) fork.eContainer();
        WorkflowAnalysis analysis = analyzer.analyze(workflow);
        WorkflowAnalysis.ForkMatch match = analysis.matchOf(fork);
        if (match == null || match.join() != null) {
            return List.of();
        }
        FlowGraph graph = analysis.graph();
        End end = null;
        List<TextEdit> edits = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        workflow.getNodes().forEach(n -> names.add(n.getName()));
        String joinName = fork.getName() + "Joined";
        for (int i = 2; names.contains(joinName); i++) {
            joinName = fork.getName() + "Joined" + i;
        }
        for (int v : match.region()) {
            for (int w : graph.successors(v)) {
                if (graph.vertex(w) instanceof Join) {
                    return List.of(); // some branches already join: the design needs a decision
                }
                if (!(graph.vertex(w) instanceof End reached)) {
                    continue;
                }
                if (end != null && end != reached) {
                    return List.of();
                }
                end = reached;
                for (INode arrow : NodeModelUtils.findNodesForFeature(
                        graph.vertex(v), graph.vertex(v).eClass().getEStructuralFeature("next"))) {
                    if (arrow.getText().trim().equals(reached.getName())) {
                        Position start = document.getPosition(arrow.getOffset());
                        Position stop = document.getPosition(arrow.getEndOffset());
                        edits.add(new TextEdit(new Range(start, stop), joinName));
                    }
                }
            }
        }
        if (end == null || edits.isEmpty()) {
            return List.of();
        }
        Position endLine = new Position(
                document.getPosition(NodeModelUtils.getNode(end).getOffset()).getLine(), 0);
        edits.add(new TextEdit(
                new Range(endLine, endLine),
                INDENT + "join " + joinName + " {\n" + INDENT + INDENT + "-> " + end.getName() + "\n" + INDENT
                        + "}\n\n"));
        return edits;
    }

    /** A clause on a line of its own just before the element's closing brace, indented one level deeper. */
    private static List<TextEdit> insertClause(EObject element, String clause, Document document) {
        ICompositeNode node = NodeModelUtils.getNode(element);
        ILeafNode closing = null;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden() && "}".equals(leaf.getText())) {
                closing = leaf;
            }
        }
        if (closing == null) {
            return List.of();
        }
        Position brace = document.getPosition(closing.getOffset());
        Position lineStart = new Position(brace.getLine(), 0);
        String indent = " ".repeat(brace.getCharacter()) + INDENT;
        return List.of(new TextEdit(new Range(lineStart, lineStart), indent + clause + "\n"));
    }

    /** A header clause as the first line of the workflow's body. */
    private static List<TextEdit> insertHeaderClause(Workflow workflow, String clause, Document document) {
        for (ILeafNode leaf : NodeModelUtils.getNode(workflow).getLeafNodes()) {
            if (!leaf.isHidden() && "{".equals(leaf.getText())) {
                Position brace = document.getPosition(leaf.getOffset());
                Position next = new Position(brace.getLine() + 1, 0);
                Position workflowStart =
                        document.getPosition(NodeModelUtils.getNode(workflow).getOffset());
                String indent = " ".repeat(workflowStart.getCharacter()) + INDENT;
                return List.of(new TextEdit(new Range(next, next), indent + clause + "\n"));
            }
        }
        return List.of();
    }

    private static Party mostAccountable(Workflow workflow) {
        Map<Party, Integer> counts = new LinkedHashMap<>();
        for (Node node : workflow.getNodes()) {
            if (node instanceof Activity activity) {
                activity.getAccountable().stream()
                        .filter(p -> !p.eIsProxy())
                        .forEach(p -> counts.merge(p, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The shortest name that refers to the target from the context's file: through its package or an import. */
    private String referenceText(EObject target, EObject context) {
        String full = qualifiedNames.getFullyQualifiedName(target).toString();
        Model model = EcoreUtil2.getContainerOfType(context, Model.class);
        Set<String> prefixes = new LinkedHashSet<>();
        if (model != null && model.getName() != null) {
            prefixes.add(model.getName() + ".");
        }
        if (model != null) {
            for (Import imported : model.getImports()) {
                String namespace = imported.getImportedNamespace();
                if (namespace.endsWith(".*")) {
                    prefixes.add(namespace.substring(0, namespace.length() - 1));
                } else if (namespace.equals(full)) {
                    return full.substring(full.lastIndexOf('.') + 1);
                }
            }
        }
        String shortest = full;
        for (String prefix : prefixes) {
            if (full.startsWith(prefix) && full.length() - prefix.length() < shortest.length()) {
                shortest = full.substring(prefix.length());
            }
        }
        return shortest;
    }

    /**
     * The issue data of a diagnostic, whether its {@code data} arrived as the issue's array (in
     * process) or as JSON (from a client).
     */
    private static WfaIssueData data(Diagnostic diagnostic) {
        Object data = diagnostic.getData();
        List<String> values = new ArrayList<>();
        if (data instanceof String[] array) {
            values.addAll(List.of(array));
        } else if (data instanceof JsonArray array) {
            for (JsonElement element : array) {
                values.add(element.isJsonPrimitive() ? element.getAsString() : null);
            }
        } else if (data instanceof List<?> list) {
            list.forEach(value -> values.add(value instanceof String text ? text : null));
        }
        return WfaIssueData.decode(values.toArray(String[]::new));
    }
}

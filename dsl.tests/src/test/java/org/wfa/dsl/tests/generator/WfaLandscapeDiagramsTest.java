package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.diagram.Diagram.Edge;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Lane;
import org.wfa.dsl.generator.diagram.Diagram.Node;
import org.wfa.dsl.generator.diagram.Diagram.Shape;
import org.wfa.dsl.generator.docs.WfaLandscapeDiagrams;
import org.wfa.dsl.generator.docs.WfaWorkspaceDocBuilder;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaLandscapeDiagramsTest {

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaWorkspaceDocBuilder docs;

    @Test
    void examplesMapShowsTeamsWorkflowsAndSystemsInTheOwningTeamsLane() throws Exception {
        Diagram map = docs.build(WfaDocsFixture.compile(compiler, "examples")).landscape();
        Node expenses = node(map, "workflow:acme.finance.ExpenseReimbursement");
        assertEquals("acme.org.Finance", expenses.laneId());
        assertEquals(Shape.WORKFLOW, expenses.shape());
        assertEquals("acme.org.Finance", node(map, "system:acme.systems.SAP").laneId());
        assertEquals(Shape.TEAM, node(map, "team:acme.org.Staff").shape());
    }

    @Test
    void examplesMapLinksWorkflowsToWhatTheyDependOnAndWhomTheyHandWorkTo() throws Exception {
        Diagram map = docs.build(WfaDocsFixture.compile(compiler, "examples")).landscape();
        List<String> edges = map.edges().stream()
                .filter(e -> e.from().equals("workflow:acme.finance.ExpenseReimbursement"))
                .map(e -> e.to() + " " + e.style())
                .toList();
        assertEquals(
                List.of(
                        "system:acme.systems.Concur DEPENDENCY",
                        "system:acme.systems.SAP DEPENDENCY",
                        "team:acme.org.Staff HANDOFF",
                        "team:acme.org.Management HANDOFF"),
                edges);
    }

    @Test
    void teamMapFoldsConnectionsBetweenLanesAndCountsThem() {
        Diagram detailed = new Diagram(
                "landscape",
                "map",
                List.of(new Lane("a", "A"), new Lane("b", "B")),
                List.of(
                        new Node("w1", "W1", Shape.WORKFLOW, "a", null, null),
                        new Node("w2", "W2", Shape.WORKFLOW, "a", null, null),
                        new Node("s", "S", Shape.SYSTEM, "b", null, null),
                        new Node("t", "B", Shape.TEAM, "b", null, null)),
                List.of(
                        new Edge("w1", "s", null, EdgeStyle.DEPENDENCY),
                                new Edge("w2", "s", null, EdgeStyle.DEPENDENCY),
                        new Edge("w2", "t", null, EdgeStyle.HANDOFF), new Edge("w1", "w2", null, EdgeStyle.FLOW)));
        Diagram map = WfaLandscapeDiagrams.teamMap(detailed);
        assertEquals(
                List.of("A (2 workflows)", "B (0 workflows)"),
                map.nodes().stream().map(Node::label).toList());
        assertEquals(List.of(new Edge("a", "b", "3", EdgeStyle.HANDOFF)), map.edges());
    }

    private static Node node(Diagram diagram, String id) {
        return diagram.nodes().stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }
}

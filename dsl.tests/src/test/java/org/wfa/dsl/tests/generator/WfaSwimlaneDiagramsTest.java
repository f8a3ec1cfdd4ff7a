package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.diagram.Diagram;
import org.wfa.dsl.generator.docs.WfaSwimlaneDiagrams;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSwimlaneDiagramsTest {

    private static final String HIRING = """
            package acme.hr
            import acme.org.*

            workflow Hiring {
                owner HR.Head
                start -> screen
                stage screen "Screen CVs" {
                    responsible Screener
                    accountable HR.Recruiter
                    reviewed by HR.Recruiter
                    sla 2 days escalate to HR.Head on breach -> manual
                    -> fit
                }
                stage manual "Screen by hand" {
                    responsible HR.Recruiter
                    accountable HR.Recruiter
                    -> fit
                }
                decision fit {
                    decided by HR.Head
                    when true -> split "fits"
                    otherwise -> declined
                }
                fork split {
                    -> account
                    -> record
                }
                stage account {
                    responsible IT.Admin
                    accountable IT.Admin
                    -> both
                }
                stage record {
                    responsible Workday
                    accountable HR.Recruiter
                    -> both
                }
                join both {
                    -> hired
                }
                end hired
                end declined
            }
            """;

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private WfaSwimlaneDiagrams diagrams;

    private Diagram diagram;

    @BeforeEach
    void layOut() {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("hiring.wfa", HIRING).compile(compiler);
        Workflow workflow = ((Model)
                        compilation.resources().get(1).getContents().get(0))
                .getWorkflows()
                .get(0);
        diagram = diagrams.swimlane(workflow, analyzer.analyze(workflow));
    }

    @Test
    void lanesAreTeamsSystemsAndAgentsInOrderOfFirstAppearance() {
        assertEquals(
                List.of("CV screening assistant (AI agent)", "Human Resources", "IT", "Workday HCM (system)"),
                diagram.lanes().stream().map(Diagram.Lane::label).toList());
    }

    @Test
    void stepsSitInThePerformersLaneAndRoutingStepsInTheLaneLeadingToThem() {
        Map<String, String> lanes =
                diagram.nodes().stream().collect(Collectors.toMap(Diagram.Node::id, Diagram.Node::laneId));
        assertEquals("acme.org.Screener", lanes.get("screen"));
        assertEquals("acme.org.HR", lanes.get("manual"));
        assertEquals("acme.org.HR", lanes.get("fit"));
        assertEquals("acme.org.HR", lanes.get("split"));
        assertEquals("acme.org.IT", lanes.get("account"));
        assertEquals("acme.org.Workday", lanes.get("record"));
        assertEquals("acme.org.Screener", lanes.get("start-0"), "the start takes its first step's lane");
    }

    @Test
    void edgesBetweenLanesAreHandOffsAndBreachRoutesEscalations() {
        Map<String, Diagram.EdgeStyle> styles = diagram.edges().stream()
                .collect(Collectors.toMap(e -> e.from() + ">" + e.to() + ":" + e.label(), Diagram.Edge::style));
        assertEquals(Diagram.EdgeStyle.HANDOFF, styles.get("screen>fit:null"));
        assertEquals(Diagram.EdgeStyle.ESCALATION, styles.get("screen>manual:SLA 2 days breached"));
        assertEquals(Diagram.EdgeStyle.FLOW, styles.get("manual>fit:null"));
        assertEquals(Diagram.EdgeStyle.FLOW, styles.get("fit>split:fits"));
        assertEquals(Diagram.EdgeStyle.FLOW, styles.get("fit>declined:otherwise"));
    }

    @Test
    void everyStepAppearsOnceWithItsShape() {
        assertEquals(
                "START AI_TASK TASK DECISION FORK TASK SYSTEM_TASK JOIN END END",
                diagram.nodes().stream().map(n -> n.shape().name()).collect(Collectors.joining(" ")));
    }
}

package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.GatewayDirection;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.DataObject;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Lane;
import org.operaton.bpm.model.bpmn.instance.ParallelGateway;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.dc.Bounds;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaBpmnGeneratorTest {

    private static final Set<WfaTarget> BPMN_TARGETS =
            Set.of(WfaTarget.BPMN, WfaTarget.BPMN_OPERATON, WfaTarget.BPMN_FLOWABLE);

    private static final String FLOWABLE = "http://flowable.org/bpmn";

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @EnumSource(
            value = WfaTarget.class,
            names = {"BPMN", "BPMN_OPERATON", "BPMN_FLOWABLE"})
    void examplesMatchTheGoldenFiles(WfaTarget target) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, "examples", target);
        String folder = target.id().replace(':', '-') + "/";
        assertEquals(9, files.size(), files.toString());
        WfaDocsFixture.assertGolden("examples", files, path -> path.startsWith(folder));
    }

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyFileOfEveryFlavourPassesTheSchemaAfterBeingReadBack(String workspace) throws Exception {
        List<GeneratedFile> files = generator.generate(WfaDocsFixture.compile(compiler, workspace), BPMN_TARGETS);
        assertFalse(files.isEmpty());
        for (GeneratedFile file : files) {
            Bpmn.validateModel(read(file));
        }
    }

    @Test
    void generationIsByteIdenticalAcrossRuns() throws Exception {
        List<GeneratedFile> first = generator.generate(WfaDocsFixture.compile(compiler, "examples"), BPMN_TARGETS);
        List<GeneratedFile> second = generator.generate(WfaDocsFixture.compile(compiler, "examples"), BPMN_TARGETS);
        assertEquals(
                first.stream().map(GeneratedFile::path).toList(),
                second.stream().map(GeneratedFile::path).toList());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(
                    first.get(i).content(),
                    second.get(i).content(),
                    first.get(i).path());
        }
    }

    @Test
    void idsDeriveFromNames() throws Exception {
        BpmnModelInstance model = example("bpmn-operaton/acme.finance.ExpenseReimbursement.bpmn");
        Process process = model.getModelElementById("acme_finance_ExpenseReimbursement");
        assertNotNull(process);
        assertTrue(process.isExecutable());
        assertEquals("P180D", process.getOperatonHistoryTimeToLiveString());
        ServiceTask check = model.getModelElementById("checkReceipts");
        assertEquals("external", check.getOperatonType());
        assertEquals("acme.systems.ReceiptChecker", check.getOperatonTopic());
        UserTask review = model.getModelElementById("checkReceipts-review");
        assertEquals("acme.org.Finance.ExpenseAuditor", review.getOperatonCandidateGroups());
        UserTask approval = model.getModelElementById("managerApproval");
        assertEquals("acme.org.Management.LineManager", approval.getOperatonCandidateGroups());
        ExclusiveGateway gateway = model.getModelElementById("managerApproval-gateway");
        assertEquals(
                "flow-managerApproval-gateway-claimRejected",
                gateway.getDefault().getId());
        SequenceFlow approved = model.getModelElementById("flow-managerApproval-gateway-financeNeeded");
        assertEquals(
                "${managerApprovalApproved}", approved.getConditionExpression().getTextContent());
        BoundaryEvent sla = model.getModelElementById("checkReceipts-sla1");
        assertFalse(sla.cancelActivity(), "an SLA without a breach route only escalates");
        assertNotNull(model.getModelElementById("checkReceipts-sla1-escalated"));
    }

    @Test
    void standardFlavourHasNoOperatonExtensions() throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN);
        for (GeneratedFile file : files) {
            assertFalse(file.content().contains("operaton"), file.path());
            assertFalse(file.content().contains("flowable"), file.path());
        }
    }

    /** Flowable ignores Operaton's attributes; writing them would only mislead a reader. */
    @Test
    void flowableFlavourHasNoOperatonExtensionsAndOperatonFlavourNoFlowableOnes() throws Exception {
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN_FLOWABLE)) {
            assertFalse(file.content().contains("operaton"), file.path());
            assertTrue(file.content().contains("xmlns:flowable=\"" + FLOWABLE + "\""), file.path());
        }
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN_OPERATON)) {
            assertFalse(file.content().contains("flowable"), file.path());
        }
    }

    @Test
    void flowableFlavourGivesPeopleTasksToGroupsAndSystemsAndAgentsToExternalWorkers() throws Exception {
        BpmnModelInstance model = example("bpmn-flowable/acme.finance.ExpenseReimbursement.bpmn");
        Process process = model.getModelElementById("acme_finance_ExpenseReimbursement");
        assertNull(process.getOperatonHistoryTimeToLiveString());
        ServiceTask check = model.getModelElementById("checkReceipts");
        assertEquals("external-worker", check.getAttributeValueNs(FLOWABLE, "type"));
        assertEquals("acme.systems.ReceiptChecker", check.getAttributeValueNs(FLOWABLE, "topic"));
        assertNull(check.getOperatonType());
        UserTask review = model.getModelElementById("checkReceipts-review");
        assertEquals("acme.org.Finance.ExpenseAuditor", review.getAttributeValueNs(FLOWABLE, "candidateGroups"));
        UserTask approval = model.getModelElementById("managerApproval");
        assertEquals("acme.org.Management.LineManager", approval.getAttributeValueNs(FLOWABLE, "candidateGroups"));
        SequenceFlow approved = model.getModelElementById("flow-managerApproval-gateway-financeNeeded");
        assertEquals(
                "${managerApprovalApproved}", approved.getConditionExpression().getTextContent());
    }

    @Test
    void flowableFlavourEvaluatesRuleTablesInDecisionTasksThatClearTheRouteFirst() throws Exception {
        BpmnModelInstance model = example("bpmn-flowable/acme.lending.LoanOrigination.bpmn");
        ServiceTask task = model.getModelElementById("creditPolicy");
        assertEquals("dmn", task.getAttributeValueNs(FLOWABLE, "type"));
        List<ModelElementInstance> extensions =
                List.copyOf(task.getExtensionElements().getElements());
        assertEquals(
                List.of("executionListener", "field"),
                extensions.stream().map(e -> e.getDomElement().getLocalName()).toList());
        assertEquals("start", extensions.get(0).getAttributeValue("event"));
        assertEquals(
                "${execution.setVariable('creditPolicyRoute', null)}",
                extensions.get(0).getAttributeValue("expression"));
        assertEquals("decisionTableReferenceKey", extensions.get(1).getAttributeValue("name"));
        assertEquals(
                "acme_lending_LoanOrigination-creditPolicy", extensions.get(1).getAttributeValue("stringValue"));
        assertTrue(model.getModelElementsByType(BusinessRuleTask.class).isEmpty());
    }

    @Test
    void flowableCallActivitiesInheritTheCaseData() throws Exception {
        int calls = 0;
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN_FLOWABLE)) {
            for (CallActivity call : read(file).getModelElementsByType(CallActivity.class)) {
                assertEquals("true", call.getAttributeValueNs(FLOWABLE, "inheritVariables"), file.path());
                calls++;
            }
        }
        assertTrue(calls > 0, "the examples call workflows");
    }

    @ParameterizedTest
    @EnumSource(
            value = WfaTarget.class,
            names = {"BPMN", "BPMN_OPERATON", "BPMN_FLOWABLE"})
    void everyFlowNodeIsInOneLaneAndDrawnInsideIt(WfaTarget target) throws Exception {
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, "examples", target)) {
            BpmnModelInstance model = read(file);
            Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
            List<String> laneMembers = new ArrayList<>();
            for (Lane lane : model.getModelElementsByType(Lane.class)) {
                Bounds band = ((BpmnShape) lane.getDiagramElement()).getBounds();
                for (FlowNode node : lane.getFlowNodeRefs()) {
                    laneMembers.add(node.getId());
                    BpmnShape shape = (BpmnShape) node.getDiagramElement();
                    assertNotNull(shape, file + ": no shape for '" + node.getId() + "'");
                    double cx = shape.getBounds().getX() + shape.getBounds().getWidth() / 2;
                    double cy = shape.getBounds().getY() + shape.getBounds().getHeight() / 2;
                    assertTrue(
                            band.getX() <= cx
                                    && cx <= band.getX() + band.getWidth()
                                    && band.getY() <= cy
                                    && cy <= band.getY() + band.getHeight(),
                            file + ": '" + node.getId() + "' is drawn outside lane '" + lane.getId() + "'");
                }
            }
            assertEquals(
                    nodes.stream().map(FlowNode::getId).sorted().toList(),
                    laneMembers.stream().sorted().toList(),
                    file + ": every flow node is in exactly one lane");
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                BpmnEdge edge = (BpmnEdge) flow.getDiagramElement();
                assertNotNull(edge, file + ": no edge for '" + flow.getId() + "'");
                assertTrue(edge.getWaypoints().size() >= 2, file + ": '" + flow.getId() + "'");
            }
        }
    }

    /** A parallel gateway waits for a token on every incoming flow: a fork with two would never start. */
    @Test
    void routesIntoAForkMeetAtAnExclusiveGatewayFirst() throws Exception {
        BpmnModelInstance model = example("bpmn-operaton/acme.operations.IncidentManagement.bpmn");
        ParallelGateway fork = model.getModelElementById("respond");
        assertEquals(
                List.of("respond-merge"),
                fork.getIncoming().stream().map(f -> f.getSource().getId()).toList());
        ExclusiveGateway merge = model.getModelElementById("respond-merge");
        assertEquals(
                List.of("assessSeverity-route", "declareMajorIncident"),
                merge.getIncoming().stream().map(f -> f.getSource().getId()).toList());
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN_OPERATON)) {
            for (ParallelGateway gateway : read(file).getModelElementsByType(ParallelGateway.class)) {
                if (gateway.getGatewayDirection() == GatewayDirection.Diverging) {
                    assertEquals(1, gateway.getIncoming().size(), file.path() + ": '" + gateway.getId() + "'");
                }
            }
        }
    }

    private BpmnModelInstance example(String path) throws Exception {
        for (GeneratedFile file : generator.generate(WfaDocsFixture.compile(compiler, "examples"), BPMN_TARGETS)) {
            if (file.path().equals(path)) {
                return read(file);
            }
        }
        throw new AssertionError("not generated: " + path);
    }

    /**
     * A branch that reaches its join by two routes (a decision inside it) arrives as one token:
     * BPMN's parallel join waits for a token on every incoming flow, so the branch's routes are
     * merged first; otherwise the case would wait at the join for ever. A title with an
     * expression is escaped where Operaton evaluates it.
     */
    @Test
    void aBranchWithADecisionIsMergedBeforeItsJoinAndTitlesAreNotEvaluated() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    data {
                        senior: boolean
                    }
                    start -> split
                    fork split {
                        -> check
                        -> sign
                    }
                    decision check "Senior?" {
                        decided by HR.Head
                        when senior -> interview
                        otherwise -> joined
                    }
                    stage interview "Interview ${candidate}" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> joined
                    }
                    stage sign "Sign" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> joined
                    }
                    join joined {
                        -> done
                    }
                    end done
                }
                """).compile(compiler);
        assertFalse(compilation.hasErrors(), WfaTestWorkspace.render(compilation));
        BpmnModelInstance model = read(
                generator.generate(compilation, Set.of(WfaTarget.BPMN_OPERATON)).get(0));
        ParallelGateway join = model.getModelElementById("joined");
        assertEquals(2, join.getIncoming().size(), "one flow per branch into the join");
        ExclusiveGateway merge = model.getModelElementById("joined-merge1");
        assertEquals(
                List.of("check", "interview"),
                merge.getIncoming().stream()
                        .map(f -> f.getSource().getId())
                        .sorted()
                        .toList());
        assertEquals("Interview \\${candidate}", ((UserTask) model.getModelElementById("interview")).getName());
        Bpmn.validateModel(model);
    }

    /**
     * The routes one step sends into a join that no fork branch merges (here the fork is not
     * matched: a branch ends the case) are alternatives and arrive as one token: they are merged
     * before the parallel join, which otherwise would wait for both (found by the engines as
     * oracle for the soundness checker: the token model has one input per step, docs/semantics.md).
     */
    @Test
    void theRoutesOfOneStepIntoAJoinWithoutItsForkAreMergedBeforeIt() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start -> split
                    fork split {
                        -> offer
                        -> sign
                        -> give_up
                    }
                    stage offer "Offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        sla 2 days on breach -> joined
                        -> joined
                    }
                    stage sign "Sign" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> joined
                    }
                    stage give_up "Give up" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> early
                    }
                    end early
                    join joined {
                        -> done
                    }
                    end done
                }
                """).compile(compiler);
        BpmnModelInstance model = read(
                generator.generate(compilation, Set.of(WfaTarget.BPMN_OPERATON)).get(0));
        ParallelGateway join = model.getModelElementById("joined");
        assertEquals(
                List.of("joined-merge1", "sign"),
                join.getIncoming().stream()
                        .map(f -> f.getSource().getId())
                        .sorted()
                        .toList(),
                "one flow per step into the join");
        ExclusiveGateway merge = model.getModelElementById("joined-merge1");
        assertEquals(
                List.of("offer", BpmnIds.slaTimer("offer", 1)),
                merge.getIncoming().stream()
                        .map(f -> f.getSource().getId())
                        .sorted()
                        .toList());
        Bpmn.validateModel(model);
    }

    @Test
    void anAiStagesReviewedRouteIntoAJoinWithoutItsForkIsMergedWithItsBreachRoute() throws Exception {
        // Found by the engines as oracle: the review task's flow bypassed the merge, so the
        // parallel join waited for a third token that never came.
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start -> split
                    fork split {
                        -> screen
                        -> sign
                        -> give_up
                    }
                    stage screen "Screen" {
                        responsible Screener
                        accountable HR.Head
                        reviewed by HR.Recruiter
                        sla 2 days on breach -> joined
                        -> joined
                    }
                    stage sign "Sign" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> joined
                    }
                    stage give_up "Give up" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> early
                    }
                    end early
                    join joined {
                        -> done
                    }
                    end done
                }
                """).compile(compiler);
        BpmnModelInstance model = read(
                generator.generate(compilation, Set.of(WfaTarget.BPMN_OPERATON)).get(0));
        ParallelGateway join = model.getModelElementById("joined");
        assertEquals(
                List.of("joined-merge1", "sign"),
                join.getIncoming().stream()
                        .map(f -> f.getSource().getId())
                        .sorted()
                        .toList());
        ExclusiveGateway merge = model.getModelElementById("joined-merge1");
        assertEquals(
                List.of(BpmnIds.review("screen"), BpmnIds.slaTimer("screen", 1)),
                merge.getIncoming().stream()
                        .map(f -> f.getSource().getId())
                        .sorted()
                        .toList());
        Bpmn.validateModel(model);
    }

    @Test
    void aDataObjectNameIsALiteralForFlowableWhichEvaluatesIt() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr

                import acme.org.*

                artifact Offer "Offer for ${candidate}"

                workflow Hiring "Hiring" {
                    owner HR.Head
                    start -> offer
                    stage offer "Offer" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        produces Offer
                        -> done
                    }
                    end done
                }
                """).compile(compiler);
        BpmnModelInstance flowable = read(
                generator.generate(compilation, Set.of(WfaTarget.BPMN_FLOWABLE)).get(0));
        DataObject object =
                flowable.getModelElementsByType(DataObject.class).iterator().next();
        assertEquals("Offer for \\${candidate}", object.getName());
        BpmnModelInstance generic =
                read(generator.generate(compilation, Set.of(WfaTarget.BPMN)).get(0));
        assertEquals(
                "Offer for ${candidate}",
                generic.getModelElementsByType(DataObject.class)
                        .iterator()
                        .next()
                        .getName());
    }

    private static BpmnModelInstance read(GeneratedFile file) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
    }
}

package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.impl.BpmnModelConstants;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TimeDuration;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.util.time.Interval;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;

/**
 * The {@code bpmn:camunda8} output, checked with Camunda 8's own model library (no Zeebe engine
 * runs here): Zeebe's schema and design-time validation, and its conditions evaluated by the FEEL
 * engine Zeebe uses (feel-scala, here as Operaton's DMN engine brings it).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaBpmnCamunda8GeneratorTest {

    private static final String FOLDER = "bpmn-camunda8/";

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyFilePassesZeebesSchemaAndDesignTimeValidation(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.BPMN_CAMUNDA8);
        assertFalse(files.isEmpty());
        for (GeneratedFile file : files) {
            BpmnModelInstance model = read(file);
            Bpmn.validateModel(model);
            assertEquals(List.of(), zeebeFindings(model), file.path());
        }
    }

    /**
     * What Zeebe checks only when deploying, with the parts of it that are open: static timer
     * durations as its engine parses them, and the FEEL expressions in Zeebe's attributes.
     */
    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void timersParseAsZeebeReadsThemAndCorrelationKeysAreFeel(String workspace) throws Exception {
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.BPMN_CAMUNDA8)) {
            BpmnModelInstance model = read(file);
            for (TimeDuration duration : model.getModelElementsByType(TimeDuration.class)) {
                assertNotNull(Interval.parse(duration.getTextContent()), file.path());
            }
            for (ZeebeSubscription subscription : model.getModelElementsByType(ZeebeSubscription.class)) {
                String key = subscription.getCorrelationKey();
                assertTrue(key.startsWith("="), key);
                EvaluationResult result = FEEL.evaluateExpression(key.substring(1), Map.of(BpmnIds.CASE_ID, "case-1"));
                assertEquals("case-1", result.result(), file.path() + ": " + key);
            }
        }
    }

    /** The validation above can fail: the same checks find what a Camunda 8 file without its extensions lacks. */
    @Test
    void zeebesValidationFindsAServiceTaskWithoutJobTypeAndAWaitWithoutCorrelationKey() throws Exception {
        BpmnModelInstance model = example("acme.procurement.PurchaseToPay");
        ServiceTask match = model.getModelElementById("matchInvoice");
        match.getExtensionElements()
                .getElementsQuery()
                .filterByType(ZeebeTaskDefinition.class)
                .list()
                .forEach(definition -> match.getExtensionElements().removeChildElement(definition));
        IntermediateCatchEvent delivery = model.getModelElementById("awaitDelivery-event");
        var message = ((MessageEventDefinition)
                        delivery.getEventDefinitions().iterator().next())
                .getMessage();
        message.removeChildElement(message.getExtensionElements());
        List<String> findings = zeebeFindings(model);
        assertTrue(
                findings.stream().anyMatch(f -> f.contains("matchInvoice") && f.contains("zeebe:taskDefinition")),
                findings.toString());
        assertTrue(
                findings.stream().anyMatch(f -> f.contains(message.getId()) && f.contains("zeebe:subscription")),
                findings.toString());
    }

    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void filesMatchTheGoldenFiles(String workspace) throws Exception {
        List<GeneratedFile> files = WfaDocsFixture.generate(compiler, generator, workspace, WfaTarget.BPMN_CAMUNDA8);
        assertTrue(
                files.stream()
                        .allMatch(f -> f.path().startsWith(FOLDER) && f.path().endsWith(".bpmn")),
                files.toString());
        if (workspace.equals("examples")) {
            assertEquals(9, files.size(), files.toString());
        }
        WfaDocsFixture.assertGolden(workspace, files, path -> path.startsWith(FOLDER));
    }

    @Test
    void generationIsByteIdenticalAcrossRuns() throws Exception {
        Set<WfaTarget> target = Set.of(WfaTarget.BPMN_CAMUNDA8);
        List<GeneratedFile> first = generator.generate(WfaDocsFixture.compile(compiler, "examples"), target);
        List<GeneratedFile> second = generator.generate(WfaDocsFixture.compile(compiler, "examples"), target);
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

    /**
     * Every condition is evaluated with a case whose data has the declared types (and the
     * variables the approval and rule tasks set): it must parse, find every variable it reads
     * and give a boolean, as Zeebe requires of a sequence flow's condition.
     */
    @ParameterizedTest
    @MethodSource(WfaDocsFixture.WORKSPACES)
    void everyConditionIsFeelThatGivesABooleanOnACaseOfTheDeclaredTypes(String workspace) throws Exception {
        Compilation compilation = WfaDocsFixture.compile(compiler, workspace);
        Map<String, String> files = new LinkedHashMap<>();
        generator.generate(compilation, Set.of(WfaTarget.BPMN_CAMUNDA8)).forEach(f -> files.put(f.path(), f.content()));
        int evaluated = 0;
        for (var resource : compilation.resources()) {
            for (Workflow workflow : ((Model) resource.getContents().get(0)).getWorkflows()) {
                String name = ((Model) workflow.eContainer()).getName() + "." + workflow.getName();
                BpmnModelInstance model = read(files.get(FOLDER + name + ".bpmn"));
                Map<String, Object> variables = sampleCase(workflow);
                for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
                    String text = condition.getTextContent();
                    assertTrue(text.startsWith("="), name + ": not FEEL: " + text);
                    EvaluationResult result = FEEL.evaluateExpression(text.substring(1), variables);
                    assertTrue(result.isSuccess(), name + ": " + text + ": " + result.failure());
                    assertFalse(
                            result.hasSuppressedFailures(), name + ": " + text + ": " + result.suppressedFailures());
                    assertInstanceOf(Boolean.class, result.result(), name + ": " + text);
                    evaluated++;
                }
            }
        }
        assertTrue(evaluated >= (workspace.equals("examples") ? 30 : 1), "too few conditions: " + evaluated);
    }

    @Test
    void theFeelEngineRejectsWhatIsNotFeel() {
        // The evaluation above can fail: JUEL, the other flavours' language, is not FEEL.
        assertFalse(
                FEEL.evaluateExpression("${amount > 1000}", Map.of("amount", 5)).isSuccess());
    }

    @Test
    void stagesApprovalsRulesCallsAndWaitsCarryZeebesExtensions() throws Exception {
        BpmnModelInstance model = example("acme.procurement.PurchaseToPay");
        Process process = model.getModelElementById("acme_procurement_PurchaseToPay");
        assertTrue(process.isExecutable());

        UserTask raise = model.getModelElementById("raiseRequisition");
        assertNotNull(extension(raise, ZeebeUserTask.class), "a Camunda user task");
        assertEquals(
                "acme.org.Staff.Employee",
                extension(raise, ZeebeAssignmentDefinition.class).getCandidateGroups());
        UserTask approval = model.getModelElementById("budgetApproval");
        assertNotNull(extension(approval, ZeebeUserTask.class));
        assertEquals(
                "acme.org.Management.BudgetHolder",
                extension(approval, ZeebeAssignmentDefinition.class).getCandidateGroups());

        ServiceTask match = model.getModelElementById("matchInvoice");
        assertEquals(
                "acme.systems.SAP", extension(match, ZeebeTaskDefinition.class).getType());

        BusinessRuleTask rules = model.getModelElementById("approvalLimits");
        ZeebeCalledDecision decision = extension(rules, ZeebeCalledDecision.class);
        assertEquals(BpmnIds.dmnDecision("acme.procurement.PurchaseToPay", "approvalLimits"), decision.getDecisionId());
        assertEquals("approvalLimitsRoute", decision.getResultVariable());
        String dmn = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.DMN).stream()
                .filter(f -> f.path().equals("dmn/acme.procurement.PurchaseToPay.dmn"))
                .findFirst()
                .orElseThrow()
                .content();
        assertTrue(
                dmn.contains("id=\"" + decision.getDecisionId() + "\""), "the dmn target writes the called decision");

        SequenceFlow routed = model.getModelElementById("flow-approvalLimits-route-budgetApproval");
        assertEquals(
                "=approvalLimitsRoute = \"budgetApproval\"",
                routed.getConditionExpression().getTextContent());
        SequenceFlow approved = model.getModelElementById("flow-budgetApproval-gateway-createOrder");
        assertEquals(
                "=budgetApprovalApproved", approved.getConditionExpression().getTextContent());
        ExclusiveGateway gateway = model.getModelElementById("budgetApproval-gateway");
        assertEquals(
                "flow-budgetApproval-gateway-requisitionRejected",
                gateway.getDefault().getId());
        SequenceFlow tolerance = model.getModelElementById("flow-matchResult-preparePayment");
        assertEquals(
                "=priceVariance >= -2 and priceVariance <= 2",
                tolerance.getConditionExpression().getTextContent());

        IntermediateCatchEvent delivery = model.getModelElementById("awaitDelivery-event");
        var message = ((MessageEventDefinition)
                        delivery.getEventDefinitions().iterator().next())
                .getMessage();
        assertEquals("=caseId", extension(message, ZeebeSubscription.class).getCorrelationKey());
    }

    @Test
    void aCallPassesTheCaseBothWays() throws Exception {
        BpmnModelInstance model = example("acme.hr.EmployeeOnboarding");
        CallActivity call = model.getModelElementById("provisionAccess");
        ZeebeCalledElement called = extension(call, ZeebeCalledElement.class);
        assertEquals("acme_it_AccessProvisioning", called.getProcessId());
        assertTrue(called.isPropagateAllChildVariablesEnabled());
        assertTrue(called.isPropagateAllParentVariablesEnabled());
    }

    @Test
    void definitionsNameTheirPlatformAndPrefixesLikeCamundaModeler() throws Exception {
        GeneratedFile file = WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN_CAMUNDA8)
                .get(0);
        String xml = file.content();
        assertTrue(xml.contains("xmlns:zeebe=\"" + BpmnModelConstants.ZEEBE_NS + "\""), xml);
        assertTrue(xml.contains("<zeebe:"), xml);
        assertFalse(xml.contains("ns0:"), "no generated prefixes");
        assertFalse(xml.contains("operaton"), "no Operaton extensions");
        BpmnModelInstance model = read(file);
        assertEquals(
                "Camunda Cloud",
                model.getDefinitions().getAttributeValueNs(BpmnModelConstants.MODELER_NS, "executionPlatform"));
        assertEquals(
                zeebeLibraryVersion(),
                model.getDefinitions().getAttributeValueNs(BpmnModelConstants.MODELER_NS, "executionPlatformVersion"),
                "the output names the Zeebe version it is validated against");
    }

    /** Zeebe reads a message name that starts with '=' as FEEL: an event's text is kept as text. */
    @Test
    void anEventTextThatLooksLikeAnExpressionStaysAMessageName() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    start -> hold
                    wait hold "Hold" {
                        for event "=signed"
                        -> done
                    }
                    end done
                }
                """).compile(compiler);
        assertFalse(compilation.hasErrors(), WfaTestWorkspace.render(compilation));
        GeneratedFile file =
                generator.generate(compilation, Set.of(WfaTarget.BPMN_CAMUNDA8)).get(0);
        BpmnModelInstance model = read(file);
        assertEquals(List.of(), zeebeFindings(model));
        IntermediateCatchEvent hold = model.getModelElementById("hold");
        var message =
                ((MessageEventDefinition) hold.getEventDefinitions().iterator().next()).getMessage();
        assertEquals("=\"=signed\"", message.getName());
        assertEquals(
                "=signed",
                FEEL.evaluateExpression(message.getName().substring(1), Map.of())
                        .result());
    }

    /** Zeebe allows one plain start: a workflow whose workspace allows several starts has the others started by message. */
    @Test
    void aWorkflowWithSeveralStartsHasTheOthersStartedByMessage() throws Exception {
        Compilation compilation =
                WfaTestWorkspace.withOrganisation().file("w.wfa", """
                package acme.hr
                import acme.org.*

                @allow(start-count, "referrals enter apart from applications")
                workflow W "W" {
                    owner HR.Head
                    start applied -> screen
                    start referred -> screen
                    stage screen "Screen" {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> done
                    }
                    end done
                }
                """).compile(compiler);
        assertFalse(compilation.hasErrors(), WfaTestWorkspace.render(compilation));
        BpmnModelInstance model = read(
                generator.generate(compilation, Set.of(WfaTarget.BPMN_CAMUNDA8)).get(0));
        assertEquals(List.of(), zeebeFindings(model));
        StartEvent applied = model.getModelElementById("start-applied");
        assertTrue(applied.getEventDefinitions().isEmpty(), "the first start stays a plain start");
        StartEvent referred = model.getModelElementById("start-referred");
        MessageEventDefinition definition = (MessageEventDefinition)
                referred.getEventDefinitions().iterator().next();
        assertEquals("acme_hr_W.start-referred", definition.getMessage().getName());
    }

    /** A case of the workflow: a value of each data field's type, each approval approved, each rule table routed. */
    private static Map<String, Object> sampleCase(Workflow workflow) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (workflow.getData() != null) {
            for (DataField field : workflow.getData().getFields()) {
                variables.put(field.getName(), sample(field));
            }
        }
        for (var node : workflow.getNodes()) {
            if (node instanceof Approval approval) {
                variables.put(BpmnIds.approvedVariable(approval.getName()), true);
            } else if (node instanceof Decision decision && decision.getTable() != null) {
                variables.put(BpmnIds.routeVariable(decision.getName()), "someStep");
            }
        }
        return variables;
    }

    /** Case data as the process variables carry it: dates as ISO text, durations in minutes, enumeration values as names. */
    private static Object sample(DataField field) {
        if (field.getType() instanceof EnumType enumeration) {
            return enumeration.getLiterals().get(0).getName();
        }
        return switch (((PrimitiveType) field.getType()).getKind()) {
            case TEXT -> "text";
            case NUMBER -> 1500;
            case BOOLEAN -> true;
            case DATE -> "2026-01-01";
            case DURATION -> 90;
        };
    }

    private static List<String> zeebeFindings(BpmnModelInstance model) {
        ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        List<String> findings = new ArrayList<>();
        for (Map.Entry<ModelElementInstance, List<ValidationResult>> entry :
                results.getResults().entrySet()) {
            String element = entry.getKey().getAttributeValue("id");
            for (ValidationResult result : entry.getValue()) {
                findings.add(result.getType() + " " + element + ": " + result.getMessage());
            }
        }
        return findings;
    }

    private static <T extends ModelElementInstance> T extension(
            io.camunda.zeebe.model.bpmn.instance.BaseElement element, Class<T> type) {
        assertNotNull(element.getExtensionElements(), element.getId() + " has no extension elements");
        return element.getExtensionElements()
                .getElementsQuery()
                .filterByType(type)
                .singleResult();
    }

    private BpmnModelInstance example(String qualifiedName) throws Exception {
        for (GeneratedFile file : WfaDocsFixture.generate(compiler, generator, "examples", WfaTarget.BPMN_CAMUNDA8)) {
            if (file.path().equals(FOLDER + qualifiedName + ".bpmn")) {
                return read(file);
            }
        }
        throw new AssertionError("not generated: " + qualifiedName);
    }

    private static String zeebeLibraryVersion() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Bpmn.class.getClassLoader().getResourceAsStream("bpmn-model.properties")) {
            properties.load(in);
        }
        return properties.getProperty("zeebe.version");
    }

    private static BpmnModelInstance read(GeneratedFile file) {
        return read(file.content());
    }

    private static BpmnModelInstance read(String xml) {
        assertNotNull(xml);
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

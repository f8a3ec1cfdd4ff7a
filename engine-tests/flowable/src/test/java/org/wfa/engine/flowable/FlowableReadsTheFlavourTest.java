package org.wfa.engine.flowable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.ExternalWorkerServiceTask;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.workspace.Compilation;

/**
 * Reads the {@code bpmn:flowable} output of the examples with Flowable's own BPMN converter
 * (schema check on) and checks it with Flowable's process validator, the checks Flowable runs
 * when a process is deployed; then checks that Flowable's model carries the mapping.
 */
class FlowableReadsTheFlavourTest {

    private static final Map<String, BpmnModel> MODELS = new LinkedHashMap<>();

    @BeforeAll
    static void readExamples() throws Exception {
        WfaCompiler compiler = WfaCompiler.create();
        Path examples =
                Path.of(System.getProperty("wfa.repositoryRoot", "../..")).resolve("examples");
        Compilation compilation = compiler.compile(List.of(examples));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        for (GeneratedFile file : WfaGenerator.create().generate(compilation, Set.of(WfaTarget.BPMN_FLOWABLE))) {
            byte[] xml = file.content().getBytes(StandardCharsets.UTF_8);
            MODELS.put(
                    file.path(),
                    new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(xml), true, true));
        }
        assertEquals(9, MODELS.size(), MODELS.keySet().toString());
    }

    @Test
    void flowablesValidatorFindsNoErrorInAnyExample() {
        for (Map.Entry<String, BpmnModel> entry : MODELS.entrySet()) {
            List<ValidationError> errors = validate(entry.getValue()).stream()
                    .filter(e -> !e.isWarning())
                    .toList();
            assertEquals(List.of(), errors, entry.getKey());
        }
    }

    /**
     * Flowable's model keeps data objects but not their references and associations, so its
     * validator cannot find what their diagram shapes and edges point to. That is the only
     * warning it may give.
     */
    @Test
    void flowablesOnlyWarningsAreAboutTheDiagramOfDataObjectReferencesAndAssociations() {
        Pattern dataReference =
                Pattern.compile(".*could not find (artifact-\\S+-ref|\\S+-(produces|consumes)-artifact-\\S+)");
        int warnings = 0;
        for (Map.Entry<String, BpmnModel> entry : MODELS.entrySet()) {
            for (ValidationError warning : validate(entry.getValue()).stream()
                    .filter(ValidationError::isWarning)
                    .toList()) {
                assertEquals("flowable-di-invalid-reference", warning.getProblem(), entry.getKey() + ": " + warning);
                assertTrue(
                        dataReference.matcher(warning.getDefaultDescription()).matches(),
                        entry.getKey() + ": " + warning.getDefaultDescription());
                warnings++;
            }
        }
        assertTrue(warnings > 0, "the examples have data objects");
    }

    private static List<ValidationError> validate(BpmnModel model) {
        return new ProcessValidatorFactory().createDefaultProcessValidator().validate(model);
    }

    @Test
    void systemAndAgentStagesAreExternalWorkerTasksOnTheirTopic() {
        BpmnModel model = MODELS.get("bpmn-flowable/acme.finance.ExpenseReimbursement.bpmn");
        ExternalWorkerServiceTask check =
                assertInstanceOf(ExternalWorkerServiceTask.class, model.getFlowElement("checkReceipts"));
        assertEquals("acme.systems.ReceiptChecker", check.getTopic());
    }

    @Test
    void peoplesTasksOfferThemselvesToTheResponsibleRoles() {
        BpmnModel model = MODELS.get("bpmn-flowable/acme.finance.ExpenseReimbursement.bpmn");
        UserTask review = (UserTask) model.getFlowElement("checkReceipts-review");
        assertEquals(List.of("acme.org.Finance.ExpenseAuditor"), review.getCandidateGroups());
        UserTask approval = (UserTask) model.getFlowElement("managerApproval");
        assertEquals(List.of("acme.org.Management.LineManager"), approval.getCandidateGroups());
    }

    @Test
    void ruleTablesAreDecisionTasksNamingTheirDmnDecision() {
        BpmnModel model = MODELS.get("bpmn-flowable/acme.lending.LoanOrigination.bpmn");
        ServiceTask task = (ServiceTask) model.getFlowElement("creditPolicy");
        assertEquals(ServiceTask.DMN_TASK, task.getType());
        FieldExtension key = task.getFieldExtensions().get(0);
        assertEquals("decisionTableReferenceKey", key.getFieldName());
        assertEquals("acme_lending_LoanOrigination-creditPolicy", key.getStringValue());
        assertEquals(
                List.of("start"),
                task.getExecutionListeners().stream().map(l -> l.getEvent()).toList());
    }

    @Test
    void calledWorkflowsInheritTheCaseData() {
        int calls = 0;
        for (BpmnModel model : MODELS.values()) {
            for (CallActivity call : model.getMainProcess().findFlowElementsOfType(CallActivity.class)) {
                assertTrue(call.isInheritVariables(), call.getId());
                calls++;
            }
        }
        assertTrue(calls > 0, "the examples call workflows");
    }
}

package org.wfa.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.AnyCell;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Channel;
import org.wfa.dsl.wfa.Classification;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.DurationLiteral;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.HitPolicy;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.NumberLiteral;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.PrimitiveKind;
import org.wfa.dsl.wfa.PrimitiveType;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.TimeUnit;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaParsingTest {

    @Inject
    private ParseHelper<Model> parser;

    private Model parse(String text) throws Exception {
        Model model = parser.parse(text);
        assertNotNull(model);
        EList<Resource.Diagnostic> errors = model.eResource().getErrors();
        List<String> syntaxErrors = errors.stream()
                .filter(e -> e instanceof AbstractDiagnostic d
                        && !Diagnostic.LINKING_DIAGNOSTIC.equals(d.getCode())
                        && !WfaIssueCodes.UNRESOLVED_REFERENCE.equals(d.getCode()))
                .map(Resource.Diagnostic::getMessage)
                .toList();
        assertTrue(syntaxErrors.isEmpty(), () -> "unexpected syntax errors: " + syntaxErrors);
        return model;
    }

    @Test
    void parsesOrganisationModel() throws Exception {
        Model model = parse("""
                package acme.org

                team HR "Human Resources" {
                    description "People operations"
                    role Recruiter "Recruiter" {
                        description "Finds candidates"
                    }
                    role Head
                }

                person alice "Alice Martin" {
                    description "Senior recruiter"
                    holds HR.Recruiter, HR.Head
                }

                system Workday "Workday HCM" {
                    description "Employee records"
                    owned by HR
                }

                agent Screener "CV screening assistant" {
                    does "Ranks applications", "Drafts rejection letters"
                    supervised by HR.Recruiter
                    uses Workday
                }

                artifact Contract "Employment contract" confidential {
                    description "Signed by both parties"
                }
                """);
        assertEquals("acme.org", model.getName());
        Team hr = model.getTeams().get(0);
        assertEquals("Human Resources", hr.getTitle());
        assertEquals(
                List.of("Recruiter", "Head"),
                hr.getRoles().stream().map(r -> r.getName()).toList());
        Person alice = assertInstanceOf(Person.class, model.getParties().get(0));
        assertEquals(2, alice.getHolds().size());
        SystemDecl workday =
                assertInstanceOf(SystemDecl.class, model.getParties().get(1));
        assertEquals("HR", workday.getOwner().getName());
        Agent screener = assertInstanceOf(Agent.class, model.getParties().get(2));
        assertEquals(List.of("Ranks applications", "Drafts rejection letters"), screener.getCapabilities());
        assertEquals("Recruiter", screener.getSupervisor().getName());
        Artifact contract = model.getArtifacts().get(0);
        assertEquals(Classification.CONFIDENTIAL, contract.getClassification());
    }

    @Test
    void parsesWorkflowHeaderDataAndDependencies() throws Exception {
        Model model = parse("""
                workflow Hiring "Hiring" {
                    description "From vacancy to signed contract"
                    version "2.1"
                    owner HR.Head
                    goal "Fill vacancies within 30 days"
                    trigger "A vacancy is approved"
                    sla 30 days
                    data {
                        salary: number "Offered yearly salary"
                        position: text
                        remote: boolean
                        start: date
                        notice: duration
                        level: enum { junior, senior, principal }
                    }
                    depends on team IT "Accounts and laptops"
                    depends on system Workday
                    depends on agent Screener
                    depends on workflow acme.it.Provisioning
                    artifact Offer "Offer letter" internal
                    start Vacancy "Vacancy approved" -> Done

                    end Done
                }
                """);
        Workflow workflow = model.getWorkflows().get(0);
        assertEquals("2.1", workflow.getVersion());
        assertEquals("Fill vacancies within 30 days", workflow.getGoal());
        assertEquals(30, workflow.getSla().getWithin().getValue());
        assertEquals(TimeUnit.DAYS, workflow.getSla().getWithin().getUnit());
        assertEquals(6, workflow.getData().getFields().size());
        assertEquals(
                PrimitiveKind.DURATION,
                ((PrimitiveType) workflow.getData().getFields().get(4).getType()).getKind());
        EnumType level = assertInstanceOf(
                EnumType.class, workflow.getData().getFields().get(5).getType());
        assertEquals(3, level.getLiterals().size());
        assertEquals(
                "Offered yearly salary", workflow.getData().getFields().get(0).getDescription());
        assertEquals(4, workflow.getDependencies().size());
        assertEquals("Accounts and laptops", workflow.getDependencies().get(0).getReason());
        assertEquals("Vacancy", workflow.getStarts().get(0).getName());
    }

    @Test
    void parsesEveryStageClause() throws Exception {
        Model model = parse("""
                workflow W {
                    start -> Prepare

                    stage Prepare "Prepare the contract" {
                        description "Drafted from the offer"
                        responsible HR.Recruiter, Screener
                        accountable HR.Head
                        consulted Legal.Counsel
                        informed IT.ServiceDesk, IT.Admin
                        consumes Offer
                        produces Contract, Checklist
                        uses Workday
                        duration 2 days
                        sla 3 days escalate to HR.Head on breach -> Done
                        sla 1 week
                        notify IT.ServiceDesk of Contract via email
                        notify HR.Head about "Contract ready" via chat
                        reviewed by HR.Head
                        -> Done
                    }

                    end Done
                }
                """);
        Stage stage = (Stage) model.getWorkflows().get(0).getNodes().get(0);
        assertEquals(2, stage.getResponsible().size());
        assertEquals(1, stage.getAccountable().size());
        assertEquals(2, stage.getProduces().size());
        assertEquals(TimeUnit.DAYS, stage.getDuration().getUnit());
        assertEquals(2, stage.getSlas().size());
        assertNotNull(stage.getSlas().get(0).getRoute());
        assertEquals(TimeUnit.WEEKS, stage.getSlas().get(1).getWithin().getUnit());
        assertEquals(Channel.EMAIL, stage.getNotifications().get(0).getChannel());
        assertEquals("Contract ready", stage.getNotifications().get(1).getMessage());
        assertEquals(1, stage.getReviewers().size());
        assertEquals("Done", stage.getNext().get(0).getName());
    }

    @Test
    void parsesConditionsWithPrecedence() throws Exception {
        Model model = parse("""
                workflow W {
                    data {
                        amount: number
                        level: enum { low, high }
                        urgent: boolean
                    }
                    start -> D

                    decision D "Which route?" {
                        decided by Finance.Controller
                        when amount > 1000 or level = high and not urgent -> E "large"
                        when level not in [low] and (amount <= -5.5 or urgent) -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        Decision decision = (Decision) model.getWorkflows().get(0).getNodes().get(0);
        Or or = assertInstanceOf(Or.class, decision.getOutcomes().get(0).getCondition());
        Compare left = assertInstanceOf(Compare.class, or.getLeft());
        assertEquals(CompareOp.GT, left.getOp());
        And and = assertInstanceOf(And.class, or.getRight());
        assertInstanceOf(Not.class, and.getRight());
        assertEquals("large", decision.getOutcomes().get(0).getLabel());
        And second = assertInstanceOf(And.class, decision.getOutcomes().get(1).getCondition());
        InList notIn = assertInstanceOf(InList.class, second.getLeft());
        assertTrue(notIn.isNegated());
        Or inner = assertInstanceOf(Or.class, second.getRight());
        NumberLiteral number = assertInstanceOf(NumberLiteral.class, ((Compare) inner.getLeft()).getRight());
        assertEquals(new BigDecimal("-5.5"), number.getValue());
        assertNotNull(decision.getOtherwise());
    }

    @Test
    void parsesDurationLiteralsInConditions() throws Exception {
        Model model = parse("""
                workflow W {
                    data {
                        waited: duration
                    }
                    start -> D

                    decision D {
                        when waited >= 3 days -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        Decision decision = (Decision) model.getWorkflows().get(0).getNodes().get(0);
        DurationLiteral duration = assertInstanceOf(
                DurationLiteral.class, ((Compare) decision.getOutcomes().get(0).getCondition()).getRight());
        assertEquals(3, duration.getDuration().getValue());
    }

    @Test
    void parsesRuleTables() throws Exception {
        Model model = parse("""
                workflow Loan {
                    data {
                        score: number
                        purpose: enum { home, car, other }
                    }
                    start -> Risk

                    decision Risk "Which risk class?" {
                        rules first on score, purpose {
                            >= 700, in [home, car] -> Approve "prime"
                            < 500, - -> Decline
                            -, other -> Review
                        }
                        otherwise -> Review
                    }

                    end Approve
                    end Decline
                    end Review
                }
                """);
        Decision risk = (Decision) model.getWorkflows().get(0).getNodes().get(0);
        assertEquals(HitPolicy.FIRST, risk.getTable().getHitPolicy());
        assertEquals(3, risk.getTable().getRows().size());
        TestCell score = assertInstanceOf(
                TestCell.class, risk.getTable().getRows().get(0).getCells().get(0));
        assertEquals(CompareOp.GE, score.getOp());
        assertInstanceOf(
                InCell.class, risk.getTable().getRows().get(0).getCells().get(1));
        assertInstanceOf(
                AnyCell.class, risk.getTable().getRows().get(1).getCells().get(1));
        assertEquals("prime", risk.getTable().getRows().get(0).getLabel());
    }

    @Test
    void parsesApprovalForkJoinWaitCallAndEnd() throws Exception {
        Model model = parse("""
                workflow W {
                    start -> Approve

                    approval Approve "Approve the purchase" {
                        description "Four eyes"
                        approver Finance.Controller
                        approves Request
                        informed Procurement.Buyer
                        sla 2 days escalate to Finance.Head
                        notify Procurement.Buyer about "Decision made" via portal
                        approved -> Split
                        rejected -> Rejected
                    }

                    fork Split "Provision in parallel" {
                        -> A
                        -> B
                    }

                    call A "Order the laptop" {
                        workflow acme.it.Ordering
                        accountable IT.Admin
                        -> Together
                    }

                    wait B "Wait for the signature" {
                        for event "Contract signed"
                        timeout 10 days -> Rejected
                        -> Together
                    }

                    join Together {
                        -> Done
                    }

                    stage Request {
                        -> Approve
                    }

                    end Done "Purchased" {
                        notify Procurement.Buyer about "Done" via email
                    }

                    end Rejected
                }
                """);
        List<?> nodes = model.getWorkflows().get(0).getNodes();
        Approval approval = assertInstanceOf(Approval.class, nodes.get(0));
        assertEquals("Request", approval.getSubject().getName());
        assertEquals("Split", approval.getApproved().getName());
        assertEquals("Rejected", approval.getRejected().getName());
        assertEquals(2, assertInstanceOf(Fork.class, nodes.get(1)).getBranches().size());
        assertNotNull(assertInstanceOf(Call.class, nodes.get(2)).getCalled());
        Wait wait = assertInstanceOf(Wait.class, nodes.get(3));
        assertEquals("Contract signed", wait.getEvent());
        assertEquals(10, wait.getTimeout().getValue());
        assertEquals(1, assertInstanceOf(Join.class, nodes.get(4)).getNext().size());
        assertEquals(
                1, assertInstanceOf(End.class, nodes.get(6)).getNotifications().size());
    }

    @Test
    void acceptsCommonWordsAsCaseDataNames() throws Exception {
        Model model = parse("""
                workflow W {
                    data {
                        start: date
                        priority: enum { low, first, any }
                        duration: duration
                        date: date
                    }
                    start -> D

                    decision D {
                        when priority = first and start < "2026-01-01" -> E
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(4, model.getWorkflows().get(0).getData().getFields().size());
    }

    @Test
    void acceptsTimeUnitsAsCaseDataNamesAndStillReadsDurationsAfterNumbers() throws Exception {
        Model model = parse("""
                workflow W {
                    data {
                        days: number
                        waited: duration
                    }
                    start -> D

                    decision D {
                        when days > 3 and waited > 3 days -> E
                        rules first on days { > 10 -> E }
                        otherwise -> E
                    }

                    end E
                }
                """);
        assertEquals(
                "days", model.getWorkflows().get(0).getData().getFields().get(0).getName());
        Decision decision = (Decision) model.getWorkflows().get(0).getNodes().get(0);
        And condition =
                assertInstanceOf(And.class, decision.getOutcomes().get(0).getCondition());
        assertInstanceOf(NumberLiteral.class, ((Compare) condition.getLeft()).getRight());
        DurationLiteral waited = assertInstanceOf(DurationLiteral.class, ((Compare) condition.getRight()).getRight());
        assertEquals(TimeUnit.DAYS, waited.getDuration().getUnit());
        assertEquals("days", decision.getTable().getInputs().get(0).getName());
    }

    @Test
    void keepsCommentsOutOfTheModel() throws Exception {
        Model model = parse("""
                // The organisation
                /* spans
                   lines */
                team HR { // trailing
                    role Head
                }
                """);
        assertEquals(1, model.getTeams().size());
        assertFalse(model.getTeams().get(0).getRoles().isEmpty());
    }
}

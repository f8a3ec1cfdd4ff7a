package org.wfa.engine.paths;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.operaton.bpm.model.bpmn.instance.MessageEventDefinition;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.engine.paths.ConditionSolver.Constraint;
import org.wfa.engine.paths.Move.Exit;

/**
 * Runs one path of a workflow on the engine, as the people and systems of the path would: it
 * completes each user task as a member of the candidate group the .wfa model names, completes
 * external tasks by their topic, decides approvals, delivers the messages waits wait for, and
 * fires a timer only where the path breaches an SLA or times out. Before each piece of work it
 * sets the case data that the decisions up to the next piece of work need.
 */
public final class PathRunner {

    private final Engine engine;
    private final WfaRefs refs;
    /** The generated BPMN of each workflow, by process id. */
    private final Function<String, BpmnModelInstance> models;
    /** The path a called workflow takes when it is called. */
    private final Function<Workflow, List<Move>> calledPath;

    public PathRunner(
            Engine engine,
            WfaRefs refs,
            Function<String, BpmnModelInstance> models,
            Function<Workflow, List<Move>> calledPath) {
        this.engine = engine;
        this.refs = refs;
        this.models = models;
        this.calledPath = calledPath;
    }

    /** Starts a case of the workflow and drives it along the path; returns the process instance id. */
    public String start(Workflow workflow, List<Move> path) {
        String processId = BpmnIds.process(refs.of(workflow).name());
        Map<String, Object> data =
                ConditionSolver.solve(constraintsAfter(path, -1), ConditionSolver.defaults(workflow));
        String instance = engine.start(processId, data);
        drive(instance, workflow, path, data);
        return instance;
    }

    /** Drives an instance that is already running (a called workflow) along the path. */
    private void drive(String instanceId, Workflow workflow, List<Move> path, Map<String, Object> data) {
        BpmnModelInstance model = models.apply(BpmnIds.process(refs.of(workflow).name()));
        for (int i = 0; i < path.size(); i++) {
            Move move = path.get(i);
            if (!isWork(move)) {
                continue;
            }
            Map<String, Object> solved = ConditionSolver.solve(constraintsAfter(path, i), data);
            data.clear();
            data.putAll(solved);
            engine.setVariables(instanceId, data);
            try {
                act(instanceId, move, model);
            } catch (AssertionError | RuntimeException e) {
                // What the engine did up to here tells where the generated process and the path part.
                throw new AssertionError(
                        e.getMessage() + "; the case had visited " + engine.visitedActivities(instanceId)
                                + " with data " + data,
                        e);
            }
        }
    }

    /** Whether the engine waits for someone at this move. */
    static boolean isWork(Move move) {
        if (!(move.step() instanceof Node step)) {
            return false;
        }
        return switch (StepKind.of(step)) {
            case STAGE, CALL, APPROVAL, WAIT -> true;
            case DECISION, FORK, JOIN, END -> false;
        };
    }

    /** The decisions between a move and the next piece of work, as constraints on the case data. */
    private static List<Constraint> constraintsAfter(List<Move> path, int from) {
        List<Constraint> constraints = new ArrayList<>();
        for (int i = from + 1; i < path.size() && !isWork(path.get(i)); i++) {
            constraints.addAll(constraintsOf(path.get(i)));
        }
        return constraints;
    }

    /** What the case data must be for a decision to leave by the move's route (nothing for other steps). */
    static List<Constraint> constraintsOf(Move move) {
        List<Constraint> constraints = new ArrayList<>();
        if (move.step() instanceof Decision decision && decision.getTable() != null) {
            constraints.addAll(ruleConstraints(decision.getTable(), move));
        } else if (move.step() instanceof Decision decision) {
            int taken = move.exit() == Exit.OUTCOME
                    ? move.index()
                    : decision.getOutcomes().size();
            for (int o = 0; o < taken; o++) {
                constraints.add(
                        Constraint.condition(decision.getOutcomes().get(o).getCondition(), false));
            }
            if (move.exit() == Exit.OUTCOME) {
                constraints.add(
                        Constraint.condition(decision.getOutcomes().get(taken).getCondition(), true));
            }
        }
        return constraints;
    }

    /**
     * The case data that make the rule table choose the move's row, under the table's hit policy:
     * the first matching row wins (a priority table is written as a first-hit table of the same
     * rows stably sorted by the rank of their targets); a unique table's other rows must not
     * match; an any table's rows may overlap where they lead to the same step. For
     * {@code otherwise}, no row matches.
     */
    private static List<Constraint> ruleConstraints(RuleTable table, Move move) {
        List<Constraint> constraints = new ArrayList<>();
        List<RuleRow> rows = table.getRows();
        if (move.exit() != Exit.RULE) {
            rows.forEach(row -> constraints.add(Constraint.rule(table, row, false)));
            return constraints;
        }
        RuleRow chosen = rows.get(move.index());
        constraints.add(Constraint.rule(table, chosen, true));
        List<Node> ranks = rows.stream().map(RuleRow::getTarget).distinct().toList();
        for (int i = 0; i < rows.size(); i++) {
            RuleRow other = rows.get(i);
            boolean excluded = switch (table.getHitPolicy()) {
                case FIRST -> i < move.index();
                case PRIORITY ->
                    ranks.indexOf(other.getTarget()) < ranks.indexOf(chosen.getTarget())
                            || other.getTarget() == chosen.getTarget() && i < move.index();
                case UNIQUE -> i != move.index();
                case ANY -> other.getTarget() != chosen.getTarget();
            };
            if (excluded) {
                constraints.add(Constraint.rule(table, other, false));
            }
        }
        return constraints;
    }

    /** Does the work of the move (a stage done, an approval decided, an event delivered, a timer fired). */
    void act(String instanceId, Move move, BpmnModelInstance model) {
        Node step = (Node) move.step();
        String id = BpmnIds.step(step.getName());
        if (move.exit() == Exit.SLA_BREACH) {
            engine.fireTimer(instanceId, BpmnIds.slaTimer(id, move.index() + 1));
            return;
        }
        Runnable action = switch (StepKind.of(step)) {
            case WAIT -> () -> await(instanceId, (Wait) step, id, move, model);
            case APPROVAL ->
                () -> {
                    Approval approval = (Approval) step;
                    completeUserTask(
                            instanceId,
                            id,
                            approval.getApprovers(),
                            Map.of(BpmnIds.approvedVariable(approval.getName()), move.exit() == Exit.APPROVED));
                };
            case CALL ->
                () -> {
                    Call call = (Call) step;
                    String called = engine.calledInstance(instanceId);
                    assertNotNull(called, "call '" + call.getName() + "' started no process");
                    Map<String, Object> data = new LinkedHashMap<>(ConditionSolver.defaults(call.getCalled()));
                    drive(called, call.getCalled(), calledPath.apply(call.getCalled()), data);
                };
            case STAGE ->
                () -> {
                    Stage stage = (Stage) step;
                    if (model.getModelElementById(id) instanceof ServiceTask task) {
                        engine.completeServiceTask(instanceId, task);
                        if (!stage.getReviewers().isEmpty()
                                && model.getModelElementById(BpmnIds.review(stage.getName())) != null) {
                            completeUserTask(
                                    instanceId, BpmnIds.review(stage.getName()), stage.getReviewers(), Map.of());
                        }
                    } else {
                        completeUserTask(instanceId, id, stage.getResponsible(), Map.of());
                    }
                };
            // Not work (see isWork): the engine moves on by itself.
            case DECISION, FORK, JOIN, END -> () -> {};
        };
        action.run();
    }

    private void await(String instanceId, Wait wait, String id, Move move, BpmnModelInstance model) {
        if (move.exit() == Exit.TIMEOUT) {
            engine.fireTimer(instanceId, BpmnIds.waitTimeout(wait.getName()));
        } else {
            String event = wait.getTimeout() == null ? id : BpmnIds.waitEvent(wait.getName());
            IntermediateCatchEvent catchEvent = model.getModelElementById(event);
            String message = catchEvent.getEventDefinitions().stream()
                    .filter(MessageEventDefinition.class::isInstance)
                    .map(MessageEventDefinition.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .getMessage()
                    .getName();
            // The engine evaluates the name (JUEL): what it waits for is the text as written in
            // the .wfa file, which the model escapes (BpmnFlavour.literal).
            engine.correlateMessage(instanceId, message.replace("\\${", "${").replace("\\#{", "#{"));
        }
    }

    /** Completes the task as a member of the first role the model gives the work to (or as the named person). */
    private void completeUserTask(
            String instanceId, String taskId, List<Party> parties, Map<String, Object> variables) {
        Party party = parties.stream()
                .filter(p -> p instanceof Role || p instanceof Person)
                .findFirst()
                .orElse(null);
        engine.completeUserTask(
                instanceId,
                taskId,
                party instanceof Role ? refs.of(party).name() : null,
                party instanceof Person ? refs.of(party).name() : null,
                variables);
    }
}

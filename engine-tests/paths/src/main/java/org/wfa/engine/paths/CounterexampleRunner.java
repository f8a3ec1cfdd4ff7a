package org.wfa.engine.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.semantics.Soundness.Firing;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.WorkflowNet;
import org.wfa.dsl.semantics.WorkflowNet.Transition;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.engine.paths.ConditionSolver.Constraint;
import org.wfa.engine.paths.Engine.CaseState;
import org.wfa.engine.paths.Move.Exit;

/**
 * Replays a soundness checker's counterexample on an engine and says whether the engine shows the
 * same problem (docs/reliability.md, "The engines as oracle for soundness").
 *
 * <p>The counterexample is a sequence of firings of the workflow's token model. The engine does
 * the steps that nobody works on (decisions, forks, joins, ends) by itself as soon as a token
 * arrives; the runner does the work in the firing order (a stage done, an approval's verdict, an
 * event delivered, a timer fired for an SLA breach or a timeout). Which decision outcome the
 * engine takes depends on the case data at the moment the token arrives: the runner follows
 * each token through the model to find the piece of work whose completion sends it to the
 * decision, and sets the data the decision needs just before that work is completed.
 *
 * <p>What agreement means, per kind, against the generated BPMN:
 * <ul>
 * <li>deadlock: the case has not ended and nothing can move it on — no open user task, no
 * external task, no timer job, no message subscription; its tokens wait at parallel gateways;</li>
 * <li>lack of synchronisation at a step people or systems work on: two of its tasks (or
 * subscriptions) are open at once; at a step the engine passes by itself (a join, a decision, a
 * fork): the engine recorded the second arrival — a parallel gateway counts arriving tokens, not
 * the flows they came on, so the second token of one branch makes the join fire early or fire
 * twice;</li>
 * <li>improper completion: the end event was reached and the case has not ended;</li>
 * <li>no option to complete: the case reached the state of the trap and has not ended (the engine
 * cannot show that it never will: this agreement is weaker);</li>
 * <li>a dead step has no counterexample to replay.</li>
 * </ul>
 */
public final class CounterexampleRunner {

    public enum Outcome {
        /** The engine shows the problem. */
        REPRODUCED,
        /** The engine does something else: a disagreement, to be explained. */
        NOT_REPRODUCED,
        /** Nothing to replay (a dead step) or no case data takes the counterexample's decisions. */
        NOT_REPLAYABLE
    }

    /** What replaying one problem showed, with what the engine's case looked like at the end. */
    public record Verdict(Kind kind, Outcome outcome, String detail) {}

    private final Engine engine;
    private final PathRunner runner;
    private final WfaRefs refs;
    private final Function<String, BpmnModelInstance> models;

    public CounterexampleRunner(Engine engine, WfaRefs refs, Function<String, BpmnModelInstance> models) {
        this.engine = engine;
        this.refs = refs;
        this.models = models;
        // Counterexamples of unsound workflows never call a workflow: the generator leaves calls out.
        this.runner = new PathRunner(engine, refs, models, called -> {
            throw new IllegalStateException("a counterexample through a call is not replayed");
        });
    }

    /** Replays the problem's counterexample on a new case of the workflow. */
    public Verdict replay(Workflow workflow, WorkflowNet net, Problem problem) {
        if (problem.counterexample().isEmpty()) {
            return new Verdict(problem.kind(), Outcome.NOT_REPLAYABLE, "no counterexample (a dead step)");
        }
        Replay replay;
        try {
            replay = plan(net, problem.counterexample());
        } catch (IllegalStateException e) {
            return new Verdict(problem.kind(), Outcome.NOT_REPRODUCED, "the model disagrees: " + e.getMessage());
        }
        String processId = BpmnIds.process(refs.of(workflow).name());
        BpmnModelInstance model = models.apply(processId);
        String instance;
        Map<String, Object> data;
        try {
            data = ConditionSolver.solve(replay.constraints(-1), ConditionSolver.defaults(workflow));
        } catch (ConditionSolver.Unreachable e) {
            return new Verdict(problem.kind(), Outcome.NOT_REPLAYABLE, e.getMessage());
        }
        instance = engine.start(processId, data);
        try {
            return drive(instance, replay, problem, model, data);
        } finally {
            // A stuck case keeps its open work, which a worker fetching by topic would meet again.
            if (!engine.state(instance).ended()) {
                engine.delete(instance);
            }
        }
    }

    private Verdict drive(
            String instance, Replay replay, Problem problem, BpmnModelInstance model, Map<String, Object> data) {
        for (int k = 0; k < replay.moves().size(); k++) {
            Move move = replay.moves().get(k);
            if (move == null || !PathRunner.isWork(move)) {
                continue;
            }
            try {
                data = ConditionSolver.solve(replay.constraints(k), data);
            } catch (ConditionSolver.Unreachable e) {
                return new Verdict(problem.kind(), Outcome.NOT_REPLAYABLE, e.getMessage());
            }
            engine.setVariables(instance, data);
            try {
                runner.act(instance, move, model);
            } catch (AssertionError | RuntimeException e) {
                return new Verdict(
                        problem.kind(),
                        Outcome.NOT_REPRODUCED,
                        "firing " + (k + 1) + " ("
                                + describe(problem.counterexample().get(k)) + ") failed on the engine: "
                                + e.getMessage() + "; " + engine.state(instance));
            }
        }
        return judge(problem, replay, engine.state(instance), engine.visitedActivities(instance));
    }

    private Verdict judge(Problem problem, Replay replay, CaseState state, List<String> visited) {
        EObject where = problem.steps().isEmpty() ? null : problem.steps().get(0);
        String detail = state.toString();
        boolean agrees = switch (problem.kind()) {
            case DEADLOCK, NO_OPTION_TO_COMPLETE -> problem.kind() == Kind.DEADLOCK ? state.stuck() : !state.ended();
            case IMPROPER_COMPLETION -> !state.ended() && visited.contains(BpmnIds.step(((Node) where).getName()));
            case LACK_OF_SYNCHRONISATION -> {
                Node step = (Node) where;
                String id = BpmnIds.step(step.getName());
                if (PathRunner.isWork(new Move(step, Exit.NEXT, 0))) {
                    List<String> ids = List.of(id, BpmnIds.review(step.getName()), BpmnIds.waitEvent(step.getName()));
                    long open = state.active().stream().filter(ids::contains).count();
                    detail = open + " open at '" + id + "'; " + detail;
                    yield open >= 2;
                }
                long arrived = visited.stream().filter(id::equals).count();
                int expected = replay.arrivals().getOrDefault(step, 0);
                detail = arrived + " arrivals at '" + id + "' on the engine, " + expected + " in the model; " + detail;
                yield arrived >= expected && expected >= 2;
            }
            case DEAD_STEP -> false;
        };
        return new Verdict(problem.kind(), agrees ? Outcome.REPRODUCED : Outcome.NOT_REPRODUCED, detail);
    }

    /**
     * The counterexample as moves (null for the start, forks, joins and ends, which the engine does
     * by itself), the decisions grouped by the move whose completion sends the token to them
     * (-1: the start), and how many tokens arrived at each step.
     */
    private record Replay(List<Move> moves, Map<Integer, List<Constraint>> grouped, Map<EObject, Integer> arrivals) {

        List<Constraint> constraints(int trigger) {
            return grouped.getOrDefault(trigger, List.of());
        }
    }

    private static Replay plan(WorkflowNet net, List<Firing> firings) {
        // Each token remembers the work that sent it; a token put by the engine's own steps
        // inherits the latest trigger among the tokens they consumed.
        Map<Integer, Deque<Integer>> tokens = new HashMap<>();
        tokens.computeIfAbsent(net.initialPlace(), p -> new ArrayDeque<>()).add(-1);
        List<Move> moves = new ArrayList<>();
        Map<Integer, List<Constraint>> grouped = new LinkedHashMap<>();
        Map<EObject, Integer> arrivals = new HashMap<>();
        for (int k = 0; k < firings.size(); k++) {
            Firing firing = firings.get(k);
            Transition transition = net.transitionsOf(firing.step()).stream()
                    .filter(t -> t.choice().equals(firing.choice()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no transition for " + describe(firing)));
            int trigger = -1;
            for (int place : transition.consumes()) {
                Deque<Integer> waiting = tokens.get(place);
                if (waiting == null || waiting.isEmpty()) {
                    throw new IllegalStateException(describe(firing) + " is not enabled");
                }
                trigger = Math.max(trigger, waiting.poll());
            }
            Move move = move(firing);
            moves.add(move);
            if (move != null && PathRunner.isWork(move)) {
                trigger = k;
            } else if (move != null) {
                grouped.computeIfAbsent(trigger, t -> new ArrayList<>()).addAll(PathRunner.constraintsOf(move));
            }
            for (int place : transition.produces()) {
                tokens.computeIfAbsent(place, p -> new ArrayDeque<>()).add(trigger);
                EObject step = net.places().get(place).step();
                arrivals.merge(step, 1, Integer::sum);
            }
        }
        return new Replay(moves, grouped, arrivals);
    }

    /** The move a firing makes, or null for a firing the engine does by itself without a choice. */
    private static Move move(Firing firing) {
        if (!(firing.step() instanceof Node step)) {
            return null;
        }
        String choice = firing.choice();
        return switch (StepKind.of(step)) {
            case FORK, JOIN, END -> null;
            case STAGE, CALL -> choice.equals("done") ? new Move(step, Exit.NEXT, 0) : breach(step, choice);
            case APPROVAL ->
                switch (choice) {
                    case "approved" -> new Move(step, Exit.APPROVED, 0);
                    case "rejected" -> new Move(step, Exit.REJECTED, 0);
                    default -> breach(step, choice);
                };
            case WAIT -> choice.startsWith("timeout ") ? new Move(step, Exit.TIMEOUT, 0) : new Move(step, Exit.NEXT, 0);
            case DECISION -> decisionMove((Decision) step, choice);
        };
    }

    private static Move decisionMove(Decision decision, String choice) {
        for (int i = 0; i < decision.getOutcomes().size(); i++) {
            if (choice.equals(
                    "when " + WfaRefs.sourceText(decision.getOutcomes().get(i).getCondition()))) {
                return new Move(decision, Exit.OUTCOME, i);
            }
        }
        if (decision.getTable() != null) {
            for (int i = 0; i < decision.getTable().getRows().size(); i++) {
                if (choice.equals("rule '"
                        + WfaRefs.sourceText(decision.getTable().getRows().get(i)) + "'")) {
                    return new Move(decision, Exit.RULE, i);
                }
            }
        }
        if (choice.equals("otherwise")) {
            return new Move(decision, Exit.OTHERWISE, 0);
        }
        throw new IllegalStateException("decision '" + decision.getName() + "' has no choice " + choice);
    }

    /** The SLA whose breach the choice names: the first routed one of that duration (the earliest). */
    private static Move breach(Node step, String choice) {
        List<Sla> slas = step instanceof Approval approval ? approval.getSlas() : ((Activity) step).getSlas();
        for (int i = 0; i < slas.size(); i++) {
            Sla sla = slas.get(i);
            if (sla.getRoute() != null && choice.equals("SLA " + WfaRefs.duration(sla.getWithin()) + " breached")) {
                return new Move(step, Exit.SLA_BREACH, i);
            }
        }
        throw new IllegalStateException("'" + step.getName() + "' has no choice " + choice);
    }

    public static String describe(Firing firing) {
        String name = firing.step() instanceof Node node ? node.getName() : "start";
        return name + " " + firing.choice();
    }
}

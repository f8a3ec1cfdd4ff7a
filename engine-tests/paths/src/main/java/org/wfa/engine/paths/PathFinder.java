package org.wfa.engine.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.End;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Wait;
import org.wfa.engine.paths.Move.Exit;

/**
 * Every path of a workflow from its start to an end, computed from the .wfa model: each
 * decision outcome and rule row, each approval approved and rejected, each SLA breach route and
 * wait timeout. A route is taken at most twice per path: once on the way into a loop and once
 * round it, so every loop is gone round at most once.
 * A fork's branches are all in the path, one after the other (each to the fork's join), in
 * every combination of their own paths; the join follows them.
 */
public final class PathFinder {

    private static final int MAX_USES = 2;

    private final WorkflowAnalysis analysis;

    public PathFinder(WorkflowAnalysis analysis) {
        this.analysis = analysis;
    }

    public List<List<Move>> paths() {
        Start start = analysis.workflow().getStarts().get(0);
        return walk(start, Map.of(), null);
    }

    private record Route(Exit exit, int index, Node target) {}

    /** The paths from a step to an end, or to {@code stop} (a join, left out of the paths). */
    private List<List<Move>> walk(EObject step, Map<String, Integer> used, Join stop) {
        List<List<Move>> paths = new ArrayList<>();
        if (step == stop) {
            paths.add(List.of());
            return paths;
        }
        if (step instanceof End) {
            paths.add(List.of(new Move(step, Exit.END, 0)));
            return paths;
        }
        if (step instanceof Fork fork) {
            Join join = analysis.matchOf(fork).join();
            List<List<Move>> branches = List.of(List.of(new Move(fork, Exit.FORK, 0)));
            for (Node branch : fork.getBranches()) {
                List<List<Move>> combined = new ArrayList<>();
                for (List<Move> prefix : branches) {
                    for (List<Move> tail : walk(branch, used, join)) {
                        combined.add(concat(prefix, tail));
                    }
                }
                branches = combined;
            }
            for (List<Move> prefix : branches) {
                List<Move> withJoin = concat(prefix, List.of(new Move(join, Exit.NEXT, 0)));
                for (List<Move> tail : walk(join.getNext().get(0), used, stop)) {
                    paths.add(concat(withJoin, tail));
                }
            }
            return paths;
        }
        for (Route route : routes(step)) {
            String key = analysis.graph().indexOf(step) + "/" + route.exit() + "/" + route.index();
            if (used.getOrDefault(key, 0) >= MAX_USES || route.target() == null) {
                continue;
            }
            Map<String, Integer> now = new HashMap<>(used);
            now.merge(key, 1, Integer::sum);
            for (List<Move> tail : walk(route.target(), now, stop)) {
                paths.add(concat(List.of(new Move(step, route.exit(), route.index())), tail));
            }
        }
        return paths;
    }

    private static List<Route> routes(EObject step) {
        if (step instanceof Start start) {
            return List.of(new Route(Exit.NEXT, 0, start.getTarget()));
        }
        Node node = (Node) step;
        List<Route> routes = new ArrayList<>();
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) node;
                activity.getNext().forEach(next -> routes.add(new Route(Exit.NEXT, 0, next)));
                for (int i = 0; i < activity.getSlas().size(); i++) {
                    routes.add(new Route(
                            Exit.SLA_BREACH, i, activity.getSlas().get(i).getRoute()));
                }
                yield routes;
            }
            case DECISION -> {
                Decision decision = (Decision) node;
                for (int i = 0; i < decision.getOutcomes().size(); i++) {
                    routes.add(new Route(
                            Exit.OUTCOME, i, decision.getOutcomes().get(i).getTarget()));
                }
                if (decision.getTable() != null) {
                    for (int i = 0; i < decision.getTable().getRows().size(); i++) {
                        routes.add(new Route(
                                Exit.RULE,
                                i,
                                decision.getTable().getRows().get(i).getTarget()));
                    }
                }
                routes.add(new Route(Exit.OTHERWISE, 0, decision.getOtherwise()));
                yield routes;
            }
            case APPROVAL -> {
                Approval approval = (Approval) node;
                routes.add(new Route(Exit.APPROVED, 0, approval.getApproved()));
                routes.add(new Route(Exit.REJECTED, 0, approval.getRejected()));
                for (int i = 0; i < approval.getSlas().size(); i++) {
                    routes.add(new Route(
                            Exit.SLA_BREACH, i, approval.getSlas().get(i).getRoute()));
                }
                yield routes;
            }
            case JOIN -> {
                ((Join) node).getNext().forEach(next -> routes.add(new Route(Exit.NEXT, 0, next)));
                yield routes;
            }
            case WAIT -> {
                Wait wait = (Wait) node;
                wait.getNext().forEach(next -> routes.add(new Route(Exit.NEXT, 0, next)));
                routes.add(new Route(Exit.TIMEOUT, 0, wait.getTimeoutRoute()));
                yield routes;
            }
            // Walked without routes: an end closes the path, a fork runs all its branches.
            case END, FORK -> routes;
        };
    }

    private static List<Move> concat(List<Move> first, List<Move> second) {
        List<Move> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

package org.wfa.dsl.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.WorkflowAnalysis.Handoff;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.Team;

/**
 * For each piece of work, the nearest work before it (searching backwards through routing
 * steps), when another party owns it: a hand-off, cross-team when their teams differ.
 */
final class Handoffs {

    private final List<Handoff> handoffs = new ArrayList<>();

    Handoffs(FlowGraph graph) {
        for (int v = 0; v < graph.size(); v++) {
            EObject to = graph.vertex(v);
            if (!isWork(to)) {
                continue;
            }
            Party toOwner = WfaOrganisation.ownerOf(to);
            Team toTeam = WfaOrganisation.teamOf(toOwner);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            Set<Integer> seen = new HashSet<>();
            for (int p : graph.predecessors(v)) {
                if (seen.add(p)) {
                    queue.add(p);
                }
            }
            while (!queue.isEmpty()) {
                int p = queue.poll();
                EObject from = graph.vertex(p);
                if (isWork(from)) {
                    Party fromOwner = WfaOrganisation.ownerOf(from);
                    if (fromOwner != null && toOwner != null && fromOwner != toOwner) {
                        handoffs.add(
                                new Handoff(from, to, WfaOrganisation.teamOf(fromOwner), toTeam, passed(from, to)));
                    }
                    continue;
                }
                for (int q : graph.predecessors(p)) {
                    if (seen.add(q)) {
                        queue.add(q);
                    }
                }
            }
        }
    }

    List<Handoff> handoffs() {
        return handoffs;
    }

    /** Work is what a party does: stages, calls and approvals; the other steps only route. */
    private static boolean isWork(EObject vertex) {
        return vertex instanceof Node step
                && switch (StepKind.of(step)) {
                    case STAGE, CALL, APPROVAL -> true;
                    case DECISION, FORK, JOIN, WAIT, END -> false;
                };
    }

    /** The artifacts 'from' produces that 'to' consumes (an approval consumes what its subject produced). */
    private static List<Artifact> passed(EObject from, EObject to) {
        List<Artifact> produced = WorkflowAnalysis.produced(from);
        List<Artifact> consumed = switch (StepKind.of((Node) to)) {
            case STAGE -> ((Stage) to).getConsumes();
            case APPROVAL -> ((Approval) to).getSubject() instanceof Stage subject ? subject.getProduces() : List.of();
            case CALL, DECISION, FORK, JOIN, WAIT, END -> List.of();
        };
        return produced.stream().filter(consumed::contains).toList();
    }
}

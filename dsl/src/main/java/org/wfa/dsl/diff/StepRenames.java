package org.wfa.dsl.diff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.wfa.dsl.wfa.Workflow;

/**
 * Finds the steps that were renamed: a step that disappears under one name and appears under
 * another with the same structure (kind, owner and RACI, artifacts in and out, predecessors and
 * successors) is the same step, not one removed and one added. Neighbours that were themselves
 * renamed are compared under their new names, so renaming is repeated until nothing more
 * matches; first exact structures, then, for steps that also changed a little, the most similar
 * pair if it shares most of its structure and neither has a better partner.
 */
final class StepRenames {

    /** Share of structural facts two steps must have in common to be taken as one step renamed. */
    private static final double SIMILARITY = 0.6;

    /** Facts of the structure that identify a step; its name and title are not among them. */
    private static final List<String> STRUCTURE = List.of(
            "responsible",
            "accountable",
            "consulted",
            "informed",
            "consumes",
            "produces",
            "uses",
            "reviewed by",
            "decided by",
            "approver",
            "approves",
            "calls workflow",
            "waits for",
            "duration",
            "sla");

    private StepRenames() {}

    /** Old name to new name of every renamed step. */
    static Map<String, String> detect(Workflow before, Workflow after, WfaSnapshots snapshots) {
        Map<String, String> renames = new LinkedHashMap<>();
        Map<String, Snapshot> now = snapshots.steps(after, UnaryOperator.identity());
        Map<String, Set<String>> nowFacts = facts(now, snapshots.edges(after, UnaryOperator.identity()));
        boolean exact = true;
        while (true) {
            UnaryOperator<String> rename = name -> renames.getOrDefault(name, name);
            Map<String, Snapshot> old = snapshots.steps(before, rename);
            Map<String, Set<String>> oldFacts = facts(old, snapshots.edges(before, rename));
            List<String> gone = old.keySet().stream()
                    .filter(n -> !now.containsKey(n) && !renames.containsValue(n))
                    .toList();
            List<String> come =
                    now.keySet().stream().filter(n -> !old.containsKey(n)).toList();
            Map<String, String> found = exact
                    ? exactMatches(gone, come, old, now, oldFacts, nowFacts)
                    : similarMatches(gone, come, old, now, oldFacts, nowFacts);
            if (found.isEmpty()) {
                if (!exact) {
                    return renames;
                }
                exact = false;
                continue;
            }
            renames.putAll(found);
            exact = true;
        }
    }

    private static Map<String, String> exactMatches(
            List<String> gone,
            List<String> come,
            Map<String, Snapshot> old,
            Map<String, Snapshot> now,
            Map<String, Set<String>> oldFacts,
            Map<String, Set<String>> nowFacts) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String g : gone) {
            List<String> candidates = come.stream()
                    .filter(c -> sameKind(old.get(g), now.get(c))
                            && oldFacts.get(g).size() >= 2
                            && oldFacts.get(g).equals(nowFacts.get(c)))
                    .toList();
            if (candidates.size() == 1) {
                String c = candidates.get(0);
                long rivals = gone.stream()
                        .filter(o -> sameKind(old.get(o), now.get(c))
                                && oldFacts.get(o).equals(nowFacts.get(c)))
                        .count();
                if (rivals == 1) {
                    found.put(g, c);
                }
            }
        }
        return found;
    }

    private static Map<String, String> similarMatches(
            List<String> gone,
            List<String> come,
            Map<String, Snapshot> old,
            Map<String, Snapshot> now,
            Map<String, Set<String>> oldFacts,
            Map<String, Set<String>> nowFacts) {
        Map<String, String> best = new HashMap<>();
        Map<String, Double> bestScore = new HashMap<>();
        for (String g : gone) {
            for (String c : come) {
                if (!sameKind(old.get(g), now.get(c))) {
                    continue;
                }
                double score = similarity(oldFacts.get(g), nowFacts.get(c));
                if (score >= SIMILARITY && score > bestScore.getOrDefault(g, 0.0)) {
                    best.put(g, c);
                    bestScore.put(g, score);
                }
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String g : gone) {
            String c = best.get(g);
            if (c == null) {
                continue;
            }
            // Mutual best: no other vanished step fits the new one as well.
            boolean mutual = gone.stream()
                    .filter(o -> !o.equals(g) && sameKind(old.get(o), now.get(c)))
                    .allMatch(o -> similarity(oldFacts.get(o), nowFacts.get(c)) < bestScore.get(g));
            if (mutual && !found.containsValue(c)) {
                found.put(g, c);
            }
        }
        return found;
    }

    private static boolean sameKind(Snapshot a, Snapshot b) {
        return a.kind().equals(b.kind());
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }

    private static Map<String, Set<String>> facts(Map<String, Snapshot> steps, List<FlowEdge> edges) {
        Map<String, Set<String>> facts = new HashMap<>();
        steps.forEach((name, step) -> {
            Set<String> own = new HashSet<>();
            for (String property : STRUCTURE) {
                step.get(property).forEach(v -> own.add(property + "=" + v));
            }
            facts.put(name, own);
        });
        for (FlowEdge edge : edges) {
            add(facts, edge.from(), "next=" + edge.to());
            add(facts, edge.to(), "previous=" + edge.from());
        }
        return facts;
    }

    private static void add(Map<String, Set<String>> facts, String step, String fact) {
        Set<String> set = facts.get(step);
        if (set != null) {
            set.add(fact);
        }
    }
}

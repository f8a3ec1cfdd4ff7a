package org.wfa.dsl.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Finds the names in a scope that are closest to a misspelt one (edit distance, case-insensitive).
 */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {}

    public static List<String> closest(String misspelt, IScope scope) {
        if (misspelt == null || misspelt.isEmpty()) {
            return List.of();
        }
        String wanted = misspelt.toLowerCase();
        int limit = Math.max(2, wanted.length() / 3);
        record Candidate(String name, int distance) {}
        List<Candidate> candidates = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        for (IEObjectDescription description : scope.getAllElements()) {
            // A scope lists an element under each name it is visible by, shortest first.
            if (!seen.add(description.getEObjectURI())) {
                continue;
            }
            String name = description.getName().toString();
            int distance = Math.min(
                    distance(wanted, name.toLowerCase()),
                    distance(wanted, description.getName().getLastSegment().toLowerCase()));
            if (distance <= limit) {
                candidates.add(new Candidate(name, distance));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance)
                .thenComparingInt(c -> c.name().length())
                .thenComparing(Candidate::name));
        return candidates.stream().limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
    }

    /** The words closest to a misspelt one, closest first. */
    public static List<String> closestWords(String misspelt, List<String> words) {
        String wanted = misspelt.toLowerCase();
        int limit = Math.max(1, Math.min(2, wanted.length() / 3));
        return words.stream()
                .filter(w -> distance(wanted, w.toLowerCase()) <= limit)
                .sorted(Comparator.comparingInt((String w) -> distance(wanted, w.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Optimal-string-alignment distance: edits, with a swap of neighbours counting once. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > Math.max(2, a.length() / 3)) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package org.wfa.dsl.tests.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaSources;

/**
 * Measurement, not a test (its name keeps surefire from running it by default): single typos of
 * many kinds in the examples, and the findings each adds. Run with -Dtest=WfaTypoCensus; the
 * table goes to target/typo-census.txt.
 */
class WfaTypoCensus {

    private static final int SITES_PER_FILE = 4;

    record Typo(String kind, String file, String what, String text) {}

    @Test
    void census() throws Exception {
        List<SourceFile> examples = WfaSources.read(List.of(Path.of("../examples")));
        WfaCompiler compiler = WfaCompiler.create();
        Map<String, Integer> baseline =
                counts(compiler.checkSources(examples, false).compilation().diagnostics());
        Map<String, Function<String, List<String[]>>> kinds = new LinkedHashMap<>();
        kinds.put("arrow target (`-> Reviw`)", t -> sites(t, "->\\s*([A-Za-z_]\\w*)", 1));
        kinds.put(
                "party reference (role/team/person/system)",
                t -> sites(
                        t,
                        "\\b(?:responsible|accountable|approver|decided by|escalate to|consulted|informed|notify|reviewed by|uses)\\s+(?:[A-Za-z_]\\w*\\.)?([A-Za-z_]\\w*)",
                        1));
        kinds.put("artifact reference", t -> sites(t, "\\b(?:produces|consumes|receives)\\s+([A-Za-z_]\\w*)", 1));
        kinds.put("data field in a condition", t -> sites(t, "\\bwhen\\s+(?:not\\s+)?\\(?([a-z]\\w*)", 1));
        kinds.put(
                "step keyword (`stag X {`)",
                t -> sites(t, "(?m)^\\s+(stage|approval|decision|fork|join|call|wait) \\w+", 1));
        kinds.put("closing brace deleted", t -> deletions(t, "(?m)^    (\\})$", 1));
        kinds.put("`->` deleted", t -> deletions(t, "(->) *\\w", 1));
        kinds.put("`accountable` misspelt", t -> sites(t, "(?m)^\\s+(accountable) ", 1));
        kinds.put("`responsible` misspelt", t -> sites(t, "(?m)^\\s+(responsible) ", 1));
        kinds.put("step name duplicated", WfaTypoCensus::duplicates);
        kinds.put(
                "step declaration misspelt",
                t -> sites(t, "(?m)^\\s+(?:stage|approval|decision|fork|join|call|wait|end) (\\w+)", 1));

        StringBuilder table = new StringBuilder();
        StringBuilder detail = new StringBuilder();
        table.append("| typo | tries | findings per typo (min / mean / max) | errors | warnings | infos | codes |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (var kind : kinds.entrySet()) {
            int tries = 0;
            int min = Integer.MAX_VALUE;
            int max = 0;
            int total = 0;
            int errors = 0;
            int warnings = 0;
            int infos = 0;
            Map<String, Integer> codes = new TreeMap<>();
            for (int i = 0; i < examples.size(); i++) {
                SourceFile file = examples.get(i);
                if (!file.text().contains("workflow ")) {
                    continue;
                }
                for (String[] mutation : kind.getValue().apply(file.text())) {
                    List<SourceFile> sources = new ArrayList<>(examples);
                    sources.set(i, new SourceFile(file.path(), file.displayPath(), mutation[1]));
                    List<WfaDiagnostic> added = added(
                            baseline,
                            compiler.checkSources(sources, false).compilation().diagnostics());
                    tries++;
                    min = Math.min(min, added.size());
                    max = Math.max(max, added.size());
                    total += added.size();
                    StringBuilder these = new StringBuilder();
                    for (WfaDiagnostic d : added) {
                        switch (d.severity()) {
                            case ERROR -> errors++;
                            case WARNING -> warnings++;
                            case INFO -> infos++;
                        }
                        codes.merge(d.code(), 1, Integer::sum);
                        these.append("    ").append(d.toText()).append('\n');
                    }
                    detail.append(kind.getKey())
                            .append(" | ")
                            .append(file.displayPath())
                            .append(" | ")
                            .append(mutation[0])
                            .append(" -> ")
                            .append(added.size())
                            .append('\n')
                            .append(these);
                }
            }
            table.append("| ")
                    .append(kind.getKey())
                    .append(" | ")
                    .append(tries)
                    .append(" | ")
                    .append(min)
                    .append(" / ")
                    .append(String.format("%.1f", tries == 0 ? 0.0 : (double) total / tries))
                    .append(" / ")
                    .append(max)
                    .append(" | ")
                    .append(errors)
                    .append(" | ")
                    .append(warnings)
                    .append(" | ")
                    .append(infos)
                    .append(" | ");
            codes.forEach((code, n) -> table.append(code).append("×").append(n).append(' '));
            table.append("|\n");
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/typo-census.txt"), table + "\n" + detail);
        System.out.println(table);
    }

    /** The diagnostics that are not in the baseline (positions shift, so they compare by file, code and message). */
    private static List<WfaDiagnostic> added(Map<String, Integer> baseline, List<WfaDiagnostic> diagnostics) {
        Map<String, Integer> left = new HashMap<>(baseline);
        List<WfaDiagnostic> added = new ArrayList<>();
        for (WfaDiagnostic d : diagnostics) {
            String key = key(d);
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
            } else {
                added.add(d);
            }
        }
        return added;
    }

    private static Map<String, Integer> counts(List<WfaDiagnostic> diagnostics) {
        Map<String, Integer> counts = new HashMap<>();
        diagnostics.forEach(d -> counts.merge(key(d), 1, Integer::sum));
        return counts;
    }

    private static String key(WfaDiagnostic d) {
        return d.file() + "|" + d.code() + "|" + d.message();
    }

    /** A letter dropped from the matched word (the second to last, as in 'Reviw'). */
    private static List<String[]> sites(String text, String regex, int group) {
        List<String[]> out = new ArrayList<>();
        for (int[] span : spread(text, regex, group)) {
            String word = text.substring(span[0], span[1]);
            if (word.length() < 3) {
                continue;
            }
            String typo = word.substring(0, word.length() - 2) + word.charAt(word.length() - 1);
            out.add(new String[] {
                word + " -> " + typo + " @" + line(text, span[0]),
                text.substring(0, span[0]) + typo + text.substring(span[1])
            });
        }
        return out;
    }

    private static List<String[]> deletions(String text, String regex, int group) {
        List<String[]> out = new ArrayList<>();
        for (int[] span : spread(text, regex, group)) {
            out.add(new String[] {
                "deleted '" + text.substring(span[0], span[1]) + "' @" + line(text, span[0]),
                text.substring(0, span[0]) + text.substring(span[1])
            });
        }
        return out;
    }

    /** A stage given the name of the stage declared before it in the same file. */
    private static List<String[]> duplicates(String text) {
        List<int[]> spans = all(text, "(?m)^\\s+stage (\\w+)", 1);
        List<String[]> out = new ArrayList<>();
        for (int k = 1;
                k < spans.size() && out.size() < SITES_PER_FILE;
                k += Math.max(1, spans.size() / SITES_PER_FILE)) {
            int[] span = spans.get(k);
            String previous = text.substring(spans.get(k - 1)[0], spans.get(k - 1)[1]);
            out.add(new String[] {
                text.substring(span[0], span[1]) + " renamed " + previous + " @" + line(text, span[0]),
                text.substring(0, span[0]) + previous + text.substring(span[1])
            });
        }
        return out;
    }

    private static List<int[]> spread(String text, String regex, int group) {
        List<int[]> spans = all(text, regex, group);
        List<int[]> chosen = new ArrayList<>();
        int step = Math.max(1, spans.size() / SITES_PER_FILE);
        for (int k = 0; k < spans.size() && chosen.size() < SITES_PER_FILE; k += step) {
            chosen.add(spans.get(k));
        }
        return chosen;
    }

    private static List<int[]> all(String text, String regex, int group) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            if (!inComment(text, m.start(group))) {
                spans.add(new int[] {m.start(group), m.end(group)});
            }
        }
        return spans;
    }

    private static boolean inComment(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        String before = text.substring(lineStart, at).trim();
        return before.startsWith("//") || before.startsWith("*") || before.startsWith("/*");
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}

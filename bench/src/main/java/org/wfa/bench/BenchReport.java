package org.wfa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Turns the raw figures that {@code bench/run.sh} collects into the Markdown tables of
 * docs/performance.md: WFA beside its peers on the same workspaces, as ratios, and the scaling
 * exponent of time against size.
 *
 * <pre>java -cp ... org.wfa.bench.BenchReport RESULTS_DIR</pre>
 *
 * RESULTS_DIR holds {@code cold.jsonl} (one JSON object per measured command: tool, workspace,
 * stages, wallSeconds, peakRssKiB), {@code jmh.json} (JMH's JSON results) and
 * {@code lint-warm-STAGES.json} (bench/peers/lint-warm.mjs).
 */
public final class BenchReport {

    private BenchReport() {}

    record Cold(String tool, String workspace, long stages, double wallSeconds, long peakRssKiB) {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        StringBuilder out = new StringBuilder();
        List<Cold> cold = readCold(results.resolve("cold.jsonl"));
        coldTable(cold, out);
        Map<String, Map<Long, Double>> jmh = readJmh(results.resolve("jmh.json"));
        Map<Long, JsonObject> lint = readLintWarm(results);
        warmTable(jmh, lint, out);
        generatorTable(jmh, out);
        exponents(cold, jmh, out);
        System.out.print(out);
    }

    private static List<Cold> readCold(Path file) throws IOException {
        List<Cold> cold = new ArrayList<>();
        if (!Files.exists(file)) {
            return cold;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            cold.add(new Cold(
                    o.get("tool").getAsString(),
                    o.get("workspace").getAsString(),
                    o.get("stages").getAsLong(),
                    o.get("wallSeconds").getAsDouble(),
                    o.get("peakRssKiB").getAsLong()));
        }
        return cold;
    }

    /** Benchmark (short name, with its target if any) → stages → stages per second. */
    private static Map<String, Map<Long, Double>> readJmh(Path file) throws IOException {
        Map<String, Map<Long, Double>> scores = new TreeMap<>();
        if (!Files.exists(file)) {
            return scores;
        }
        JsonArray runs = JsonParser.parseString(Files.readString(file)).getAsJsonArray();
        for (JsonElement element : runs) {
            JsonObject run = element.getAsJsonObject();
            String benchmark = run.get("benchmark").getAsString();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonObject params = run.has("params") ? run.getAsJsonObject("params") : new JsonObject();
            if (params.has("target")) {
                name += " " + params.get("target").getAsString();
            }
            long stages = params.has("stages") ? params.get("stages").getAsLong() : 0;
            // The benchmarks count stages as a secondary metric (their StageCounter): stages per second.
            JsonObject secondary = run.has("secondaryMetrics") ? run.getAsJsonObject("secondaryMetrics") : null;
            JsonObject metric = secondary != null && secondary.has("stages")
                    ? secondary.getAsJsonObject("stages")
                    : run.getAsJsonObject("primaryMetric");
            scores.computeIfAbsent(name, k -> new TreeMap<>())
                    .put(stages, metric.get("score").getAsDouble());
        }
        return scores;
    }

    private static Map<Long, JsonObject> readLintWarm(Path results) throws IOException {
        Map<Long, JsonObject> lint = new TreeMap<>();
        try (var files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("lint-warm-\\d+\\.json"))
                    .toList()) {
                String name = file.getFileName().toString();
                long stages = Long.parseLong(name.substring("lint-warm-".length(), name.length() - ".json".length()));
                lint.put(
                        stages,
                        JsonParser.parseString(Files.readString(file).trim()).getAsJsonObject());
            }
        }
        return lint;
    }

    private static void coldTable(List<Cold> cold, StringBuilder out) {
        Map<String, Cold> wfa = new LinkedHashMap<>();
        Map<String, Cold> peer = new LinkedHashMap<>();
        for (Cold c : cold) {
            (c.tool().equals("wfa") ? wfa : peer).put(c.workspace(), c);
        }
        out.append("Cold, whole process (`wfa check` against `bpmnlint` on the BPMN WFA generates from the same"
                + " workspace; wall time is the median of the runs, peak RSS the largest):\n\n");
        out.append("| workspace | stages | `wfa check` | peak RSS | `bpmnlint` | peak RSS | bpmnlint ÷ WFA (wall) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        wfa.forEach((workspace, w) -> {
            Cold p = peer.get(workspace);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.2f s | %,d MiB | %s | %s | %s |%n",
                    workspace,
                    w.stages(),
                    w.wallSeconds(),
                    w.peakRssKiB() / 1024,
                    p == null ? "—" : String.format(Locale.ROOT, "%.2f s", p.wallSeconds()),
                    p == null ? "—" : String.format(Locale.ROOT, "%,d MiB", p.peakRssKiB() / 1024),
                    p == null ? "—" : String.format(Locale.ROOT, "%.2f", p.wallSeconds() / w.wallSeconds())));
        });
        out.append('\n');
    }

    private static void warmTable(Map<String, Map<Long, Double>> jmh, Map<Long, JsonObject> lint, StringBuilder out) {
        Map<Long, Double> check = jmh.getOrDefault("CheckBenchmark.check", Map.of());
        Map<Long, Double> parse = jmh.getOrDefault("BpmnParseBenchmark.parse", Map.of());
        out.append("Warm, in process (stages of the WFA workspace per second; JMH for WFA and the BPMN model API,"
                + " bench/peers/lint-warm.mjs for bpmnlint, each on the same workspace):\n\n");
        out.append("| stages | WFA check (parse, link, validate) | bpmnlint (parse, lint) | WFA ÷ bpmnlint |"
                + " Operaton BPMN model API (parse only) | WFA ÷ model API |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Map.Entry<Long, Double> entry : check.entrySet()) {
            long stages = entry.getKey();
            double wfa = entry.getValue();
            JsonObject peer = lint.get(stages);
            Double peerRate = peer == null
                    ? null
                    : stages / peer.get("medianSecondsPerRound").getAsDouble();
            Double model = parse.get(stages);
            out.append(String.format(
                    Locale.ROOT,
                    "| %,d | %,.0f | %s | %s | %s | %s |%n",
                    stages,
                    wfa,
                    peerRate == null ? "—" : String.format(Locale.ROOT, "%,.0f", peerRate),
                    peerRate == null ? "—" : String.format(Locale.ROOT, "%.1f", wfa / peerRate),
                    model == null ? "—" : String.format(Locale.ROOT, "%,.0f", model),
                    model == null ? "—" : String.format(Locale.ROOT, "%.2f", wfa / model)));
        }
        out.append('\n');
    }

    private static void generatorTable(Map<String, Map<Long, Double>> jmh, StringBuilder out) {
        List<String> generators = jmh.keySet().stream()
                .filter(name -> name.startsWith("GeneratorBenchmark"))
                .toList();
        if (generators.isEmpty()) {
            return;
        }
        out.append("Generators, warm (stages per second, from a compiled workspace to every file's text):\n\n");
        List<Long> sizes = generators.stream()
                .flatMap(g -> jmh.get(g).keySet().stream())
                .distinct()
                .sorted()
                .toList();
        out.append("| target |");
        sizes.forEach(s -> out.append(String.format(Locale.ROOT, " %,d stages |", s)));
        out.append("\n|---|");
        sizes.forEach(s -> out.append("---|"));
        out.append('\n');
        for (String generator : generators) {
            out.append("| `")
                    .append(generator.substring(generator.indexOf(' ') + 1))
                    .append("` |");
            for (long size : sizes) {
                Double score = jmh.get(generator).get(size);
                out.append(score == null ? " — |" : String.format(Locale.ROOT, " %,.0f |", score));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** The slope of log(time) against log(stages), least squares: 1 is linear. */
    static double exponent(Map<Long, Double> secondsByStages) {
        double n = secondsByStages.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Map.Entry<Long, Double> e : secondsByStages.entrySet()) {
            double x = Math.log(e.getKey());
            double y = Math.log(e.getValue());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static void exponents(List<Cold> cold, Map<String, Map<Long, Double>> jmh, StringBuilder out) {
        out.append("Scaling exponent of time against size (least-squares slope of log time over log stages;"
                + " 1.00 is linear):\n\n| measure | sizes | exponent |\n|---|---|---|\n");
        for (String tool : List.of("wfa", "bpmnlint")) {
            Map<Long, Double> times = new TreeMap<>();
            cold.stream()
                    .filter(c -> c.tool().equals(tool) && c.stages() >= 1000)
                    .forEach(c -> times.put(c.stages(), c.wallSeconds()));
            if (times.size() >= 2) {
                out.append(String.format(
                        Locale.ROOT,
                        "| cold, whole process: %s | %s | %.2f |%n",
                        tool.equals("wfa") ? "`wfa check`" : "`bpmnlint`",
                        sizes(times),
                        exponent(times)));
            }
        }
        Map<Long, Double> check = jmh.getOrDefault("CheckBenchmark.check", Map.of());
        if (check.size() >= 2) {
            Map<Long, Double> times = new TreeMap<>();
            check.forEach((stages, rate) -> times.put(stages, stages / rate));
            out.append(String.format(Locale.ROOT, "| warm: WFA check | %s | %.2f |%n", sizes(times), exponent(times)));
        }
        out.append('\n');
    }

    private static String sizes(Map<Long, Double> times) {
        return String.join(
                ", ",
                times.keySet().stream()
                        .map(s -> String.format(Locale.ROOT, "%,d", s))
                        .toList());
    }
}

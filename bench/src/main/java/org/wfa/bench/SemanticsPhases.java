package org.wfa.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.semantics.Soundness;
import org.wfa.dsl.semantics.WfaSoundness;
import org.wfa.dsl.semantics.conditions.DecisionReasoning;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaSources;

import com.google.inject.Injector;

/**
 * Times the two analyses that issue 18 added to every check, apart from parsing and linking:
 * the reasoning over decisions' conditions ({@link DecisionReasoning}: complete without
 * 'otherwise', shadowed outcomes, shadowed rule rows) and the soundness checker
 * ({@link WfaSoundness}, what WFA112 reads), with each workflow's reachable markings and verdict.
 * Prints Markdown for docs/performance.md.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.wfa.bench.SemanticsPhases workspace LABEL ROUNDS PATH...
 * java -cp bench/target/benchmarks.jar org.wfa.bench.SemanticsPhases scaling ROUNDS [--quick]
 * </pre>
 *
 * <p>{@code workspace}: the phases of an in-process check of the files under PATH (parse and
 * index, link, the flow analysis, condition reasoning, soundness, then every rule with the
 * analyses and soundness cached as the check caches them), round after round in one JVM: the
 * first round is cold, the others warm (their median). Each workflow's soundness is a row of its
 * own when there are few workflows, a summary otherwise.
 *
 * <p>{@code scaling}: soundness alone on the shapes of {@link StructuredWorkflow}: sequences,
 * forks of more and more branches, longer branches, forks in sequence and forks within forks;
 * for each, the markings, the verdict, the first check and the median of the others, and per
 * family the exponent of time against steps (1 is linear).
 */
public final class SemanticsPhases {

    private static final String[] PHASES = {
        "parse + index",
        "link",
        "analyse flows",
        "condition reasoning",
        "soundness",
        "validate: every rule (flow analysis and soundness cached)",
    };
    private static final int CONDITIONS = 3;
    private static final int SOUNDNESS = 4;
    private static final int VALIDATE = 5;

    private final WfaCompiler compiler = WfaCompiler.create();
    private final Injector injector = WfaStandalone.injector();
    private final WfaSoundness soundness = injector.getInstance(WfaSoundness.class);
    private final WfaAnalyzer analyzer = injector.getInstance(WfaAnalyzer.class);
    private final IResourceScopeCache cache = injector.getInstance(IResourceScopeCache.class);

    private SemanticsPhases() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("workspace") && args.length >= 4 || args[0].equals("scaling"))) {
            System.err.println("usage: SemanticsPhases workspace LABEL ROUNDS PATH...\n"
                    + "       SemanticsPhases scaling ROUNDS [--quick]");
            System.exit(2);
        }
        // Long sequences are walked recursively in places, as the check does on its deep stack.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        SemanticsPhases bench = new SemanticsPhases();
                        if (args[0].equals("workspace")) {
                            List<Path> paths = Arrays.stream(args, 3, args.length)
                                    .map(Path::of)
                                    .toList();
                            bench.workspace(args[1], Integer.parseInt(args[2]), paths);
                        } else {
                            bench.scaling(Integer.parseInt(args[1]), args.length > 2 && args[2].equals("--quick"));
                        }
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                "semantics-bench",
                1L << 29);
        worker.start();
        worker.join();
        if (failure.get() != null) {
            failure.get().printStackTrace();
            System.exit(1);
        }
        // The compiler's worker pool would keep the JVM alive.
        System.exit(0);
    }

    /** One workflow's figures, round by round. */
    private static final class PerWorkflow {
        final String name;
        final int steps;
        final int decisions;
        final long[] soundnessNanos;
        final long[] conditionNanos;
        Soundness result;

        PerWorkflow(String name, int steps, int decisions, int rounds) {
            this.name = name;
            this.steps = steps;
            this.decisions = decisions;
            this.soundnessNanos = new long[rounds];
            this.conditionNanos = new long[rounds];
        }
    }

    private void workspace(String label, int rounds, List<Path> paths) throws Exception {
        List<SourceFile> sources = WfaSources.read(paths);
        int total = rounds + 1;
        long[][] times = new long[PHASES.length][total];
        Map<String, PerWorkflow> workflows = new LinkedHashMap<>();
        int findings = 0;
        int complete = 0;
        int shadowed = 0;
        for (int round = 0; round < total; round++) {
            long t0 = System.nanoTime();
            Compilation parsed = compiler.parse(sources);
            long t1 = System.nanoTime();
            compiler.link(parsed);
            long t2 = System.nanoTime();
            compiler.analyze(parsed);
            long t3 = System.nanoTime();
            complete = 0;
            shadowed = 0;
            for (Workflow workflow : parsed.workflows()) {
                List<Decision> decisions = EcoreUtil2.getAllContentsOfType(workflow, Decision.class);
                PerWorkflow figures = workflows.computeIfAbsent(
                        key(workflow),
                        k -> new PerWorkflow(k, workflow.getNodes().size(), decisions.size(), total));
                long start = System.nanoTime();
                for (Decision decision : decisions) {
                    DecisionReasoning reasoning = new DecisionReasoning(decision);
                    complete += reasoning.coversEveryCase() ? 1 : 0;
                    shadowed += reasoning.shadowedOutcomes().size()
                            + reasoning.shadowedRows().size();
                }
                figures.conditionNanos[round] = System.nanoTime() - start;
            }
            long t4 = System.nanoTime();
            for (Workflow workflow : parsed.workflows()) {
                PerWorkflow figures = workflows.get(key(workflow));
                long start = System.nanoTime();
                figures.result = soundness.check(workflow);
                figures.soundnessNanos[round] = System.nanoTime() - start;
            }
            long t5 = System.nanoTime();
            Compilation checked = compiler.validate(parsed);
            long t6 = System.nanoTime();
            findings = checked.diagnostics().size();
            long[] phase = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5};
            for (int p = 0; p < phase.length; p++) {
                times[p][round] = phase[p];
            }
        }
        int steps = workflows.values().stream().mapToInt(w -> w.steps).sum();
        int decisions = workflows.values().stream().mapToInt(w -> w.decisions).sum();
        long markings =
                workflows.values().stream().mapToLong(w -> w.result.markings()).sum();
        System.out.printf(
                Locale.ROOT,
                "#### %s: %,d files, %,d workflow(s), %,d steps, %,d decisions%n%n",
                label,
                sources.size(),
                workflows.size(),
                steps,
                decisions);
        System.out.printf(
                Locale.ROOT,
                "| phase | cold: first round, ms | warm: median of %d rounds, ms | warm, steps per second |%n",
                rounds);
        System.out.println("|---|---|---|---|");
        long[] check = new long[total];
        for (int p = 0; p < PHASES.length; p++) {
            String name = PHASES[p];
            if (p == CONDITIONS) {
                name += String.format(
                        Locale.ROOT,
                        " (%,d decisions: %,d proved complete, %,d shadowed outcomes or rows; WFA104 and WFA111"
                                + " reason again within validate)",
                        decisions,
                        complete,
                        shadowed);
            } else if (p == SOUNDNESS) {
                name += String.format(Locale.ROOT, " (%,d reachable markings in all)", markings);
            }
            row(name, times[p], rounds, steps);
            if (p != CONDITIONS) {
                for (int r = 0; r < total; r++) {
                    check[r] += times[p][r];
                }
            }
        }
        long[] others = new long[total];
        for (int r = 0; r < total; r++) {
            others[r] = Math.max(0, times[VALIDATE][r] - times[CONDITIONS][r]);
        }
        row("of which the other rules (validate − condition reasoning)", others, rounds, steps);
        row("**the check** (every phase but the separate condition reasoning)", check, rounds, steps);
        System.out.println();
        System.out.printf(Locale.ROOT, "Findings: %,d. Soundness: %s.%n%n", findings, verdicts(workflows.values()));
        if (workflows.size() <= 30) {
            System.out.printf(
                    Locale.ROOT,
                    "| workflow | steps | decisions | reachable markings | verdict | problems | soundness cold, ms"
                            + " | warm, ms | condition reasoning warm, ms |%n");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (PerWorkflow w : workflows.values()) {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %d | %,d | %s | %d | %.2f | %.2f | %.2f |%n",
                        w.name,
                        w.steps,
                        w.decisions,
                        w.result.markings(),
                        w.result.verdict(),
                        w.result.problems().size(),
                        w.soundnessNanos[0] / 1e6,
                        warm(w.soundnessNanos, rounds) / 1e6,
                        warm(w.conditionNanos, rounds) / 1e6);
            }
        } else {
            PerWorkflow most = workflows.values().stream()
                    .max((a, b) -> Integer.compare(a.result.markings(), b.result.markings()))
                    .orElseThrow();
            PerWorkflow slowest = workflows.values().stream()
                    .max((a, b) -> Long.compare(warm(a.soundnessNanos, rounds), warm(b.soundnessNanos, rounds)))
                    .orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "Per workflow: at most %,d reachable markings (%s); the slowest soundness check %.2f ms warm"
                            + " (%s, %,d markings).%n",
                    most.result.markings(),
                    most.name,
                    warm(slowest.soundnessNanos, rounds) / 1e6,
                    slowest.name,
                    slowest.result.markings());
        }
        System.out.println();
    }

    private static String key(Workflow workflow) {
        return workflow.getName() + " (" + workflow.eResource().getURI().lastSegment() + ")";
    }

    private static String verdicts(Iterable<PerWorkflow> workflows) {
        Map<String, Integer> counts = new TreeMap<>();
        int problems = 0;
        for (PerWorkflow w : workflows) {
            counts.merge(w.result.verdict().toString(), 1, Integer::sum);
            problems += w.result.isSound() ? 0 : 1;
        }
        StringBuilder s = new StringBuilder();
        counts.forEach((verdict, n) -> s.append(String.format(Locale.ROOT, "%,d %s, ", n, verdict)));
        return s.append(problems).append(" not proved sound").toString();
    }

    private static void row(String name, long[] nanos, int rounds, int steps) {
        double warm = warm(nanos, rounds) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "| %s | %,.1f | %,.1f | %s |%n",
                name,
                nanos[0] / 1e6,
                warm,
                warm > 0 ? String.format(Locale.ROOT, "%,.0f", steps / (warm / 1000)) : "—");
    }

    /** The median of the warm rounds (all but the first); the first when there is no other. */
    private static long warm(long[] nanos, int rounds) {
        if (rounds == 0) {
            return nanos[0];
        }
        long[] warm = Arrays.copyOfRange(nanos, 1, rounds + 1);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private record Family(String name, List<StructuredWorkflow.Shape> shapes) {}

    private static List<Family> families(boolean quick) {
        List<Family> families = new ArrayList<>();
        int[] lengths = quick ? new int[] {250, 500} : new int[] {1000, 2000, 4000, 8000};
        families.add(new Family(
                "sequence of n steps",
                Arrays.stream(lengths)
                        .mapToObj(StructuredWorkflow.Shape::sequence)
                        .toList()));
        List<StructuredWorkflow.Shape> wide = new ArrayList<>();
        for (int w = 2; w <= (quick ? 4 : 8); w++) {
            wide.add(StructuredWorkflow.Shape.fork(w, 5));
        }
        families.add(new Family("one fork of w branches of 5 stages", wide));
        int[] branchLengths = quick ? new int[] {5, 10} : new int[] {5, 10, 20, 40, 80};
        families.add(new Family(
                "one fork of 3 branches of k stages",
                Arrays.stream(branchLengths)
                        .mapToObj(k -> StructuredWorkflow.Shape.fork(3, k))
                        .toList()));
        int[] chains = quick ? new int[] {2, 4} : new int[] {10, 20, 40, 80};
        families.add(new Family(
                "n forks in sequence, each of 3 branches of 5 stages",
                Arrays.stream(chains)
                        .mapToObj(n -> StructuredWorkflow.Shape.chain(n, 3, 5))
                        .toList()));
        List<StructuredWorkflow.Shape> nested = new ArrayList<>();
        for (int d = 1; d <= (quick ? 2 : 4); d++) {
            nested.add(StructuredWorkflow.Shape.nested(d, 2, 2));
        }
        families.add(new Family("forks within forks, d levels, 2 branches each, 2 stages innermost", nested));
        return families;
    }

    private void scaling(int rounds, boolean quick) throws Exception {
        Path directory = Files.createTempDirectory("wfa-shapes");
        System.out.printf(
                Locale.ROOT,
                "#### Soundness against size and shape (bound %s markings; first check and median of %d more)%n%n",
                "100,000",
                rounds);
        System.out.println(
                "| shape | steps | reachable markings | verdict | first, ms | median, ms | µs per step | µs per marking |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<String> exponents = new ArrayList<>();
        for (Family family : families(quick)) {
            System.out.printf(Locale.ROOT, "| *%s* | | | | | | | |%n", family.name());
            Map<Long, Double> secondsBySteps = new TreeMap<>();
            for (StructuredWorkflow.Shape shape : family.shapes()) {
                Path file = directory.resolve("shape.wfa");
                Files.writeString(file, StructuredWorkflow.text(shape), StandardCharsets.UTF_8);
                Compilation parsed = compiler.parse(WfaSources.read(List.of(file)));
                compiler.link(parsed);
                Workflow workflow = parsed.workflows().get(0);
                long[] nanos = new long[rounds + 1];
                Soundness result = null;
                for (int round = 0; round <= rounds; round++) {
                    // A fresh analysis, untimed, and nothing of the previous check kept: each
                    // round times what a check of a changed file pays for soundness.
                    cache.clear(workflow.eResource());
                    analyzer.analyze(workflow);
                    long start = System.nanoTime();
                    result = soundness.check(workflow);
                    nanos[round] = System.nanoTime() - start;
                }
                int steps = workflow.getNodes().size();
                double median = warm(nanos, rounds) / 1e6;
                // A bounded search says nothing about how time grows: only explored shapes count.
                if (result.verdict() == Soundness.Verdict.EXPLORED) {
                    secondsBySteps.put((long) steps, median / 1000);
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %,d | %s | %,.2f | %,.2f | %,.2f | %,.2f |%n",
                        describe(shape),
                        steps,
                        result.markings(),
                        result.verdict(),
                        nanos[0] / 1e6,
                        median,
                        median * 1000 / steps,
                        median * 1000 / Math.max(1, result.markings()));
            }
            if (secondsBySteps.size() > 1) {
                exponents.add(
                        String.format(Locale.ROOT, "%s %.2f", family.name(), BenchReport.exponent(secondsBySteps)));
            }
        }
        Files.deleteIfExists(directory.resolve("shape.wfa"));
        Files.deleteIfExists(directory);
        System.out.println();
        System.out.println("Exponent of the median time against steps, over the explored shapes (1.00 is linear): "
                + String.join("; ", exponents) + ".");
        System.out.println();
    }

    private static String describe(StructuredWorkflow.Shape shape) {
        if (shape.depth() == 0) {
            return "sequence";
        }
        String fork = shape.width() + " × " + shape.steps();
        if (shape.depth() > 1) {
            fork = "depth " + shape.depth() + ", " + fork;
        }
        return shape.blocks() > 1 ? shape.blocks() + " forks of " + fork : "fork " + fork;
    }
}

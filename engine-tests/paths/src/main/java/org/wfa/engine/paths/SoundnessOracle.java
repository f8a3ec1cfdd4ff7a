package org.wfa.engine.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.semantics.Soundness;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.WfaSoundness;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.engine.paths.CounterexampleRunner.Outcome;
import org.wfa.engine.paths.CounterexampleRunner.Verdict;

/**
 * The engines as oracle for the soundness checker (docs/reliability.md): every problem the
 * checker reports for a workflow of a workspace is replayed on the engine
 * ({@link CounterexampleRunner}) and must show there; every workflow it accepts must complete on
 * every path tried. One dynamic test per problem and per sound workflow; the agreement figures
 * are collected in a {@link Tally}.
 */
public final class SoundnessOracle {

    /** The file next to an unsound random workspace that says what the semantics finds in it. */
    public static final String LABELS = "expected-soundness.tsv";

    /** Paths tried per sound workflow: enough for the branches near the start, bounded for CI. */
    private static final int PATHS_PER_SOUND_WORKFLOW = 4;

    private final Engine engine;
    private final WfaRefs refs;
    private final WfaAnalyzer analyzer;
    private final WfaSoundness soundness;
    private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    private final Tally tally;

    public SoundnessOracle(Engine engine, Tally tally) {
        this.engine = engine;
        this.tally = tally;
        refs = WfaStandalone.injector().getInstance(WfaRefs.class);
        analyzer = WfaStandalone.injector().getInstance(WfaAnalyzer.class);
        soundness = WfaStandalone.injector().getInstance(WfaSoundness.class);
    }

    /**
     * Compiles the workspace and deploys it; only flow findings may be errors, since the
     * workflows are unsound on purpose. Returns its workflows.
     */
    public List<Workflow> deploy(Path workspace) throws WfaInputException {
        Compilation compilation = WfaCompiler.create().compile(List.of(workspace));
        List<WfaDiagnostic> errors = compilation.diagnostics().stream()
                .filter(d -> d.severity() == WfaDiagnostic.Severity.ERROR)
                .filter(d -> d.code() == null || !d.code().startsWith("WFA1"))
                .toList();
        assertEquals(List.of(), errors, "only flow findings are expected in " + workspace);
        List<GeneratedFile> files = WfaGenerator.create().generate(compilation, Set.of(engine.target(), WfaTarget.DMN));
        for (GeneratedFile file : files) {
            if (file.path().endsWith(".bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(
                        new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
                models.put(
                        model.getDefinitions().getRootElements().stream()
                                .filter(Process.class::isInstance)
                                .findFirst()
                                .orElseThrow()
                                .getId(),
                        model);
            }
        }
        engine.deploy(files);
        return compilation.workflows();
    }

    /** The kinds of problem the checker finds in the workflow, sorted and without repeats. */
    public List<Kind> kinds(Workflow workflow) {
        return soundness.check(workflow).problems().stream()
                .map(Problem::kind)
                .distinct()
                .sorted()
                .toList();
    }

    /** The kind of the problem the checker reports first (the shortest counterexample), as WFA112 does. */
    public Kind firstKind(Workflow workflow) {
        return soundness.check(workflow).problems().get(0).kind();
    }

    public String name(Workflow workflow) {
        return refs.of(workflow).name();
    }

    /** The labels as the generator writes them: workflow, tab, its kinds (comma-separated) or "sound". */
    public String labels(List<Workflow> workflows) {
        Map<String, String> lines = new TreeMap<>();
        for (Workflow workflow : workflows) {
            List<Kind> kinds = kinds(workflow);
            lines.put(
                    refs.of(workflow).name(),
                    kinds.isEmpty() ? "sound" : kinds.stream().map(Kind::name).collect(Collectors.joining(",")));
        }
        return lines.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue() + "\n")
                .collect(Collectors.joining());
    }

    /** A test that the workspace's label file is what the checker says today, if it has one. */
    public List<DynamicNode> labelTest(Path workspace, List<Workflow> workflows) {
        Path file = workspace.resolve(LABELS);
        if (!Files.exists(file)) {
            return List.of();
        }
        return List.of(DynamicTest.dynamicTest("the checker still finds what " + LABELS + " says", () -> {
            try {
                assertEquals(Files.readString(file), labels(workflows));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** A container per workflow: a test per problem the checker reports, or one for its paths if sound. */
    public List<DynamicNode> tests(List<Workflow> workflows) {
        List<DynamicNode> containers = new ArrayList<>();
        CounterexampleRunner replayer = new CounterexampleRunner(engine, refs, models::get);
        for (Workflow workflow : workflows) {
            Soundness result = soundness.check(workflow);
            String name = refs.of(workflow).name();
            List<DynamicNode> tests = new ArrayList<>();
            if (result.isSound()) {
                tests.add(DynamicTest.dynamicTest("sound: its paths complete", () -> runPaths(workflow)));
            }
            for (Problem problem : result.problems()) {
                tests.add(DynamicTest.dynamicTest(describe(problem), () -> {
                    Verdict verdict = replayer.replay(workflow, soundness.net(workflow), problem);
                    tally.count(engine.target(), name, problem, verdict);
                    if (verdict.outcome() == Outcome.NOT_REPLAYABLE) {
                        Assumptions.abort(verdict.detail());
                    }
                    assertEquals(Outcome.REPRODUCED, verdict.outcome(), verdict.detail());
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(
                    name + " ("
                            + (result.isSound() ? "sound" : result.problems().size() + " problems") + ")",
                    tests));
        }
        return containers;
    }

    /** A few paths of a sound workflow, each run to its end. */
    private void runPaths(Workflow workflow) {
        PathRunner runner = new PathRunner(
                engine,
                refs,
                models::get,
                called -> new PathFinder(analyzer.analyze(called)).paths().get(0));
        List<List<Move>> paths = new PathFinder(analyzer.analyze(workflow)).paths();
        int ran = 0;
        for (List<Move> path : paths.subList(0, Math.min(PATHS_PER_SOUND_WORKFLOW, paths.size()))) {
            String instance;
            try {
                instance = runner.start(workflow, path);
            } catch (ConditionSolver.Unreachable e) {
                continue;
            }
            Engine.CaseState state = engine.state(instance);
            assertTrue(state.ended(), "a sound workflow got stuck: " + state);
            Move last = path.get(path.size() - 1);
            assertEquals(BpmnIds.step(((Node) last.step()).getName()), engine.endOf(instance), "end reached");
            ran++;
        }
        tally.sound(engine.target(), ran);
        assertNotEquals(0, paths.size(), "a sound workflow has a path");
    }

    private static String describe(Problem problem) {
        return problem.kind().name().toLowerCase(Locale.ROOT) + " at "
                + problem.steps().stream()
                        .map(s -> s instanceof Node node ? node.getName() : "start")
                        .collect(Collectors.joining(", "))
                + ": "
                + problem.counterexample().stream()
                        .map(CounterexampleRunner::describe)
                        .collect(Collectors.joining(", "));
    }

    /** Agreement figures: per engine and kind, problems reported and how their replays went. */
    public static final class Tally {

        private final Map<Kind, Map<Outcome, Integer>> counts = new EnumMap<>(Kind.class);
        private final List<String> disagreements = new ArrayList<>();
        private int soundPaths;

        synchronized void count(WfaTarget target, String workflow, Problem problem, Verdict verdict) {
            counts.computeIfAbsent(problem.kind(), k -> new EnumMap<>(Outcome.class))
                    .merge(verdict.outcome(), 1, Integer::sum);
            if (verdict.outcome() != Outcome.REPRODUCED) {
                disagreements.add(target.id() + " " + workflow + " " + describe(problem) + " -> " + verdict.outcome()
                        + ": " + verdict.detail());
            }
        }

        synchronized void sound(WfaTarget target, int paths) {
            soundPaths += paths;
        }

        /** The figures, one line per kind, then every problem not reproduced with why. */
        public synchronized String report(String engine) {
            StringBuilder s = new StringBuilder();
            for (Map.Entry<Kind, Map<Outcome, Integer>> kind : counts.entrySet()) {
                Map<Outcome, Integer> c = kind.getValue();
                int reported = c.values().stream().mapToInt(Integer::intValue).sum();
                s.append(String.format(
                        Locale.ROOT,
                        "oracle %s %s: reported %d, reproduced %d, not reproduced %d, not replayable %d%n",
                        engine,
                        kind.getKey(),
                        reported,
                        c.getOrDefault(Outcome.REPRODUCED, 0),
                        c.getOrDefault(Outcome.NOT_REPRODUCED, 0),
                        c.getOrDefault(Outcome.NOT_REPLAYABLE, 0)));
            }
            s.append(String.format(Locale.ROOT, "oracle %s sound paths completed: %d%n", engine, soundPaths));
            disagreements.forEach(d -> s.append("oracle ").append(d).append('\n'));
            return s.toString();
        }
    }
}

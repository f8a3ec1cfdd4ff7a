package org.wfa.engine.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.engine.paths.Move.Exit;

/**
 * Runs every path of every example on an engine: compiles the examples, deploys the engine's
 * BPMN flavour with the DMN of the rule tables, and makes one test per path (see
 * {@link PathFinder}). The activities the engine visits must be the steps of the path, and the
 * case must end in the path's end.
 */
public final class ExamplePaths {

    private final Engine engine;
    private final WfaRefs refs;
    private final WfaAnalyzer analyzer;
    private final List<Workflow> workflows;
    private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    private final boolean examplesOnly;

    /** Compiles the examples of the repository and deploys them to the engine. */
    public ExamplePaths(Engine engine) throws WfaInputException {
        this.engine = engine;
        WfaCompiler compiler = WfaCompiler.create();
        refs = WfaStandalone.injector().getInstance(WfaRefs.class);
        analyzer = WfaStandalone.injector().getInstance(WfaAnalyzer.class);
        // Another workspace (-Dwfa.engine.workspace=FOLDER): random ones, in reliability campaigns.
        String other = System.getProperty("wfa.engine.workspace");
        Path examples = other != null
                ? Path.of(other)
                : Path.of(System.getProperty("wfa.repositoryRoot", "../..")).resolve("examples");
        examplesOnly = other == null;
        Compilation compilation = compiler.compile(List.of(examples));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        workflows = compilation.workflows();
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
    }

    /** A container per example with a test per path. */
    public List<DynamicNode> tests() {
        if (examplesOnly) {
            assertEquals(9, workflows.size());
        }
        PathRunner runner = new PathRunner(
                engine, refs, models::get, called -> pathsOf(called).get(0));
        List<DynamicNode> containers = new ArrayList<>();
        for (Workflow workflow : workflows) {
            List<List<Move>> paths = pathsOf(workflow);
            List<DynamicTest> tests = new ArrayList<>();
            for (List<Move> path : paths) {
                tests.add(DynamicTest.dynamicTest(describe(path), () -> run(runner, workflow, path)));
            }
            containers.add(DynamicContainer.dynamicContainer(
                    refs.of(workflow).name() + " (" + paths.size() + " paths)", tests));
        }
        return containers;
    }

    private List<List<Move>> pathsOf(Workflow workflow) {
        return new PathFinder(analyzer.analyze(workflow)).paths();
    }

    private void run(PathRunner runner, Workflow workflow, List<Move> path) {
        long started = System.nanoTime();
        String instance;
        try {
            instance = runner.start(workflow, path);
        } catch (ConditionSolver.Unreachable e) {
            Assumptions.abort("unreachable: " + e.getMessage());
            return;
        }
        Set<String> steps = new HashSet<>();
        workflow.getStarts().forEach(start -> steps.add(startId(start)));
        workflow.getNodes().forEach(node -> steps.add(BpmnIds.step(node.getName())));
        List<String> visited = engine.visitedActivities(instance).stream()
                .filter(steps::contains)
                .toList();
        Map<String, Map.Entry<String, Integer>> joins = new LinkedHashMap<>();
        WorkflowAnalysis analysis = analyzer.analyze(workflow);
        for (Node node : workflow.getNodes()) {
            if (node instanceof Fork fork) {
                joins.put(
                        fork.getName(),
                        new AbstractMap.SimpleEntry<>(
                                analysis.matchOf(fork).join().getName(),
                                fork.getBranches().size()));
            }
        }
        assertEquals(
                VisitedActivities.canonical(expected(path, joins), joins),
                VisitedActivities.canonical(visited, joins),
                "activities visited");
        Move last = path.get(path.size() - 1);
        assertEquals(BpmnIds.step(((Node) last.step()).getName()), engine.endOf(instance), "end reached");
        // The figures of the report: which path, how long it took on the engine.
        System.out.printf(
                Locale.ROOT,
                "%s %s: %s (%d activities, %d ms)%n",
                engine.target().id(),
                refs.of(workflow).name(),
                describe(path),
                visited.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The steps of the path as the engine records them: a join once per arriving branch. */
    private static List<String> expected(List<Move> path, Map<String, Map.Entry<String, Integer>> joins) {
        Map<String, Integer> arrivals = new LinkedHashMap<>();
        joins.values().forEach(join -> arrivals.put(join.getKey(), join.getValue()));
        List<String> ids = new ArrayList<>();
        for (Move move : path) {
            String id =
                    move.step() instanceof Start start ? startId(start) : BpmnIds.step(((Node) move.step()).getName());
            for (int n = 0; n < arrivals.getOrDefault(id, 1); n++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String startId(Start start) {
        return start.getName() == null ? "start-0" : "start-" + start.getName();
    }

    private static String describe(List<Move> path) {
        return path.stream()
                .filter(m -> m.exit() != Exit.NEXT && m.exit() != Exit.FORK)
                .map(ExamplePaths::describe)
                .collect(Collectors.joining(", "));
    }

    private static String describe(Move move) {
        EObject step = move.step();
        String name = step instanceof Node node ? node.getName() : "start";
        return switch (move.exit()) {
            case OUTCOME -> name + " when #" + (move.index() + 1);
            case RULE -> name + " rule #" + (move.index() + 1);
            case SLA_BREACH -> name + " SLA #" + (move.index() + 1) + " breached";
            case END -> "end " + name;
            default -> name + " " + move.exit().name().toLowerCase(Locale.ROOT);
        };
    }
}

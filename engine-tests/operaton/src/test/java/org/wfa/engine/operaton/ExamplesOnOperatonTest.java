package org.wfa.engine.operaton;

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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.compiler.Compilation;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaTarget;
import org.wfa.dsl.generator.bpmn.BpmnIds;
import org.wfa.dsl.generator.docs.WfaRefs;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.engine.operaton.Move.Exit;

/**
 * Deploys the {@code bpmn:operaton} output of every example to Operaton and runs every path of
 * each workflow (see {@link PathFinder}): the activities the engine visits must be the steps of
 * the path, and the case must end in the path's end.
 */
class ExamplesOnOperatonTest {

    private static ProcessEngine engine;
    private static WfaRefs refs;
    private static WfaAnalyzer analyzer;
    private static List<Workflow> workflows;
    private static final Map<String, BpmnModelInstance> MODELS = new LinkedHashMap<>();

    @BeforeAll
    static void deployExamples() throws Exception {
        WfaCompiler compiler = WfaCompiler.create();
        refs = WfaStandalone.injector().getInstance(WfaRefs.class);
        analyzer = WfaStandalone.injector().getInstance(WfaAnalyzer.class);
        Path examples = Path.of(System.getProperty("wfa.repositoryRoot", "../..")).resolve("examples");
        Compilation compilation = compiler.compile(List.of(examples));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        workflows = compilation.resources().stream().map(r -> r.getContents().get(0)).filter(Model.class::isInstance)
                .flatMap(m -> ((Model) m).getWorkflows().stream()).toList();
        engine = OperatonEngine.create("wfa-examples");
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("examples");
        for (GeneratedFile file : compiler.generate(compilation, Set.of(WfaTarget.BPMN_OPERATON))) {
            BpmnModelInstance model = Bpmn.readModelFromStream(
                    new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
            MODELS.put(model.getDefinitions().getRootElements().stream()
                    .filter(org.operaton.bpm.model.bpmn.instance.Process.class::isInstance).findFirst().orElseThrow()
                    .getId(), model);
            deployment.addString(file.path().substring(file.path().lastIndexOf('/') + 1), file.content());
        }
        deployment.deploy();
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyPathOfEveryExampleRunsAsModelled() {
        assertEquals(9, workflows.size());
        PathDriver driver = new PathDriver(engine, refs, MODELS::get, called -> pathsOf(called).get(0));
        List<DynamicNode> containers = new ArrayList<>();
        for (Workflow workflow : workflows) {
            String name = refs.of(workflow).name();
            String skip = skipReason(workflow);
            List<List<Move>> paths = skip == null ? pathsOf(workflow) : List.of();
            List<DynamicTest> tests = new ArrayList<>();
            for (List<Move> path : paths) {
                tests.add(DynamicTest.dynamicTest(describe(path), () -> run(driver, workflow, path)));
            }
            if (skip != null) {
                tests.add(DynamicTest.dynamicTest("skipped: " + skip, () -> org.junit.jupiter.api.Assumptions
                        .abort(skip)));
            }
            containers.add(DynamicContainer.dynamicContainer(name + " (" + paths.size() + " paths)", tests));
        }
        return containers.stream();
    }

    /**
     * Rule tables are DMN decisions: this test does not deploy the DMN yet, and its case-data
     * solver does not solve rule rows (the DMN is checked on its own by WfaDmnGeneratorTest).
     */
    private static String skipReason(Workflow workflow) {
        return workflow.getNodes().stream().filter(Decision.class::isInstance).map(Decision.class::cast)
                .filter(d -> d.getTable() != null).findFirst()
                .map(d -> "decision '" + d.getName() + "' is a rule table: this test does not deploy DMN yet")
                .orElse(null);
    }

    private static List<List<Move>> pathsOf(Workflow workflow) {
        return new PathFinder(analyzer.analyze(workflow)).paths();
    }

    private static void run(PathDriver driver, Workflow workflow, List<Move> path) {
        long started = System.nanoTime();
        String instance = driver.start(workflow, path);
        Set<String> steps = new HashSet<>();
        workflow.getStarts().forEach(start -> steps.add(startId(start)));
        workflow.getNodes().forEach(node -> steps.add(BpmnIds.step(node.getName())));
        List<String> visited = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance).orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).filter(steps::contains).toList();
        Map<String, Map.Entry<String, Integer>> joins = new LinkedHashMap<>();
        WorkflowAnalysis analysis = analyzer.analyze(workflow);
        for (Node node : workflow.getNodes()) {
            if (node instanceof Fork fork) {
                joins.put(fork.getName(), new AbstractMap.SimpleEntry<>(analysis.matchOf(fork).join().getName(),
                        fork.getBranches().size()));
            }
        }
        assertEquals(VisitedActivities.canonical(expected(path, joins), joins),
                VisitedActivities.canonical(visited, joins), "activities visited");
        Move last = path.get(path.size() - 1);
        assertEquals(BpmnIds.step(((Node) last.step()).getName()), driver.endOf(instance), "end reached");
        // The figures of the report: which path, how long it took on the engine.
        System.out.printf(java.util.Locale.ROOT, "%s: %s (%d activities, %d ms)%n", refs.of(workflow).name(),
                describe(path), visited.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The steps of the path as the engine records them: a join once per arriving branch. */
    private static List<String> expected(List<Move> path, Map<String, Map.Entry<String, Integer>> joins) {
        Map<String, Integer> arrivals = new LinkedHashMap<>();
        joins.values().forEach(join -> arrivals.put(join.getKey(), join.getValue()));
        List<String> ids = new ArrayList<>();
        for (Move move : path) {
            String id = move.step() instanceof Start start ? startId(start) : BpmnIds.step(((Node) move.step()).getName());
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
        return path.stream().filter(m -> m.exit() != Exit.NEXT && m.exit() != Exit.FORK).map(ExamplesOnOperatonTest::describe)
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
            default -> name + " " + move.exit().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}

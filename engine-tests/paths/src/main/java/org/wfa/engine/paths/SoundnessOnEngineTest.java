package org.wfa.engine.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.WfaInputException;

/**
 * The engine as oracle for the soundness checker ({@link SoundnessOracle}): the three examples of
 * docs/semantics.md as fixed cases, and an unsound random workspace ({@code
 * -Dwfa.engine.unsound=FOLDER}, written by {@code WfaRandomWorkspace --unsound}; by default the
 * small one kept in engine-tests/unsound-workspace). Every problem the checker reports must show
 * on the engine; the agreement figures are printed at the end. Each engine module's test says
 * only which engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SoundnessOnEngineTest {

    /** The examples of docs/semantics.md, "Examples", each with the problem it must show first. */
    private static final Map<String, Kind> EXAMPLES = Map.of(
            "oracle.examples.JoinEnteredFromOutside", Kind.DEADLOCK,
            "oracle.examples.EndInsideABranch", Kind.IMPROPER_COMPLETION,
            "oracle.examples.ArrowAcrossBranches", Kind.LACK_OF_SYNCHRONISATION);

    private static final String EXAMPLES_SOURCE = """
            package oracle.examples

            import oracle.org.*

            workflow JoinEnteredFromOutside {
                data {
                    urgent: boolean
                }
                start -> Triage
                decision Triage {
                    when urgent = true -> Both
                    otherwise -> Split
                }
                fork Split { -> A  -> B }
                stage A {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> Both
                }
                stage B {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> Both
                }
                join Both { -> Done }
                end Done
            }

            workflow EndInsideABranch {
                start -> Split
                fork Split { -> A  -> B }
                stage A {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> Both
                }
                stage B {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> Early
                }
                end Early
                join Both { -> Done }
                end Done
            }

            workflow ArrowAcrossBranches {
                start -> Split
                fork Split { -> A  -> B }
                stage A {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> B2
                }
                stage B {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> B2
                }
                stage B2 {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    -> Both
                }
                join Both { -> Done }
                end Done
            }
            """;

    private static final String ORGANISATION = """
            package oracle.org

            team Ops {
                role Lead
                role Clerk
            }
            """;

    private Engine engine;
    private SoundnessOracle oracle;
    private final SoundnessOracle.Tally tally = new SoundnessOracle.Tally();

    @TempDir
    Path examples;

    /** A fresh engine, ready for deployment. */
    protected abstract Engine createEngine();

    @BeforeAll
    void createOracle() {
        engine = createEngine();
        oracle = new SoundnessOracle(engine, tally);
    }

    @AfterAll
    void reportAndClose() {
        System.out.print(tally.report(engine.target().id()));
        engine.close();
    }

    @TestFactory
    Stream<DynamicNode> theExamplesOfTheSemanticsShowTheirProblemOnTheEngine() throws Exception {
        Files.writeString(examples.resolve("examples.wfa"), EXAMPLES_SOURCE);
        Files.writeString(examples.resolve("organisation.wfa"), ORGANISATION);
        List<Workflow> workflows = oracle.deploy(examples);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Workflow workflow : workflows) {
            String name = oracle.name(workflow);
            nodes.add(DynamicTest.dynamicTest(
                    name + " shows " + EXAMPLES.get(name),
                    () -> assertEquals(EXAMPLES.get(name), oracle.firstKind(workflow))));
        }
        nodes.addAll(oracle.tests(workflows));
        return nodes.stream();
    }

    @TestFactory
    Stream<DynamicNode> everyProblemOfAnUnsoundRandomWorkspaceShowsOnTheEngine() throws Exception {
        String other = System.getProperty("wfa.engine.unsound");
        Path workspace = other != null
                ? Path.of(other)
                : Path.of(System.getProperty("wfa.repositoryRoot", "../..")).resolve("engine-tests/unsound-workspace");
        List<Path> seeds;
        try (Stream<Path> folders = Files.list(workspace)) {
            // A folder of workspaces (seed-N/) or one workspace.
            seeds = folders.filter(p -> p.getFileName().toString().startsWith("seed-"))
                    .sorted()
                    .toList();
        }
        // Deployed one by one as the tests reach them: workspaces of different seeds may name a
        // workflow alike, and a case starts the latest deployed version of its process.
        return (seeds.isEmpty() ? List.of(workspace) : seeds).stream().map(seed -> {
            try {
                List<Workflow> workflows = oracle.deploy(seed);
                List<DynamicNode> tests = new ArrayList<>(oracle.labelTest(seed, workflows));
                tests.addAll(oracle.tests(workflows));
                return DynamicContainer.dynamicContainer(seed.getFileName().toString(), tests);
            } catch (WfaInputException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }
}

package org.wfa.dsl.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.compiler.CheckReport;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaSources;

/**
 * A large workspace is checked a cluster of files at a time, so that its memory stays bounded:
 * whatever the clusters, the findings and figures must be those of a check that holds the whole
 * workspace.
 */
class WfaClusteredCheckTest {

    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void examplesCheckedInClustersGiveTheFindingsAndFiguresOfAWholeCheck() throws Exception {
        List<SourceFile> sources = WfaSources.read(List.of(EXAMPLES));
        String whole = render(WfaCompiler.create().checkSources(sources, true));
        assertTrue(whole.contains("stages"), "the figures must be part of the comparison");
        assertEquals(
                whole,
                render(WfaCompiler.create().withClusters(0, 1).checkSources(sources, true)),
                "one file per cluster");
        assertEquals(
                whole,
                render(WfaCompiler.create().withClusters(0, 20_000).checkSources(sources, true)),
                "a few files per cluster");
    }

    @Test
    void callCyclesAcrossClustersAreReportedAsInAWholeCheck() {
        List<SourceFile> sources = chainWithCycle();
        CheckReport whole = WfaCompiler.create().checkSources(sources, false);
        String expected = render(whole);
        assertTrue(
                expected.contains("Workflow 'Flow3' waits on itself through 'Flow3' -> 'Flow2' -> 'Flow1' -> 'Flow3'"),
                expected);
        assertEquals(expected, render(WfaCompiler.create().withClusters(0, 1).checkSources(sources, false)));
        assertEquals(
                expected, render(WfaCompiler.create().withClusters(0, 3_000).checkSources(sources, false)));
    }

    @Test
    void brokenFilesGiveTheSameErrorsInClusters() {
        List<SourceFile> sources = new ArrayList<>(chainWithCycle());
        sources.add(new SourceFile(Path.of("/workspace/broken.wfa"), "broken.wfa", """
                package acme.broken

                workflow Broken "Broken" {
                    owner acme.org.HR.Nobody
                    start -> Missing
                    call C { workflow acme.flows.NoSuchFlow
                }
                """));
        sources.add(new SourceFile(
                Path.of("/workspace/deep.wfa"),
                "deep.wfa",
                "package acme.deep\n\nworkflow Deep" + " \"Deep\" { data { x: boolean } start -> d decision d { when "
                        + "not ".repeat(5_000) + "x -> e } end e }"));
        String expected = render(WfaCompiler.create().checkSources(sources, false));
        assertTrue(expected.contains("broken.wfa:4:"), expected);
        assertTrue(expected.contains("deep.wfa:3:"), expected);
        assertEquals(expected, render(WfaCompiler.create().withClusters(0, 1).checkSources(sources, false)));
    }

    /**
     * Twelve workflows in files of their own, each calling the one before it; the first three
     * also form a cycle. Checked one file per cluster, following a chain must not load it.
     */
    private static List<SourceFile> chainWithCycle() {
        List<SourceFile> sources = new ArrayList<>();
        sources.add(new SourceFile(Path.of("/workspace/org.wfa"), "org.wfa", WfaTestWorkspace.ORGANISATION));
        for (int i = 1; i <= 12; i++) {
            int callee = i == 1 ? 3 : i - 1;
            sources.add(new SourceFile(
                    Path.of("/workspace/flows/flow" + i + ".wfa"), "flows/flow" + i + ".wfa", """
                    package acme.flows

                    import acme.org.*

                    workflow Flow%d "Flow %d" {
                        owner HR.Head
                        start -> Run

                        call Run {
                            workflow acme.flows.Flow%d
                            accountable HR.Head
                            -> Done
                        }

                        end Done
                    }
                    """.formatted(
                                    i, i, callee)));
        }
        return sources;
    }

    private static String render(CheckReport report) {
        return report.compilation().diagnostics().stream()
                        .map(WfaDiagnostic::toText)
                        .collect(Collectors.joining("\n")) + "\n"
                + report.metrics().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}

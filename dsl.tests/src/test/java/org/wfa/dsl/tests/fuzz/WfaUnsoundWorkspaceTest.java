package org.wfa.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * The unsound mode of {@link WfaRandomWorkspace}: every workflow gets one defect with a fork,
 * and the workspaces still parse and link, their only errors being the flow rules' findings;
 * the semantics finds a problem in most workflows (the defect makes one likely, the checker
 * decides), and the labels are the same for the same seed.
 */
class WfaUnsoundWorkspaceTest {

    private static final long SEED = Long.getLong("wfa.fuzz.seed", 20261208L);

    private static final int TRIES = Integer.getInteger("wfa.fuzz.tries", 8);

    /** The flow rules: findings about the step graph, which an unsound workflow is expected to have. */
    private static final Set<String> FLOW_RULES = Set.of(
            WfaIssueCodes.UNREACHABLE_STEP,
            WfaIssueCodes.DEAD_END,
            WfaIssueCodes.LOOP_WITHOUT_EXIT,
            WfaIssueCodes.FORK_WITHOUT_JOIN,
            WfaIssueCodes.JOIN_WITHOUT_FORK,
            WfaIssueCodes.UNSOUND_FLOW);

    private final WfaCompiler compiler = WfaCompiler.create();

    @Test
    void anUnsoundWorkspaceHasOnlyFlowErrorsAndMostWorkflowsAreUnsound() {
        int workflows = 0;
        int unsound = 0;
        for (long seed = SEED; seed < SEED + TRIES; seed++) {
            List<SourceFile> sources = WfaRandomWorkspace.generateUnsound(seed);
            Compilation compilation = compiler.compileSources(sources);
            List<String> others = compilation.diagnostics().stream()
                    .filter(d -> d.severity() == WfaDiagnostic.Severity.ERROR)
                    .filter(d -> !FLOW_RULES.contains(d.code()))
                    .map(WfaDiagnostic::toText)
                    .toList();
            assertEquals(List.of(), others, "seed " + seed);
            String labels = WfaSoundnessLabels.of(compilation);
            assertEquals(
                    labels, WfaSoundnessLabels.of(compiler.compileSources(WfaRandomWorkspace.generateUnsound(seed))));
            for (String line : labels.lines().toList()) {
                workflows++;
                if (!line.endsWith("\tsound")) {
                    unsound++;
                }
            }
        }
        assertTrue(unsound * 4 >= workflows * 3, unsound + " of " + workflows + " workflows unsound");
    }
}

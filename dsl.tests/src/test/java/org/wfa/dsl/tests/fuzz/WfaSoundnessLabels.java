package org.wfa.dsl.tests.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.semantics.Soundness.Kind;
import org.wfa.dsl.semantics.Soundness.Problem;
import org.wfa.dsl.semantics.WfaSoundness;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaInputException;

/**
 * What the semantics says of each workflow of an unsound random workspace: the labels the engine
 * tests compare the soundness checker and the engines with (engine-tests' SoundnessOracle writes
 * the same format). One line per workflow, sorted: its qualified name, a tab, and the kinds of
 * problem the checker finds (sorted, comma-separated) or {@code sound}.
 */
public final class WfaSoundnessLabels {

    public static final String FILE = "expected-soundness.tsv";

    private WfaSoundnessLabels() {}

    public static String of(Path workspace) {
        try {
            return of(WfaCompiler.create().compile(List.of(workspace)));
        } catch (WfaInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static String of(Compilation compilation) {
        WfaSoundness soundness = WfaStandalone.injector().getInstance(WfaSoundness.class);
        WfaRefs refs = WfaStandalone.injector().getInstance(WfaRefs.class);
        Map<String, String> lines = new TreeMap<>();
        for (Workflow workflow : compilation.workflows()) {
            List<Kind> kinds = soundness.check(workflow).problems().stream()
                    .map(Problem::kind)
                    .distinct()
                    .sorted()
                    .toList();
            lines.put(
                    refs.of(workflow).name(),
                    kinds.isEmpty() ? "sound" : kinds.stream().map(Kind::name).collect(Collectors.joining(",")));
        }
        return lines.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue() + "\n")
                .collect(Collectors.joining());
    }
}

package org.wfa.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.wfa.bench.BenchWorkspaces;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

/**
 * The seeded synthetic workspace every benchmark runs on, written to a temporary folder and read
 * once per trial, so that the measured methods read nothing from disk. Select the size with
 * {@code -p stages=100000}.
 */
@State(Scope.Benchmark)
public class Workspace {

    @Param({"1000", "10000"})
    public int stages;

    private Path directory;

    private List<SourceFile> sources;

    @Setup(Level.Trial)
    public void write() throws IOException, WfaInputException {
        directory = Files.createTempDirectory("wfa-jmh");
        BenchWorkspaces.write(directory, stages);
        sources = WfaSources.read(List.of(directory));
    }

    /** Checks the workspace once and fails the trial if it does not compile cleanly. */
    Compilation checkedOnce(WfaCompiler compiler) {
        Compilation compilation = compiler.compileSources(sources);
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the synthetic workspace of " + stages + " stages has errors, first: "
                    + compilation.diagnostics().get(0));
        }
        return compilation;
    }

    public List<SourceFile> sources() {
        return sources;
    }

    /** The configuration files (wfa.yaml) are looked up during the check: the folder stays until the end. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

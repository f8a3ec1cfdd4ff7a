package org.wfa.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wfa.dsl.compiler.CheckReport;
import org.wfa.dsl.compiler.WfaCompiler;

/**
 * Warm {@code wfa check} in process: parse, index, link and validate the whole synthetic
 * workspace from its sources in memory (read once per trial), as the CLI does after reading the
 * files. The primary score is whole workspaces per second; the secondary metric {@code stages}
 * is stages per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class CheckBenchmark {

    private WfaCompiler compiler;

    @Setup(Level.Trial)
    public void compiler(Workspace workspace) {
        compiler = WfaCompiler.create();
        workspace.checkedOnce(compiler);
    }

    @Benchmark
    public CheckReport check(Workspace workspace, StageCounter counter) {
        // What 'wfa check' runs once it has read the files.
        CheckReport report = compiler.checkSources(workspace.sources(), false);
        counter.stages += workspace.stages;
        return report;
    }
}

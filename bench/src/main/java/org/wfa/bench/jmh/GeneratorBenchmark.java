package org.wfa.bench.jmh;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaParallel;
import org.wfa.dsl.workspace.Compilation;

/**
 * Each generator's warm throughput on the checked synthetic workspace (checked once per trial):
 * {@code generate} for one target, then every file's text rendered on all cores, as {@code wfa
 * build} renders them before writing; nothing is written. {@code target} runs over every
 * {@link WfaTarget} by default; select some with {@code -p target=HTML,BPMN_OPERATON} (the enum's
 * names). The secondary metric {@code stages} is stages per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 3, time = 4)
public class GeneratorBenchmark {

    /** No values: JMH runs every constant of the enum, so a new target is measured without changes here. */
    @Param
    public WfaTarget target;

    private WfaGenerator generator;

    private Compilation compilation;

    @Setup(Level.Trial)
    public void compile(Workspace workspace) {
        compilation = workspace.checkedOnce(WfaCompiler.create());
        generator = WfaGenerator.create();
    }

    @Benchmark
    public void generate(Workspace workspace, StageCounter counter, Blackhole blackhole) {
        List<GeneratedFile> files = generator.generate(compilation, Set.of(target));
        // Files render lazily: the text must be produced for the work to be done.
        for (String content : WfaParallel.map(files, GeneratedFile::content)) {
            blackhole.consume(content);
        }
        counter.stages += workspace.stages;
    }
}

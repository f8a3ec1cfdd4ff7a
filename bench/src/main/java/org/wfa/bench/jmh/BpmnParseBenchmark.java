package org.wfa.bench.jmh;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.wfa.dsl.build.WfaGenerator;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.GeneratedFile;

/**
 * The peer of {@link CheckBenchmark}: a BPMN model library (Operaton's BPMN model API, which
 * parses the XML and validates it against the BPMN 2.0 schema) reading the {@code bpmn:operaton}
 * BPMN that WFA generates from the same synthetic workspace, generated in memory once per trial.
 * Files are parsed one after the other, as the library is used. The secondary metric
 * {@code stages} is stages of the WFA workspace per second, so it compares directly with the check's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
public class BpmnParseBenchmark {

    private List<byte[]> bpmn;

    @Setup(Level.Trial)
    public void generate(Workspace workspace) {
        WfaCompiler compiler = WfaCompiler.create();
        bpmn = WfaGenerator.create().generate(workspace.checkedOnce(compiler), Set.of(WfaTarget.BPMN_OPERATON)).stream()
                .filter(file -> file.path().endsWith(".bpmn"))
                .map(GeneratedFile::content)
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .toList();
        if (bpmn.isEmpty()) {
            throw new IllegalStateException(
                    "the synthetic workspace of " + workspace.stages + " stages generated no BPMN");
        }
    }

    @Benchmark
    public void parse(Workspace workspace, StageCounter counter, Blackhole blackhole) {
        for (byte[] file : bpmn) {
            blackhole.consume(Bpmn.readModelFromStream(new ByteArrayInputStream(file)));
        }
        counter.stages += workspace.stages;
    }
}

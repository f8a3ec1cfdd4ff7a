package org.wfa.dsl.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.compiler.WfaSummary;
import org.wfa.dsl.generator.WfaGeneratorRefusal;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;

import com.google.inject.Inject;

/**
 * The build use case that {@code wfa build} and the Maven plugin's {@code generate} goal share,
 * so that both stop, write and report alike: compiles the workspace; when it has findings of the
 * fail-on severity, generates nothing (the previous outputs stay as they were); otherwise brings
 * the output folder up to date incrementally ({@link WfaBuild}: the manifest, only changed files
 * written, stale files removed). Either way it says what happened in one summary line. The front
 * ends translate their options into a {@link WfaBuildRequest}, then print or log.
 */
public class WfaBuilder {

    /**
     * @param compilation the compiled workspace, with its findings
     * @param failures    the findings of the fail-on severity or worse; when there are any, nothing was generated
     * @param outcome     what the build wrote, or null when it failed
     * @param summary     the line a front end shows last: {@code Generated 160 files in out (3 changed) from 12
     *                    .wfa files.}, {@code Up to date: ...}, or the check's summary and {@code Nothing generated.}
     */
    public record Result(Compilation compilation, long failures, WfaBuild.Outcome outcome, String summary) {

        /** Whether findings of the fail-on severity stopped the build before anything was generated. */
        public boolean failed() {
            return failures > 0;
        }
    }

    @Inject
    private WfaCompiler compiler;

    @Inject
    private WfaGenerator generator;

    /** A builder with the language's own injector, for use outside a language server. */
    public static WfaBuilder create() {
        return WfaStandalone.injector().getInstance(WfaBuilder.class);
    }

    /**
     * @param checked  told the compilation before anything is generated, so that its findings are
     *                 reported before a long generation, not after it
     * @param progress told how many files are written so far
     * @throws WfaInputException input that cannot be compiled (a missing path, an unreadable file), or
     *                           that a requested target refuses to generate ({@link WfaGeneratorRefusal})
     * @throws IOException       the output folder cannot be written; the message says so, and that the
     *                           previous outputs are unchanged
     */
    public Result build(WfaBuildRequest request, Consumer<Compilation> checked, WfaBuild.Progress progress)
            throws WfaInputException, IOException {
        Compilation compilation = compiler.compile(request.paths());
        checked.accept(compilation);
        long failures = request.failOn().failures(compilation);
        if (failures > 0) {
            return new Result(compilation, failures, null, WfaSummary.of(compilation) + " Nothing generated.");
        }
        Path out = request.outputFolder();
        WfaBuild.Outcome outcome;
        try {
            WfaBuild.Inputs inputs = WfaBuild.Inputs.of(
                    request.tool(),
                    request.targets(),
                    compilation.sources(),
                    compiler.configurationFiles(compilation.sources()));
            outcome = WfaBuild.run(out, inputs, () -> generator.generate(compilation, request.targets()), progress);
        } catch (IOException e) {
            throw new IOException(
                    "cannot write to '" + out + "': " + e.getMessage() + "; the previous outputs are unchanged", e);
        } catch (WfaGeneratorRefusal e) {
            throw new WfaInputException(e.getMessage() + " (nothing generated; the previous outputs are unchanged)", e);
        }
        return new Result(compilation, 0, outcome, summary(outcome, compilation, out));
    }

    private static String summary(WfaBuild.Outcome outcome, Compilation compilation, Path out) {
        long warnings = compilation.count(WfaDiagnostic.Severity.WARNING);
        String files = count(outcome.files(), "file");
        String from = " from " + count(compilation.sources().size(), ".wfa file")
                + (warnings > 0 ? "; " + count(warnings, "warning") : "") + ".";
        if (outcome.upToDate()) {
            return "Up to date: " + files + " in " + out + from;
        }
        return "Generated " + files + " in " + out + " (" + outcome.written() + " changed"
                + (outcome.removed() > 0 ? ", " + outcome.removed() + " removed" : "") + ")" + from;
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

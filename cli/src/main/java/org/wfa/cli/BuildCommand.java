package org.wfa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.compiler.WfaSummary;
import org.wfa.dsl.build.WfaBuild;
import org.wfa.dsl.build.WfaTarget;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wfa build}: checks a workspace and, when it has no errors, generates the requested
 * targets into the output folder, incrementally (see {@link WfaBuild}). A workspace with
 * findings of the {@code --fail-on} severity generates nothing, so that the previous outputs stay
 * as they were.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks .wfa files as one workspace and generates documentation and engine configurations.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = { "0:generated, or up to date (warnings allowed)",
                "1:findings of the --fail-on severity (default: errors): nothing generated",
                "2:usage, input or output error" })
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = { "-t", "--target" }, paramLabel = "TARGET", split = ",",
            description = "What to generate: docs (Markdown, Mermaid, CSV), html (static site), bpmn (standard"
                    + " BPMN 2.0), bpmn:operaton (BPMN for Operaton / Camunda 7), bpmn:camunda8 (BPMN for Camunda 8),"
                    + " dmn (decision tables), sw (Serverless Workflow) or json (the resolved workspace); repeatable."
                    + " Default: all targets.")
    private List<String> targets;

    @Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder; each target writes into its own subfolder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Mixin
    private FailOnOption failOn;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".wfa files or directories.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<WfaTarget> selected = EnumSet.noneOf(WfaTarget.class);
        for (String id : targets == null ? List.<String>of() : targets) {
            WfaTarget target = WfaTarget.byId(id.trim());
            if (target == null) {
                stderr.println("wfa: unknown target '" + id + "': expected one of " + WfaTarget.ids());
                return WfaMain.INPUT_ERROR;
            }
            selected.add(target);
        }
        if (selected.isEmpty()) {
            selected = EnumSet.allOf(WfaTarget.class);
        }
        WfaCompiler compiler = WfaCompiler.create();
        Compilation compilation;
        try {
            compilation = compiler.compile(paths);
        } catch (WfaInputException e) {
            stderr.println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        compilation.diagnostics().stream().filter(d -> !d.accepted()).forEach(d -> stdout.println(d.toText()));
        if (failOn.fails(compilation)) {
            stdout.println(WfaSummary.of(compilation) + " Nothing generated.");
            return WfaMain.FINDINGS;
        }
        Set<WfaTarget> chosen = selected;
        WfaBuild.Outcome outcome;
        try {
            WfaBuild.Inputs inputs = WfaBuild.Inputs.of(WfaVersion.buildIdentity(), chosen, compilation.sources(),
                    compiler.configurationFiles(compilation.sources()));
            outcome = WfaBuild.run(out, inputs, () -> compiler.generate(compilation, chosen),
                    TerminalProgress.forTerminal(stderr));
        } catch (IOException e) {
            stderr.println("wfa: cannot write to '" + out + "': " + e.getMessage() + "; the previous outputs are"
                    + " unchanged");
            return WfaMain.INPUT_ERROR;
        }
        stdout.println(summary(outcome, compilation));
        return WfaMain.OK;
    }

    private String summary(WfaBuild.Outcome outcome, Compilation compilation) {
        long warnings = compilation.count(WfaDiagnostic.Severity.WARNING);
        String files = outcome.files() + (outcome.files() == 1 ? " file" : " files");
        String from = " from " + compilation.sources().size() + " .wfa files"
                + (warnings > 0 ? "; " + warnings + (warnings == 1 ? " warning" : " warnings") : "") + ".";
        if (outcome.upToDate()) {
            return "Up to date: " + files + " in " + out + from;
        }
        return "Generated " + files + " in " + out + " (" + outcome.written() + " changed"
                + (outcome.removed() > 0 ? ", " + outcome.removed() + " removed" : "") + ")" + from;
    }
}

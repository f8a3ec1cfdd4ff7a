package org.wfa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.wfa.dsl.build.WfaBuild;
import org.wfa.dsl.build.WfaBuildRequest;
import org.wfa.dsl.build.WfaBuilder;
import org.wfa.dsl.build.WfaTarget;
import org.wfa.dsl.workspace.WfaInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wfa build}: the build use case ({@link WfaBuilder}, shared with the Maven plugin) on the
 * command line. It checks a workspace and, unless it has findings of the {@code --fail-on}
 * severity, generates the requested targets into the output folder, incrementally (see
 * {@link WfaBuild}).
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Checks .wfa files as one workspace and generates documentation and engine configurations.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:generated, or up to date (warnings allowed)",
            "1:findings of the --fail-on severity (default: errors): nothing generated",
            "2:usage, input or output error"
        })
final class BuildCommand implements Callable<Integer> {

    /** The help section that lists the targets with what each generates. */
    private static final String TARGETS_SECTION = "targets";

    /** The target ids, for the help text. */
    static final class TargetIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(WfaTarget.values()).map(WfaTarget::id).iterator();
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-t", "--target"},
            paramLabel = "TARGET",
            split = ",",
            completionCandidates = TargetIds.class,
            description = "What to generate: ${COMPLETION-CANDIDATES} (see Targets below); repeatable."
                    + " Default: all targets.")
    private List<String> targets;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "out",
            description = "Output folder; each target writes into its own subfolder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Mixin
    private FailOnOption failOn;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".wfa files or directories.")
    private List<Path> paths;

    /** Adds the targets, each with what it generates, to the help of the build command, before the exit statuses. */
    static void describeTargets(CommandLine build) {
        List<String> keys = new ArrayList<>(build.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), TARGETS_SECTION);
        build.setHelpSectionKeys(keys);
        build.getHelpSectionMap().put(TARGETS_SECTION, help -> {
            CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(
                    help.colorScheme(),
                    new CommandLine.Help.Column(17, 2, CommandLine.Help.Column.Overflow.SPAN),
                    new CommandLine.Help.Column(
                            help.commandSpec().usageMessage().width() - 17, 1, CommandLine.Help.Column.Overflow.WRAP));
            for (WfaTarget target : WfaTarget.values()) {
                table.addRowValues(target.id(), target.description());
            }
            return String.format("%nTargets:%n") + table;
        });
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        WfaBuilder.Result result;
        try {
            WfaBuildRequest request = new WfaBuildRequest(
                    paths,
                    WfaTarget.parse(targets == null ? List.of() : targets),
                    failOn.level(),
                    out,
                    WfaVersion.buildIdentity());
            result = WfaBuilder.create()
                    .build(
                            request,
                            compilation -> compilation.diagnostics().stream()
                                    .filter(d -> !d.accepted())
                                    .forEach(d -> stdout.println(d.toText())),
                            TerminalProgress.forTerminal(stderr));
        } catch (WfaInputException | IOException e) {
            stderr.println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        stdout.println(result.summary());
        return result.failed() ? WfaMain.FINDINGS : WfaMain.OK;
    }
}

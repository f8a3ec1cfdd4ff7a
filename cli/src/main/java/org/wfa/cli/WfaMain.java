package org.wfa.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wfa} command: a thin layer over the compiler API in the language module.
 */
@Command(
        name = "wfa",
        mixinStandardHelpOptions = true,
        versionProvider = WfaVersion.class,
        description =
                "Checks, formats, compares and compiles workflow architecture (.wfa) files into documentation and engine configurations.",
        subcommands = {
            CheckCommand.class,
            BuildCommand.class,
            FmtCommand.class,
            DiffCommand.class,
            LspCommand.class,
            OutlineCommand.class,
            InitCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:errors found (check, build: nothing generated), files not formatted (fmt --check), or changes found (diff --exit-code)",
            "2:usage or input error (missing path, unreadable or non-UTF-8 file)"
        })
public final class WfaMain implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int INPUT_ERROR = 2;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // A command-line run creates each object of the language's injector a few times: Guice's
        // generated constructor classes cost more to make than reflection costs to run, about a
        // tenth of a cold check of one file (docs/performance.md, "Start-up").
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        // Output in UTF-8, as the .wfa files are, whatever the locale: under LANG=C Java would print
        // '?' for every accented name, and 'wfa outline' output, which git compares, must keep them.
        System.exit(run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new WfaMain());
        commandLine.setOut(out);
        commandLine.setErr(err);
        BuildCommand.describeTargets(commandLine.getSubcommands().get("build"));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            // The user gets one line; the stack trace only on request.
            err.println("wfa: internal error: " + exception);
            if (System.getenv("WFA_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("wfa: set WFA_DEBUG=1 for details, and please report this as a bug");
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Picocli hands errors on; the user still gets one line and what to do about it.
            err.println(
                    "wfa: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MiB): give Java more, for example WFA_JAVA_OPTS=-Xmx4g, or check fewer files at once");
            status = INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.wfa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.wfa.dsl.compiler.WfaSourceFormatter;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaFiles;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wfa fmt}: rewrites .wfa files in their canonical layout.
 */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = "Rewrites .wfa files in canonical layout (directories are searched recursively).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all files formatted (or already canonical)",
            "1:--check found files that are not formatted, or a file has syntax errors",
            "2:usage or input error"
        })
final class FmtCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--check", description = "Change nothing; list the files that are not formatted and exit 1 if any.")
    private boolean check;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".wfa files or directories.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceFile> sources;
        try {
            sources = WfaSources.read(paths);
        } catch (WfaInputException e) {
            err.println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        WfaSourceFormatter formatter = WfaStandalone.injector().getInstance(WfaSourceFormatter.class);
        List<String> unformatted = new ArrayList<>();
        int failed = 0;
        for (SourceFile source : sources) {
            try {
                String formatted = formatter.format(source);
                if (formatted.equals(source.text())) {
                    continue;
                }
                unformatted.add(source.displayPath());
                if (!check) {
                    WfaFiles.writeAtomically(source.path(), formatted);
                }
            } catch (WfaInputException e) {
                err.println("wfa: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("wfa: cannot write '" + source.displayPath() + "': " + e.getMessage());
                return WfaMain.INPUT_ERROR;
            }
        }
        if (check) {
            unformatted.forEach(path -> out.println(path + ": not formatted"));
            if (!unformatted.isEmpty()) {
                err.println("wfa: " + unformatted.size() + " of " + sources.size()
                        + " files are not formatted; run 'wfa fmt' on them");
            }
        } else {
            unformatted.forEach(path -> out.println("formatted " + path));
        }
        return failed > 0 || (check && !unformatted.isEmpty()) ? WfaMain.FINDINGS : WfaMain.OK;
    }
}

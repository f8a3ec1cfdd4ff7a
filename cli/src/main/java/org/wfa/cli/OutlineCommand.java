package org.wfa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.wfa.cli.outline.WfaOutliner;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wfa outline}: the layout-independent outline of one file, made for git's textconv so
 * that {@code git diff} and {@code git log -p} show what changed in the design.
 */
@Command(
        name = "outline",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a canonical outline of one .wfa file, one fact per line, independent of layout and comments.",
            "Made for git: with '*.wfa diff=wfa' in .gitattributes and 'git config diff.wfa.textconv \"wfa outline\"',"
                    + " git diff and git log -p show semantic changes.",
            "The file is read on its own (names are shown as written, not resolved)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:outline printed, also for a file with syntax errors (they are listed as '! syntax error at"
                    + " LINE:COLUMN: message' lines, so that git can still show a diff)",
            "2:usage or input error (missing, unreadable or non-UTF-8 file, or a directory)"
        })
final class OutlineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The .wfa file (any file name: git passes a temporary file).")
    private Path file;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            spec.commandLine().getErr().println("wfa: '" + file + "' is a directory: expected one .wfa file");
            return WfaMain.INPUT_ERROR;
        }
        if (!Files.exists(file)) {
            spec.commandLine().getErr().println("wfa: '" + file + "' does not exist");
            return WfaMain.INPUT_ERROR;
        }
        String text;
        try {
            text = WfaSources.readText(file);
        } catch (WfaInputException e) {
            spec.commandLine().getErr().println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        SourceFile source = new SourceFile(file, file.toString().replace('\\', '/'), text);
        spec.commandLine().getOut().print(WfaOutliner.create().outline(source).render());
        return WfaMain.OK;
    }
}

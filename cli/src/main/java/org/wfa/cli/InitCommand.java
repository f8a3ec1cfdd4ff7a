package org.wfa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.wfa.dsl.workspace.WfaInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wfa init}: a new workspace with an organisation model and a first workflow that checks clean. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Creates a workspace: an organisation model, a first workflow, wfa.yaml, .gitattributes"
                + " and a README with the next steps.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:workspace created",
            "2:a file of the workspace exists already (see --force)," + " or the folder cannot be written"
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--force",
            description = "Overwrite the workspace's files where they exist; other files are never touched.")
    private boolean force;

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Folder of the new workspace, created if needed (default: the current folder).")
    private Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<WfaScaffold.ScaffoldFile> files;
        try {
            files = WfaScaffold.write(folder, force);
        } catch (WfaInputException e) {
            spec.commandLine().getErr().println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("wfa: cannot write to '" + folder + "': " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        files.forEach(
                file -> out.println("created " + folder.resolve(file.path()).normalize()));
        out.println("Created a workspace with " + files.size() + " files in " + folder + ". Next: wfa check " + folder
                + " (see README.md).");
        return WfaMain.OK;
    }
}

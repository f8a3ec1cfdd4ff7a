package org.wfa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.diff.DiffJsonRenderer;
import org.wfa.dsl.diff.DiffMarkdownRenderer;
import org.wfa.dsl.diff.DiffTextRenderer;
import org.wfa.dsl.diff.WfaDiffer;
import org.wfa.dsl.diff.WorkspaceDiff;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wfa diff}: the semantic difference between two versions of a workspace, given as two
 * files or directories, or as git revisions.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what changed in meaning between two versions of a workspace: steps, flows, owners"
                    + " and RACI, decisions, approvals, SLAs, the organisation, the findings introduced and resolved,"
                    + " and the figures. Formatting alone changes nothing.",
            "  wfa diff OLD NEW                two .wfa files or two directories",
            "  wfa diff --git REV [PATH...]    REV against the working tree",
            "  wfa diff --git REV1..REV2 [PATH...]"
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:compared (with or without changes; see --exit-code)",
            "1:changes found, with --exit-code",
            "2:usage or input error (missing path, syntax errors in a side,"
                    + " unknown revision, not a git repository)"
        })
final class DiffCommand implements Callable<Integer> {

    enum Format {
        text,
        markdown,
        json
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--git",
            paramLabel = "REV[..REV]",
            description = "Read the versions from git: REV against the" + " working tree, or REV1..REV2.")
    private String revisions;

    @Option(
            names = {"-C", "--directory"},
            paramLabel = "DIR",
            description = "Run as if started in DIR" + " (where git runs and paths are read from).")
    private Path directory;

    @Option(
            names = "--exit-code",
            description = "Exit with 1 when there are changes, 0 when there are none (like git diff --exit-code).")
    private boolean exitCode;

    @Parameters(
            paramLabel = "PATH",
            description = "OLD NEW (two files or directories), or with --git the paths to compare (default: all).")
    private List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path base = directory == null ? Path.of("") : directory;
        WfaCompiler compiler = WfaCompiler.create();
        WorkspaceDiff diff;
        try {
            if (revisions == null) {
                if (paths.size() != 2) {
                    err.println("wfa: diff needs two paths, OLD and NEW (or --git REV[..REV] [PATH...]); got "
                            + paths.size());
                    return WfaMain.INPUT_ERROR;
                }
                Compilation before = compile(compiler, "OLD", WfaSources.read(List.of(base.resolve(paths.get(0)))));
                Compilation after = compile(compiler, "NEW", WfaSources.read(List.of(base.resolve(paths.get(1)))));
                diff = WfaDiffer.create().diff(before, after);
            } else {
                diff = gitDiff(compiler, base);
            }
        } catch (WfaInputException e) {
            err.println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        out.print(
                switch (format) {
                    case json -> DiffJsonRenderer.render(diff);
                    case markdown -> DiffMarkdownRenderer.render(diff);
                    case text -> DiffTextRenderer.render(diff);
                });
        return exitCode && !diff.isEmpty() ? WfaMain.FINDINGS : WfaMain.OK;
    }

    private WorkspaceDiff gitDiff(WfaCompiler compiler, Path base) throws WfaInputException {
        int range = revisions.indexOf("..");
        String from = range < 0 ? revisions : revisions.substring(0, range);
        String to = range < 0 ? null : revisions.substring(range + 2);
        if (range >= 0 && (from.isEmpty() || to.isEmpty() || to.startsWith("."))) {
            throw new WfaInputException("invalid revision range '" + revisions + "': expected REV or REV1..REV2");
        }
        try (WfaGitSources git = new WfaGitSources(base)) {
            String old = git.commit(from);
            List<SourceFile> afterSources = to == null ? git.workingTree(paths) : git.atCommit(git.commit(to), paths);
            Compilation before = compile(compiler, from, git.atCommit(old, paths));
            Compilation after = compile(compiler, to == null ? "the working tree" : to, afterSources);
            return WfaDiffer.create().diff(before, after);
        }
    }

    /** Compiles one side; a side that does not parse cannot be compared, and its syntax errors are the answer. */
    private Compilation compile(WfaCompiler compiler, String side, List<SourceFile> sources) throws WfaInputException {
        Compilation compilation = compiler.compileSources(sources);
        List<WfaDiagnostic> syntax = compilation.diagnostics().stream()
                .filter(d -> WfaIssueCodes.SYNTAX_ERROR.equals(d.code()))
                .toList();
        if (!syntax.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            syntax.forEach(d -> err.println(d.toText()));
            throw new WfaInputException("cannot compare: " + side + " has " + syntax.size()
                    + (syntax.size() == 1 ? " syntax error" : " syntax errors")
                    + " (listed above): expected files that parse");
        }
        return compilation;
    }
}

package org.wfa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.wfa.cli.sarif.SarifReport;
import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.compiler.CheckReport;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.compiler.WfaSummary;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wfa check}: parses, links and validates every .wfa file under the given paths as one workspace.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Parses, links and validates .wfa files (directories are searched recursively) as one workspace.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no findings of the --fail-on severity (default: no errors)",
            "1:findings of the --fail-on severity or worse",
            "2:usage or input error"
        })
final class CheckCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        sarif
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--metrics",
            description = "Also print each workflow's figures: stages, decisions, approvals,"
                    + " hand-offs, automation and AI share, load per role, critical path against the SLA.")
    private boolean metrics;

    @Option(names = "--show-suppressed", description = "Also list the findings accepted with @allow(rule, \"reason\").")
    private boolean showSuppressed;

    @Mixin
    private FailOnOption failOn;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".wfa files or directories.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CheckReport report;
        try {
            report = WfaCompiler.create().check(paths, metrics);
        } catch (WfaInputException e) {
            spec.commandLine().getErr().println("wfa: " + e.getMessage());
            return WfaMain.INPUT_ERROR;
        }
        Compilation compilation = report.compilation();
        List<WorkflowMetrics> figures = report.metrics();
        List<WfaDiagnostic> shown = compilation.diagnostics().stream()
                .filter(d -> showSuppressed || !d.accepted())
                .toList();
        if (format == Format.json) {
            out.println(toJson(compilation, shown, figures));
        } else if (format == Format.sarif) {
            // SARIF records accepted findings as suppressed results, whatever --show-suppressed says.
            out.println(
                    SarifReport.render(SarifReport.build(SarifTool.info(), SarifTool.rules(), compilation, figures)));
        } else {
            shown.forEach(d -> out.println(d.toTextWithRelated()));
            figures.forEach(m -> out.print(MetricsText.render(m)));
            out.println(WfaSummary.of(compilation));
        }
        return failOn.fails(compilation) ? WfaMain.FINDINGS : WfaMain.OK;
    }

    private static String toJson(Compilation compilation, List<WfaDiagnostic> shown, List<WorkflowMetrics> figures) {
        JsonObject root = new JsonObject();
        root.addProperty("files", compilation.sources().size());
        root.addProperty("errors", compilation.count(WfaDiagnostic.Severity.ERROR));
        root.addProperty("warnings", compilation.count(WfaDiagnostic.Severity.WARNING));
        root.addProperty("infos", compilation.count(WfaDiagnostic.Severity.INFO));
        root.addProperty("accepted", compilation.countAccepted());
        JsonArray diagnostics = new JsonArray();
        for (WfaDiagnostic d : shown) {
            JsonObject item = new JsonObject();
            item.addProperty("file", d.file());
            item.addProperty("line", d.line());
            item.addProperty("column", d.column());
            item.addProperty("offset", d.offset());
            item.addProperty("length", d.length());
            item.addProperty("severity", d.severity().label());
            item.addProperty("code", d.code());
            item.addProperty("message", d.message());
            if (d.accepted()) {
                item.addProperty("accepted", true);
            }
            if (!d.related().isEmpty()) {
                item.add("related", related(d.related()));
            }
            diagnostics.add(item);
        }
        root.add("diagnostics", diagnostics);
        if (!figures.isEmpty()) {
            Gson gson = new Gson();
            root.add("metrics", gson.toJsonTree(figures));
        }
        return new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(root);
    }

    private static JsonArray related(List<WfaDiagnostic.Related> locations) {
        JsonArray related = new JsonArray();
        for (WfaDiagnostic.Related location : locations) {
            JsonObject item = new JsonObject();
            item.addProperty("file", location.file());
            item.addProperty("line", location.line());
            item.addProperty("column", location.column());
            item.addProperty("endLine", location.endLine());
            item.addProperty("endColumn", location.endColumn());
            item.addProperty("message", location.message());
            related.add(item);
        }
        return related;
    }
}

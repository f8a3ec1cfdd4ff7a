package org.wfa.cli.sarif;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.gson.GsonBuilder;

/**
 * A compilation's findings as a SARIF 2.1.0 log, for code-scanning tools (GitHub code scanning
 * annotates pull requests with them). Findings accepted with {@code @allow} are results with an
 * in-source suppression, so that such tools show them as dismissed rather than not at all.
 */
public final class SarifReport {

    /** Paths relative to the working directory are resolved against this base by code-scanning tools. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    /** The tool that made the log. */
    public record ToolInfo(String name, String version, String informationUri) {}

    /**
     * What a code-scanning tool shows about a rule.
     *
     * @param summary     a few words: what the rule finds
     * @param explanation why it matters, in plain text
     * @param markdown    the rule's whole documentation, in Markdown
     */
    public record RuleInfo(
            String code, String name, String summary, String explanation, String helpUri, String markdown) {}

    private SarifReport() {}

    /**
     * The log of a compilation: every finding (accepted ones included), every rule of
     * {@code rules} (sorted by code), and the workflows' figures in the run's properties when given.
     */
    public static SarifLog build(
            ToolInfo tool, List<RuleInfo> rules, Compilation compilation, List<WorkflowMetrics> metrics) {
        TreeMap<String, RuleInfo> byCode = new TreeMap<>();
        rules.forEach(rule -> byCode.put(rule.code(), rule));
        compilation
                .diagnostics()
                .forEach(d -> byCode.putIfAbsent(d.code(), new RuleInfo(d.code(), null, null, null, null, null)));
        List<String> codes = new ArrayList<>(byCode.keySet());
        List<SarifLog.Rule> descriptors =
                byCode.values().stream().map(SarifReport::descriptor).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        compilation.sources().forEach(source -> texts.put(source.displayPath(), source.text()));
        List<SarifLog.Result> results = compilation.diagnostics().stream()
                .map(d -> result(d, codes.indexOf(d.code()), texts.get(d.file())))
                .toList();
        Map<String, Object> properties = metrics.isEmpty() ? null : Map.of("metrics", metrics);
        SarifLog.Driver driver = new SarifLog.Driver(tool.name(), tool.version(), tool.informationUri(), descriptors);
        SarifLog.Run run = new SarifLog.Run(new SarifLog.Tool(driver), results, "utf16CodeUnits", properties);
        return new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, List.of(run));
    }

    public static String render(SarifLog log) {
        return new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(log);
    }

    private static SarifLog.Rule descriptor(RuleInfo rule) {
        return new SarifLog.Rule(
                rule.code(),
                rule.name(),
                message(rule.summary()),
                message(rule.explanation()),
                rule.helpUri(),
                rule.explanation() == null || rule.explanation().isEmpty()
                        ? null
                        : new SarifLog.Help(rule.explanation(), rule.markdown()));
    }

    private static SarifLog.Message message(String text) {
        return text == null || text.isEmpty() ? null : new SarifLog.Message(text);
    }

    private static SarifLog.Result result(WfaDiagnostic d, int ruleIndex, String text) {
        WfaDiagnostic.Severity severity =
                d.acceptance() != null ? d.acceptance().severity() : d.severity();
        String message = d.message();
        List<SarifLog.Suppression> suppressions = null;
        if (d.accepted()) {
            String reason = d.acceptance() == null ? null : d.acceptance().reason();
            // The log records the acceptance as a suppression: the message stays the finding's own.
            message = WfaIssueData.findingMessage(reason, message);
            suppressions = List.of(new SarifLog.Suppression("inSource", reason));
        }
        SarifLog.PhysicalLocation where = new SarifLog.PhysicalLocation(artifact(d.file()), region(d, text));
        List<SarifLog.Location> related = related(d.related());
        return new SarifLog.Result(
                d.code(),
                ruleIndex,
                level(severity),
                new SarifLog.Message(message),
                List.of(new SarifLog.Location(where)),
                related.isEmpty() ? null : related,
                related.isEmpty() ? null : List.of(codeFlow(related)),
                suppressions);
    }

    /** The related locations, numbered from 1 in the order to read them. */
    private static List<SarifLog.Location> related(List<WfaDiagnostic.Related> locations) {
        List<SarifLog.Location> related = new ArrayList<>();
        for (WfaDiagnostic.Related location : locations) {
            SarifLog.Region region =
                    new SarifLog.Region(location.line(), location.column(), location.endLine(), location.endColumn());
            related.add(new SarifLog.Location(
                    related.size() + 1,
                    new SarifLog.PhysicalLocation(artifact(location.file()), region),
                    new SarifLog.Message(location.message())));
        }
        return related;
    }

    /** The related locations as one thread of execution that visits them in order. */
    private static SarifLog.CodeFlow codeFlow(List<SarifLog.Location> related) {
        List<SarifLog.ThreadFlowLocation> steps = related.stream()
                .map(location -> new SarifLog.ThreadFlowLocation(
                        new SarifLog.Location(null, location.physicalLocation(), location.message())))
                .toList();
        return new SarifLog.CodeFlow(List.of(new SarifLog.ThreadFlow(steps)));
    }

    private static String level(WfaDiagnostic.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative display path stays relative to the source root; an absolute one becomes a file URI. */
    static SarifLog.ArtifactLocation artifact(String displayPath) {
        Path path = Path.of(displayPath);
        if (path.isAbsolute()) {
            return new SarifLog.ArtifactLocation(path.toUri().toString(), null);
        }
        try {
            return new SarifLog.ArtifactLocation(new URI(null, null, displayPath, null).toASCIIString(), SOURCE_ROOT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + displayPath + "' is not a relative path", e);
        }
    }

    /** The end comes from the marked text's offset and length, where the file's text is known. */
    private static SarifLog.Region region(WfaDiagnostic d, String text) {
        int end = d.offset() + d.length();
        if (text == null || d.length() <= 0 || end > text.length()) {
            return new SarifLog.Region(d.line(), d.column(), null, null);
        }
        int line = d.line();
        int lineStart = d.offset() - (d.column() - 1);
        for (int i = d.offset(); i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SarifLog.Region(d.line(), d.column(), line, end - lineStart + 1);
    }
}

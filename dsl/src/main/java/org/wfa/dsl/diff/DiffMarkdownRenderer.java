package org.wfa.dsl.diff;

import java.util.regex.Pattern;

import org.wfa.dsl.generator.WfaEscape;

/**
 * The Markdown form of a diff, made to be posted as a pull-request comment: a summary with
 * counts, then per workflow its changes, findings and figures, and a Mermaid diagram of its new
 * flow with the changes coloured. Every name and text from the sources is escaped.
 */
public final class DiffMarkdownRenderer {

    /** Names made of identifier characters are shown as code; anything else is escaped text. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.\\- >]+");

    private static final DiffSentences SENTENCES = new DiffSentences(DiffMarkdownRenderer::name, WfaEscape::markdown);

    private DiffMarkdownRenderer() {}

    public static String render(WorkspaceDiff diff) {
        StringBuilder out = new StringBuilder("## WFA semantic diff\n\n");
        if (diff.isEmpty()) {
            return out.append("No semantic changes.\n").toString();
        }
        out.append(DiffSentences.summary(diff)).append("\n\n");
        out.append("| | count |\n|---|---:|\n");
        row(
                out,
                "workflows changed",
                diff.workflows().stream()
                        .filter(w -> w.status().equals("changed"))
                        .count());
        row(
                out,
                "workflows added",
                diff.workflows().stream()
                        .filter(w -> w.status().equals("added"))
                        .count());
        row(
                out,
                "workflows removed",
                diff.workflows().stream()
                        .filter(w -> w.status().equals("removed"))
                        .count());
        row(
                out,
                "step and flow changes",
                diff.workflows().stream().mapToLong(w -> w.changes().size()).sum());
        row(out, "organisation changes", diff.organisation().size());
        row(out, "findings introduced", DiffSentences.findings(diff, "introduced"));
        row(out, "findings resolved", DiffSentences.findings(diff, "resolved"));
        for (WorkflowDiff w : diff.workflows()) {
            out.append("\n### ")
                    .append(name(w.name()))
                    .append(" (")
                    .append(w.status())
                    .append(")\n\n");
            w.changes()
                    .forEach(c -> out.append("- ").append(SENTENCES.change(c)).append('\n'));
            if (!w.findings().isEmpty()) {
                out.append("\n**Findings**\n\n");
                w.findings()
                        .forEach(f ->
                                out.append("- ").append(SENTENCES.finding(f)).append('\n'));
            }
            if (!w.metrics().isEmpty()) {
                out.append("\n**Figures**\n\n| figure | before | after |\n|---|---|---|\n");
                w.metrics()
                        .forEach(m -> out.append("| ")
                                .append(WfaEscape.markdown(m.metric()))
                                .append(" | ")
                                .append(WfaEscape.markdown(m.before()))
                                .append(" | ")
                                .append(WfaEscape.markdown(m.after()))
                                .append(" |\n"));
            }
            if (w.view() != null && !w.view().nodes().isEmpty()) {
                out.append("\n```mermaid\n")
                        .append(DiffMermaidRenderer.render(w.view()))
                        .append("```\n");
                out.append("\n<sub>Green: added; amber: changed; grey and dashed: removed.</sub>\n");
            }
        }
        if (!diff.organisation().isEmpty()) {
            out.append("\n### Organisation\n\n");
            diff.organisation()
                    .forEach(c -> out.append("- ").append(SENTENCES.change(c)).append('\n'));
        }
        if (!diff.findings().isEmpty()) {
            out.append("\n### Other findings\n\n");
            diff.findings()
                    .forEach(f -> out.append("- ").append(SENTENCES.finding(f)).append('\n'));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String what, long count) {
        out.append("| ").append(what).append(" | ").append(count).append(" |\n");
    }

    private static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "`" + name + "`" : WfaEscape.markdown(name);
    }
}

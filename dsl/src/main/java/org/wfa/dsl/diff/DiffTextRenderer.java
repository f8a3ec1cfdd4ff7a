package org.wfa.dsl.diff;

/**
 * The text form of a diff: one line per change, grouped per workflow, then the organisation and
 * the findings about no workflow, and a summary line.
 */
public final class DiffTextRenderer {

    private static final DiffSentences SENTENCES = new DiffSentences(n -> "'" + n + "'", v -> v);

    private DiffTextRenderer() {}

    public static String render(WorkspaceDiff diff) {
        StringBuilder out = new StringBuilder();
        for (WorkflowDiff workflow : diff.workflows()) {
            out.append("workflow '")
                    .append(workflow.name())
                    .append("' ")
                    .append(workflow.status())
                    .append('\n');
            workflow.changes().forEach(c -> line(out, SENTENCES.change(c)));
            workflow.findings().forEach(f -> line(out, SENTENCES.finding(f)));
            workflow.metrics().forEach(m -> line(out, SENTENCES.metric(m)));
        }
        if (!diff.organisation().isEmpty()) {
            out.append("organisation\n");
            diff.organisation().forEach(c -> line(out, SENTENCES.change(c)));
        }
        if (!diff.findings().isEmpty()) {
            out.append("workspace\n");
            diff.findings().forEach(f -> line(out, SENTENCES.finding(f)));
        }
        return out.append(DiffSentences.summary(diff)).append('\n').toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append("  ").append(text).append('\n');
    }
}

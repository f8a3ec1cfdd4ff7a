package org.wfa.dsl.diff;

import java.util.function.UnaryOperator;

/**
 * The one-line sentences that the text and Markdown forms share. The two forms differ only in
 * how they quote a name and a value, which is passed in.
 *
 * @param name  how a name is shown (quoted in text, code in Markdown)
 * @param value how any other text is shown (as it is in text, escaped in Markdown)
 */
record DiffSentences(UnaryOperator<String> name, UnaryOperator<String> value) {

    static final String ARROW = " \u2192 ";

    String change(Change c) {
        String subject = c.subject();
        if ("flow".equals(subject)) {
            return "flow " + c.action() + ": " + value.apply(c.element());
        }
        return switch (c.action()) {
            case "added" -> subject + " " + name.apply(c.element()) + " added";
            case "removed" -> subject + " " + name.apply(c.element()) + " removed";
            case "renamed" -> subject + " " + name.apply(c.before()) + " renamed to " + name.apply(c.after());
            default -> subject + " " + name.apply(c.element()) + ": " + property(c);
        };
    }

    private String property(Change c) {
        String property = c.property();
        if (c.before() == null) {
            return property + " added" + (Snapshot.PROSE.contains(property) ? "" : ": " + value.apply(c.after()));
        }
        if (c.after() == null) {
            return property + " removed" + (Snapshot.PROSE.contains(property) ? "" : ": " + value.apply(c.before()));
        }
        if (Snapshot.PROSE.contains(property)) {
            return property + " changed";
        }
        return property + " " + value.apply(c.before()) + ARROW + value.apply(c.after());
    }

    String finding(FindingChange f) {
        return f.action() + " " + f.severity() + " " + f.code()
                + (f.element() == null ? "" : " at " + value.apply(f.element())) + ": " + value.apply(f.message());
    }

    String metric(MetricChange m) {
        return value.apply(m.metric()) + ": " + value.apply(m.before()) + ARROW + value.apply(m.after());
    }

    /** "2 workflows changed, 1 added; 14 changes; 1 finding introduced, 2 resolved" */
    static String summary(WorkspaceDiff diff) {
        if (diff.isEmpty()) {
            return "No semantic changes.";
        }
        long changed = diff.workflows().stream()
                .filter(w -> w.status().equals("changed"))
                .count();
        long added = diff.workflows().stream()
                .filter(w -> w.status().equals("added"))
                .count();
        long removed = diff.workflows().stream()
                .filter(w -> w.status().equals("removed"))
                .count();
        long introduced = findings(diff, "introduced");
        long resolved = findings(diff, "resolved");
        return plural(changed, "workflow") + " changed, " + added + " added, " + removed + " removed; "
                + plural(diff.organisation().size(), "organisation change") + "; "
                + plural(introduced, "finding") + " introduced, " + resolved + " resolved.";
    }

    static long findings(WorkspaceDiff diff, String action) {
        return diff.findings().stream().filter(f -> f.action().equals(action)).count()
                + diff.workflows().stream()
                        .flatMap(w -> w.findings().stream())
                        .filter(f -> f.action().equals(action))
                        .count();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

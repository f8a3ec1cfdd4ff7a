package org.wfa.dsl.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * What a WFA issue carries besides its code, message and position, typed. Xtext's issue data
 * (a {@code String[]}) stays the transport, because that is what an {@code Issue} holds and what
 * the language server sends as an LSP diagnostic's {@code data}; this record is encoded into it
 * in {@link #encode()} and read back in {@link #decode(String[])}, and nowhere else.
 *
 * <p>Each datum is one string {@code key:value} (a flag is its bare key), so that readers depend
 * on names, not positions, and skip what they do not know (data of an issue made by Xtext itself).
 *
 * @param subjects    the names of the elements the finding is about, in the order the rule gives them
 * @param suggestions names a quick fix may put in place of the marked text (close matches of an unknown name)
 * @param acceptance  for a finding accepted with {@code @allow(rule, "reason")}: its configured severity
 *                    and the reason; otherwise null
 * @param refused     whether the issue stands for a whole document refused by the editor's parser
 *                    (too large or too deeply nested to check while editing)
 * @param related     places in the issue's own document that explain the finding, in the order to
 *                    read them (the steps of a soundness counterexample); empty for most findings
 */
public record WfaIssueData(
        List<String> subjects,
        List<String> suggestions,
        Acceptance acceptance,
        boolean refused,
        List<Related> related) {

    private static final String SUBJECT = "subject";
    private static final String SUGGESTION = "suggestion";
    private static final String ACCEPTED = "accepted";
    private static final String REASON = "reason";
    private static final String REFUSED = "refused";
    private static final String RELATED = "related";

    /** Why a finding is reported as an accepted information: the severity the rule gives it, and the reason. */
    public record Acceptance(Severity severity, String reason) {

        /** The message an accepted finding is reported with: the finding's own, after the reason. */
        public String message(String finding) {
            return prefix(reason) + finding;
        }
    }

    /**
     * A related location: a range of the issue's own document and what happens there. It carries
     * no URI because every related location WFA reports lies in the finding's document (a
     * counterexample runs through one workflow), and an issue's data is sent to editors as is.
     * Lines and columns start at 1; the end is the position after the last marked character.
     */
    public record Related(int line, int column, int endLine, int endColumn, String message) {

        private String encode() {
            return RELATED + ':' + line + ',' + column + ',' + endLine + ',' + endColumn + ',' + message;
        }

        /** The related location of a datum's value, or null when it is malformed. */
        private static Related decode(String value) {
            String[] parts = value.split(",", 5);
            if (parts.length < 5) {
                return null;
            }
            try {
                return new Related(
                        Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3]),
                        parts[4]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Nothing besides the code and the message. */
    public static final WfaIssueData NONE = new WfaIssueData(List.of(), List.of(), null, false);

    /** The data of the error that stands for a refused document. */
    public static final WfaIssueData REFUSED_DOCUMENT = new WfaIssueData(List.of(), List.of(), null, true);

    public WfaIssueData {
        subjects = List.copyOf(subjects);
        suggestions = List.copyOf(suggestions);
        related = List.copyOf(related);
    }

    /** Data without related locations, as most findings have. */
    public WfaIssueData(List<String> subjects, List<String> suggestions, Acceptance acceptance, boolean refused) {
        this(subjects, suggestions, acceptance, refused, List.of());
    }

    /** A finding about the named elements. */
    public static WfaIssueData about(String... subjects) {
        return new WfaIssueData(names(subjects), List.of(), null, false);
    }

    /** An unknown name with the names a quick fix may offer instead. */
    public static WfaIssueData suggesting(List<String> suggestions) {
        return new WfaIssueData(List.of(), suggestions, null, false);
    }

    /** The same finding, accepted with '@allow'. */
    public WfaIssueData accepted(Severity severity, String reason) {
        return new WfaIssueData(
                subjects, suggestions, new Acceptance(severity, reason == null ? "" : reason), refused, related);
    }

    /** The same finding, explained by the given places of its document. */
    public WfaIssueData relatedTo(List<Related> locations) {
        return new WfaIssueData(subjects, suggestions, acceptance, refused, locations);
    }

    public boolean isAccepted() {
        return acceptance != null;
    }

    public String[] encode() {
        List<String> data = new ArrayList<>();
        subjects.forEach(subject -> data.add(SUBJECT + ':' + subject));
        suggestions.forEach(suggestion -> data.add(SUGGESTION + ':' + suggestion));
        if (acceptance != null) {
            data.add(ACCEPTED + ':' + acceptance.severity().name());
            data.add(REASON + ':' + acceptance.reason());
        }
        if (refused) {
            data.add(REFUSED);
        }
        related.forEach(location -> data.add(location.encode()));
        return data.toArray(String[]::new);
    }

    /** The data of an issue; {@link #NONE} for none. Unknown or malformed data are skipped. */
    public static WfaIssueData decode(String[] data) {
        if (data == null || data.length == 0) {
            return NONE;
        }
        List<String> subjects = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        Severity accepted = null;
        String reason = "";
        boolean refused = false;
        List<Related> related = new ArrayList<>();
        for (String datum : data) {
            if (datum == null) {
                continue;
            }
            int colon = datum.indexOf(':');
            String key = colon < 0 ? datum : datum.substring(0, colon);
            String value = colon < 0 ? "" : datum.substring(colon + 1);
            switch (key) {
                case SUBJECT -> subjects.add(value);
                case SUGGESTION -> suggestions.add(value);
                case ACCEPTED -> accepted = severity(value);
                case REASON -> reason = value;
                case REFUSED -> refused = true;
                case RELATED -> {
                    Related location = Related.decode(value);
                    if (location != null) {
                        related.add(location);
                    }
                }
                default -> {
                    // not WFA's: skipped
                }
            }
        }
        return new WfaIssueData(
                subjects, suggestions, accepted == null ? null : new Acceptance(accepted, reason), refused, related);
    }

    /**
     * The finding's own message of an accepted finding's message, for reports that record the
     * acceptance separately (SARIF's suppressions).
     */
    public static String findingMessage(String reason, String message) {
        String prefix = prefix(reason);
        return reason != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String prefix(String reason) {
        return "Accepted (" + reason + "): ";
    }

    private static Severity severity(String name) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(name)) {
                return severity;
            }
        }
        return null;
    }

    private static List<String> names(String[] names) {
        List<String> list = new ArrayList<>();
        for (String name : names) {
            // Elements being edited may have no name yet.
            list.add(name == null ? "" : name);
        }
        return list;
    }
}

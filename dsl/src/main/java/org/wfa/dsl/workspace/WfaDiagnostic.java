package org.wfa.dsl.workspace;

import java.util.Comparator;
import java.util.List;

import org.wfa.dsl.rules.WfaIssueCodes;

/**
 * One finding, located in a source file.
 *
 * @param file     the file's display path
 * @param line     1-based line
 * @param column   1-based column
 * @param offset   0-based character offset
 * @param length   length of the marked text
 * @param severity error, warning or info
 * @param message  what is wrong and what is expected
 * @param code     the stable rule code, such as {@code WFA002}
 * @param accepted whether the finding is accepted with {@code @allow(rule, "reason")}: shown only on request
 * @param acceptance for an accepted finding, the severity it would have had and the reason given; otherwise null
 * @param related  places that explain the finding, in the order to read them (the steps of a
 *                 soundness counterexample); empty for most findings
 */
public record WfaDiagnostic(
        String file,
        int line,
        int column,
        int offset,
        int length,
        Severity severity,
        String message,
        String code,
        boolean accepted,
        Acceptance acceptance,
        List<Related> related) {

    /**
     * Why a finding is accepted: reports that record suppressions (SARIF) need the reason and the
     * severity the finding would have had, which the reported information no longer shows.
     */
    public record Acceptance(Severity severity, String reason) {}

    /**
     * A place that explains a finding, and what happens there.
     *
     * @param file      the file's display path
     * @param line      1-based line
     * @param column    1-based column
     * @param endLine   1-based line of the end
     * @param endColumn 1-based column after the last marked character
     * @param message   what happens there ("2. 'Triage' chooses when urgent")
     */
    public record Related(String file, int line, int column, int endLine, int endColumn, String message) {

        /** {@code path:line:column: message} */
        public String toText() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    public WfaDiagnostic {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public WfaDiagnostic(
            String file,
            int line,
            int column,
            int offset,
            int length,
            Severity severity,
            String message,
            String code,
            boolean accepted,
            Acceptance acceptance) {
        this(file, line, column, offset, length, severity, message, code, accepted, acceptance, List.of());
    }

    public WfaDiagnostic(
            String file,
            int line,
            int column,
            int offset,
            int length,
            Severity severity,
            String message,
            String code,
            boolean accepted) {
        this(file, line, column, offset, length, severity, message, code, accepted, null, List.of());
    }

    public enum Severity {
        ERROR,
        WARNING,
        INFO;

        public String label() {
            return name().toLowerCase();
        }
    }

    /**
     * File by file, causes first: syntax errors (WFA001), then unknown names (WFA002), then every
     * other finding, each group by position. A finding that another one explains comes after it.
     */
    public static final Comparator<WfaDiagnostic> ORDER = Comparator.comparing(WfaDiagnostic::file)
            .thenComparingInt(WfaDiagnostic::causeRank)
            .thenComparingInt(WfaDiagnostic::line)
            .thenComparingInt(WfaDiagnostic::column)
            .thenComparing(WfaDiagnostic::code)
            .thenComparing(WfaDiagnostic::message);

    private int causeRank() {
        if (WfaIssueCodes.SYNTAX_ERROR.equals(code)) {
            return 0;
        }
        return WfaIssueCodes.UNRESOLVED_REFERENCE.equals(code) ? 1 : 2;
    }

    /** {@code path:line:column: severity: message [code]} */
    public String toText() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    /**
     * The finding's line followed by one indented line per related location,
     * {@code     at path:line:column: message}, as {@code wfa check} prints it.
     */
    public String toTextWithRelated() {
        StringBuilder text = new StringBuilder(toText());
        related.forEach(location ->
                text.append(System.lineSeparator()).append("    at ").append(location.toText()));
        return text.toString();
    }
}

package org.wfa.dsl.compiler;

import java.util.Comparator;

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
 */
public record WfaDiagnostic(String file, int line, int column, int offset, int length, Severity severity,
        String message, String code, boolean accepted) {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase();
        }
    }

    public static final Comparator<WfaDiagnostic> ORDER = Comparator.comparing(WfaDiagnostic::file)
            .thenComparingInt(WfaDiagnostic::line)
            .thenComparingInt(WfaDiagnostic::column)
            .thenComparing(WfaDiagnostic::code)
            .thenComparing(WfaDiagnostic::message);

    /** {@code path:line:column: severity: message [code]} */
    public String toText() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}

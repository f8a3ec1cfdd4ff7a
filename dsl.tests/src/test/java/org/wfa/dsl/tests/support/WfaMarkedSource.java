package org.wfa.dsl.tests.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .wfa} file written out in a test, with {@value #MARKER} placed where a finding is
 * expected: a reader sees the model and the spot a rule points at, instead of a hand-counted
 * {@code line:column}. The marker stands just before the first character the finding points at.
 * Guillemets are no token of the language, so a marker cannot be mistaken for model text; a lone
 * {@code «} or {@code »} is rejected as a mistyped marker.
 */
public final class WfaMarkedSource {

    public static final String MARKER = "«»";

    /** The file name the rule tests give the workflow under test. */
    public static final String DEFAULT_NAME = "w.wfa";

    private final String name;
    private final String text;
    private final List<Position> markers;

    /** Where a marker stands: 1-based, as diagnostics count. */
    public record Position(int line, int column) {}

    private WfaMarkedSource(String name, String text, List<Position> markers) {
        this.name = name;
        this.text = text;
        this.markers = markers;
    }

    /** The workflow under test, in the file {@value #DEFAULT_NAME}. */
    public static WfaMarkedSource of(String marked) {
        return named(DEFAULT_NAME, marked);
    }

    public static WfaMarkedSource named(String name, String marked) {
        StringBuilder text = new StringBuilder();
        List<Position> markers = new ArrayList<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < marked.length(); i++) {
            if (marked.startsWith(MARKER, i)) {
                markers.add(new Position(line, column));
                i += MARKER.length() - 1;
                continue;
            }
            char c = marked.charAt(i);
            if (c == '«' || c == '»') {
                throw new IllegalArgumentException(
                        name + ":" + line + ":" + column + ": lone '" + c + "'; a marker is " + MARKER);
            }
            text.append(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new WfaMarkedSource(name, text.toString(), List.copyOf(markers));
    }

    public String name() {
        return name;
    }

    /** The text without its markers, as the compiler reads it. */
    public String text() {
        return text;
    }

    public List<Position> markers() {
        return markers;
    }

    /**
     * The finding rendered as the compiler does ({@code file:line:column: severity: message [code]}),
     * located at the one marker of this file.
     *
     * @param finding {@code severity: message [code]}
     */
    public String at(String finding) {
        if (markers.size() != 1) {
            throw new IllegalStateException(name + " has " + markers.size() + " markers; expected one " + MARKER);
        }
        Position marker = markers.get(0);
        return name + ":" + marker.line() + ":" + marker.column() + ": " + finding;
    }

    /**
     * Several findings in this file, one a line as the compiler renders them: the first at the
     * first marker, the second at the second, and so on.
     *
     * @param findings {@code severity: message [code]}, one for each marker, in the order of the markers
     */
    public String atEach(String... findings) {
        if (markers.size() != findings.length) {
            throw new IllegalStateException(
                    name + " has " + markers.size() + " markers " + MARKER + " for " + findings.length + " findings");
        }
        StringBuilder rendered = new StringBuilder();
        for (int i = 0; i < findings.length; i++) {
            Position marker = markers.get(i);
            rendered.append(i == 0 ? "" : "\n")
                    .append(name)
                    .append(':')
                    .append(marker.line())
                    .append(':')
                    .append(marker.column())
                    .append(": ")
                    .append(findings[i]);
        }
        return rendered.toString();
    }
}

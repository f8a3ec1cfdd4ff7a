package org.wfa.cli.outline;

/**
 * A syntax error of the outlined file: the outline shows what parsed, and says where it stopped making sense.
 *
 * @param line    1-based line
 * @param column  1-based column
 * @param message what was found and what was expected, on one line
 */
public record OutlineProblem(int line, int column, String message) {

    public String render() {
        return "! syntax error at " + line + ":" + column + ": " + message;
    }
}

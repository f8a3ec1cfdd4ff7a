package org.wfa.cli.outline;

import java.util.List;

/**
 * The outline of one .wfa file: a layout-independent list of facts, one per line, so that a
 * line diff of two outlines reads as a summary of what changed in the design.
 *
 * @param entries  the file's facts, in outline order
 * @param problems its syntax errors, in source order (empty for a file that parses)
 */
public record Outline(List<OutlineNode> entries, List<OutlineProblem> problems) {

    /** Nesting is shown by two spaces per level: few enough that deep steps stay readable in a diff. */
    static final String INDENT = "  ";

    public Outline {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** The outline as text: one line per fact, each ended by a newline; empty for an empty file. */
    public String render() {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> render(entry, 0, text));
        problems.forEach(problem -> text.append(problem.render()).append('\n'));
        return text.toString();
    }

    private static void render(OutlineNode node, int depth, StringBuilder text) {
        text.append(INDENT.repeat(depth)).append(node.text()).append('\n');
        node.children().forEach(child -> render(child, depth + 1, text));
    }
}

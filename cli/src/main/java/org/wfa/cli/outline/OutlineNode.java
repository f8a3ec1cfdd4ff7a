package org.wfa.cli.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact of an outline (a line) and the facts about the element it names, indented below it.
 *
 * @param text     the line, without indentation
 * @param children the facts nested under it, in outline order
 */
public record OutlineNode(String text, List<OutlineNode> children) {

    public OutlineNode {
        children = List.copyOf(children);
    }

    public static OutlineNode leaf(String text) {
        return new OutlineNode(text, List.of());
    }

    /** Collects the children of an element while they are being gathered. */
    static final class Builder {
        private final String text;
        private final List<OutlineNode> children = new ArrayList<>();

        Builder(String text) {
            this.text = text;
        }

        Builder add(String line) {
            children.add(leaf(line));
            return this;
        }

        Builder add(OutlineNode child) {
            children.add(child);
            return this;
        }

        /** One line per value, prefixed with the clause keyword. */
        Builder addEach(String keyword, List<String> values) {
            values.forEach(value -> add(keyword + " " + value));
            return this;
        }

        OutlineNode build() {
            return new OutlineNode(text, children);
        }
    }
}

package org.wfa.dsl.generator.sw;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a document as YAML that every common reader accepts. YAML 1.1 readers (SnakeYAML) take
 * the next-line, line and paragraph separators (U+0085, U+2028, U+2029) and a lone carriage
 * return for line breaks, YAML 1.2 readers do not, and SnakeYAML Engine (under Jackson's YAML
 * module, which the Serverless Workflow SDKs read with) also rejects SnakeYAML's escapes for them,
 * {@code \L} and {@code \P}. So text with these characters is always written double-quoted, and
 * the three separators as six-character Unicode escapes (backslash, 'u' and the code point), which
 * every reader knows; the document is read back both ways to make sure that its content did not change.
 * Text with characters outside the Basic Multilingual Plane (emoji) is written the same way, with
 * {@code \U} escapes: SnakeYAML Engine 3.0 fails on a surrogate pair that straddles its
 * 1,024-character read buffer.
 */
final class SwYaml {

    private SwYaml() {}

    /** Block style, no line folding, no anchors: readable, and stable under review. */
    static String dump(Object document) {
        String yaml = yaml().dump(document);
        if (yaml.indexOf("\\L") < 0
                && yaml.indexOf("\\P") < 0
                && yaml.indexOf("\\N") < 0
                && yaml.codePoints().allMatch(Character::isBmpCodePoint)) {
            return yaml;
        }
        String portable = portableEscapes(yaml);
        Yaml reader = yaml();
        // Should the rewrite ever misjudge where a scalar starts, keep SnakeYAML's valid YAML 1.2.
        return reader.load(portable).equals(reader.load(yaml)) ? portable : yaml;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setProcessComments(false);
        return new Yaml(new QuotingRepresenter(options), options);
    }

    /** Chooses double quotes for text whose line breaks readers disagree on. */
    private static final class QuotingRepresenter extends Representer {

        QuotingRepresenter(DumperOptions options) {
            super(options);
        }

        @Override
        protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
            boolean ambiguous = Tag.STR.equals(tag)
                    && value.chars()
                            .anyMatch(c -> c == '\r'
                                    || c == '\u0085'
                                    || c == '\u2028'
                                    || c == '\u2029'
                                    || Character.isSurrogate((char) c));
            return super.representScalar(tag, value, ambiguous ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : style);
        }
    }

    /**
     * Rewrites {@code \N}, {@code \L} and {@code \P}, and characters outside the BMP, inside
     * double-quoted scalars. A double-quoted scalar starts with '"' at the start of a node (after
     * indentation, "- " or ": "), never inside plain or single-quoted text, where a backslash is
     * an ordinary character.
     */
    static String portableEscapes(String yaml) {
        StringBuilder out = new StringBuilder(yaml.length() + 16);
        boolean doubleQuoted = false;
        boolean singleQuoted = false;
        boolean nodeStart = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (doubleQuoted) {
                if (c == '\\' && i + 1 < yaml.length()) {
                    char escaped = yaml.charAt(++i);
                    out.append(
                            switch (escaped) {
                                case 'L' -> "\\u2028";
                                case 'P' -> "\\u2029";
                                case 'N' -> "\\u0085";
                                default -> "\\" + escaped;
                            });
                    continue;
                }
                if (Character.isHighSurrogate(c) && i + 1 < yaml.length()) {
                    out.append(String.format("\\U%08X", yaml.codePointAt(i)));
                    i++;
                    continue;
                }
                doubleQuoted = c != '"';
            } else if (singleQuoted) {
                if (c == '\'' && i + 1 < yaml.length() && yaml.charAt(i + 1) == '\'') {
                    out.append(c);
                    i++;
                } else {
                    singleQuoted = c != '\'';
                }
            } else if (nodeStart && c == '"') {
                doubleQuoted = true;
            } else if (nodeStart && c == '\'') {
                singleQuoted = true;
            }
            out.append(c);
            nodeStart = c == '\n'
                    || (nodeStart && c == ' ')
                    || (c == ' '
                            && i > 0
                            && (yaml.charAt(i - 1) == ':' || yaml.charAt(i - 1) == '-')
                            && !doubleQuoted
                            && !singleQuoted
                            && startsNode(yaml, i - 1));
        }
        return out.toString();
    }

    /** Whether the ':' or '-' at the index is an indicator: '-' first on its line, ':' after a key. */
    private static boolean startsNode(String yaml, int indicator) {
        if (yaml.charAt(indicator) == ':') {
            return true;
        }
        int line = yaml.lastIndexOf('\n', indicator - 1) + 1;
        return yaml.substring(line, indicator).isBlank();
    }
}

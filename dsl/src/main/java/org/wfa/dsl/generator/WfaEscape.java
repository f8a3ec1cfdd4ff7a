package org.wfa.dsl.generator;

import java.util.function.Function;

/**
 * Escaping of text from .wfa files for each output format. Names, titles and descriptions are
 * written by people and may contain anything: every generator passes every such string through
 * the function for its output, so that text always renders as text and never as markup.
 */
public final class WfaEscape {

    private WfaEscape() {}

    /**
     * Text for HTML and XML (SVG) content and attribute values in either quote style. Tabs and
     * line breaks become character references, so that attribute values keep them too.
     */
    public static String html(String text) {
        return replace(text, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\t' -> "&#9;";
            case '\n' -> "&#10;";
            case '\r' -> "&#13;";
            default -> null;
        });
    }

    /**
     * Inline Markdown text, safe inside a table cell: Markdown punctuation is backslash-escaped,
     * HTML's special characters become entities (GitHub and GitLab render inline HTML), and
     * line breaks become spaces because a table row is one line.
     */
    public static String markdown(String text) {
        return replace(text, c -> switch (c) {
            case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!', '$' -> "\\" + c;
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\n', '\r', '\t' -> " ";
            default -> null;
        });
    }

    /**
     * A Mermaid label, written between double quotes. Mermaid decodes {@code #code;} entities in
     * labels: everything but letters, digits and plain punctuation is written that way, so that
     * no quote, bracket, pipe, backtick or keyword can end the label or start markup.
     */
    public static String mermaid(String text) {
        if (text == null) {
            return "";
        }
        String clean = visible(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        clean.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || ".,:?-+/()'".indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else {
                out.append('#').append(c).append(';');
            }
        });
        return out.toString();
    }

    /**
     * A CSV cell (RFC 4180). Cells that a spreadsheet would read as a formula (starting with
     * {@code = + - @} or a tab or carriage return) are prefixed with an apostrophe.
     */
    public static String csv(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String clean = visible(text);
        if (!clean.isEmpty() && "=+-@\t\r".indexOf(clean.charAt(0)) >= 0) {
            clean = "'" + clean;
        }
        boolean quote = clean.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';');
        return quote ? '"' + clean.replace("\"", "\"\"") + '"' : clean;
    }

    /** The visible text with each character replaced as the function says (null: kept as it is). */
    private static String replace(String text, Function<Character, String> replacement) {
        if (text == null) {
            return "";
        }
        String clean = visible(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String replaced = replacement.apply(c);
            if (replaced == null) {
                out.append(c);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    /**
     * A name usable as a file name on every platform and as an HTML id: letters, digits, dot,
     * dash and underscore; anything else becomes '_'. Names can never name a parent folder.
     */
    public static String fileName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
        }
        String result = out.toString();
        return result.isEmpty() || result.startsWith(".") ? "_" + result : result;
    }

    /**
     * The text without characters that have no business in a document: control characters
     * (other than tabs and line breaks), characters XML 1.0 forbids (lone surrogates,
     * noncharacters), and the Unicode bidirectional controls, which can make text display in
     * another order than it is read (CVE-2021-42574, "Trojan Source").
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = isDropped(c)
                    || Character.isHighSurrogate(c)
                            && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isDropped(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069
                || c == 0x200e
                || c == 0x200f
                || c == 0x061c
                || c == 0xfffe
                || c == 0xffff;
    }
}

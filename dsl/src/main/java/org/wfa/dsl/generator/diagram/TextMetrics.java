package org.wfa.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate text measurement for 12 px sans-serif. There are no font metrics at layout
 * time, so widths are estimated per character class and err on the wide side (they are close
 * to DejaVu Sans, wider than Arial or Helvetica): text measured here fits whatever font the
 * viewer picks.
 */
final class TextMetrics {

    static final double FONT_SIZE = 12;
    static final double LINE_HEIGHT = 15;
    private static final String ELLIPSIS = "\u2026";
    private static final String NARROW = "ijlrtfI.,;:'!|()[]{} ";

    private TextMetrics() {}

    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += charWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static double charWidth(int c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (c < 0x80 && NARROW.indexOf(c) >= 0) {
            return 4;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%') {
            return 11;
        }
        if (Character.isUpperCase(c)) {
            return 8.5;
        }
        if (c >= 0x1100 && Character.isIdeographic(c) || c >= 0x1F000) {
            return 12;
        }
        return 7.2;
    }

    /**
     * Wraps {@code text} at spaces into lines no wider than {@code maxWidth}; a word longer than
     * a line is broken. If more than {@code maxLines} lines would be needed, the last one ends
     * with an ellipsis. Whitespace runs (line breaks included) become one space.
     */
    static List<String> wrap(String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (lines.size() > maxLines) {
                break; // enough to know that an ellipsis is due; spares work on huge labels
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest) > maxWidth && lines.size() <= maxLines) {
                int cut = fittingPrefix(rest, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), maxWidth));
        return kept;
    }

    /** Length of the longest prefix that fits, at least one code point so that wrapping ends. */
    private static int fittingPrefix(String text, double maxWidth) {
        int first = text.codePointAt(0);
        double width = charWidth(first);
        int end = Character.charCount(first);
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            width += charWidth(codePoint);
            if (width > maxWidth) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return end;
    }

    private static String withEllipsis(String line, double maxWidth) {
        String shortened = line;
        while (!shortened.isEmpty() && width(shortened + ELLIPSIS) > maxWidth) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened.stripTrailing() + ELLIPSIS;
    }
}

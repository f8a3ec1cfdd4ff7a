package org.wfa.dsl.generator.diagram;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wfa.dsl.generator.WfaEscape;

/**
 * Turns model text into safe SVG (escaped for XML by {@link WfaEscape#html}), keeps links to
 * safe schemes only, and formats numbers and ids the same way on every platform.
 */
final class SvgText {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern TAB_OR_LINE_BREAK = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern OUTER_CONTROLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private SvgText() {}

    /** Escapes text for element content and attribute values (either quote style). */
    static String escape(String text) {
        return WfaEscape.html(text);
    }

    /**
     * The link target if it is safe to follow: relative, or http(s) or mailto. Anything else
     * (javascript:, data:, ...) yields null, so that a model cannot smuggle script into a
     * page that embeds the drawing. The scheme is read the way browsers read it: after
     * dropping tabs and line breaks anywhere and controls and spaces at either end.
     */
    static String safeHref(String href) {
        if (href == null) {
            return null;
        }
        String cleaned = OUTER_CONTROLS
                .matcher(TAB_OR_LINE_BREAK.matcher(href).replaceAll(""))
                .replaceAll("");
        if (cleaned.isEmpty()) {
            return null;
        }
        Matcher scheme = SCHEME.matcher(cleaned);
        if (scheme.find() && !SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return cleaned;
    }

    /**
     * An id fragment made of letters, digits and hyphens only, so that it is valid in XML ids
     * and CSS selectors alike. Every other character becomes {@code _hex_}, which keeps
     * distinct ids distinct.
     */
    static String idFragment(String id) {
        StringBuilder out = new StringBuilder();
        (id == null ? "" : id).codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                out.appendCodePoint(c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return out.toString();
    }

    /** A coordinate with at most one decimal, never "-0", independent of the locale. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long magnitude = Math.abs(tenths);
        long fraction = magnitude % 10;
        return sign + magnitude / 10 + (fraction == 0 ? "" : "." + fraction);
    }
}

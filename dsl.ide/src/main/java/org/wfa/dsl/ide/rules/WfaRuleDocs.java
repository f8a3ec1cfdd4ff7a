package org.wfa.dsl.ide.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules' documentation as the editor shows it: for each issue code, its name, the link to its
 * section of {@code docs/rules.md} and a short explanation (the section's "Why" paragraph).
 *
 * <p>{@code docs/rules.md} is packaged into this module's jar at build time and read here, so the
 * explanations in hovers and the published rules reference cannot drift apart.
 */
public final class WfaRuleDocs {

    /**
     * Where the rules reference is published. The one place to change it; a deployment may point
     * elsewhere (an internal mirror) with the system property {@code wfa.rulesUrl}.
     */
    public static final String DEFAULT_RULES_URL = "https://github.com/wfa-dev/wfa/blob/main/docs/rules.md";

    private static final String RESOURCE = "/org/wfa/dsl/ide/rules/rules.md";
    private static final Pattern HEADING = Pattern.compile("^## (WFA\\d{3}) ([a-z0-9-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\| \\[(WFA\\d{3})\\]\\([^)]*\\) \\| [a-z0-9-]+ \\| [a-z]+ \\| (.+?) \\|\\s*$", Pattern.MULTILINE);
    private static final Pattern WHY = Pattern.compile("\\*\\*Why\\.\\*\\*\\s*(.+?)(?:\\n\\s*\\n|\\z)", Pattern.DOTALL);

    /**
     * One rule's documentation.
     *
     * @param summary what the rule finds, in a few words (the "what" column of the rules table), or ""
     * @param section the rule's whole section in Markdown (why, example, fix), without its heading
     */
    public record RuleDoc(String code, String name, String explanation, String url, String summary, String section) {}

    private static final Map<String, RuleDoc> RULES = load();

    private WfaRuleDocs() {}

    /** The documentation of the rule with the code ("WFA101"), if docs/rules.md has a section for it. */
    public static Optional<RuleDoc> forCode(String code) {
        return Optional.ofNullable(code == null ? null : RULES.get(code));
    }

    public static Map<String, RuleDoc> all() {
        return RULES;
    }

    public static String rulesUrl() {
        return System.getProperty("wfa.rulesUrl", DEFAULT_RULES_URL);
    }

    /** The anchor GitHub gives the heading "## WFA101 unreachable-step": lower case, spaces as dashes. */
    static String anchor(String code, String name) {
        return (code + "-" + name).toLowerCase(Locale.ROOT);
    }

    private static Map<String, RuleDoc> load() {
        String text;
        try (InputStream in = WfaRuleDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the rules reference '" + RESOURCE + "' is not on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> summaries = new LinkedHashMap<>();
        TABLE_ROW
                .matcher(text)
                .results()
                .forEach(row -> summaries.put(row.group(1), row.group(2).trim()));
        Map<String, RuleDoc> rules = new LinkedHashMap<>();
        Matcher heading = HEADING.matcher(text);
        int[] starts = heading.results().mapToInt(r -> r.start()).toArray();
        heading.reset();
        int index = 0;
        while (heading.find()) {
            int end = index + 1 < starts.length ? starts[index + 1] : text.length();
            String section = text.substring(heading.end(), end);
            Matcher why = WHY.matcher(section);
            String explanation =
                    why.find() ? why.group(1).replaceAll("\\s*\\n\\s*", " ").trim() : "";
            String code = heading.group(1);
            String name = heading.group(2);
            rules.put(
                    code,
                    new RuleDoc(
                            code,
                            name,
                            explanation,
                            rulesUrl() + "#" + anchor(code, name),
                            summaries.getOrDefault(code, ""),
                            section.trim()));
            index++;
        }
        return Collections.unmodifiableMap(rules);
    }
}

package org.wfa.dsl.tests.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Damages a source text the way editing, merging and hostile input do: ranges deleted, duplicated
 * or cut off, tokens of the language and random characters inserted, deep nesting opened. A seed
 * gives the same damage every time, so that a failure is reproduced by its seed alone.
 */
public final class WfaMutator {

    /** The language's keywords and punctuation, and characters that break naive tools. */
    private static final List<String> TOKENS = List.of(
            "workflow",
            "stage",
            "decision",
            "approval",
            "fork",
            "join",
            "wait",
            "call",
            "end",
            "start",
            "when",
            "otherwise",
            "responsible",
            "accountable",
            "consulted",
            "informed",
            "owner",
            "team",
            "role",
            "person",
            "system",
            "agent",
            "artifact",
            "data",
            "rules",
            "produces",
            "consumes",
            "sla",
            "escalate",
            "notify",
            "import",
            "package",
            "@allow",
            "not",
            "and",
            "or",
            "in",
            "->",
            "{",
            "}",
            "(",
            ")",
            "[",
            "]",
            ",",
            ".",
            ":",
            "=",
            "<",
            ">=",
            "\"",
            "\"text\"",
            "3 days",
            "2026-01-31",
            "x",
            "HR.Head",
            "acme.org.*",
            "\n",
            "    ",
            "//",
            "/*",
            "*/",
            "\u202e",
            "\uD83D\uDE00",
            "\u0000",
            "\t",
            "\r");

    private static final List<String> OPENERS = List.of("(", "{", "[", "not ", "(not ");

    private WfaMutator() {}

    /** One to four mutations of the text. */
    public static String mutate(String text, Random random) {
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text = once(text, random);
        }
        return text;
    }

    private static String once(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        int length = 1 + random.nextInt(400);
        int end = Math.min(text.length(), at + length);
        return switch (random.nextInt(13)) {
            case 0, 1, 2 -> text.substring(0, at) + text.substring(end);
            case 3, 4 -> text.substring(0, end) + text.substring(at);
            case 5 -> text.substring(0, at);
            case 6, 7, 8, 9 ->
                text.substring(0, at) + " " + TOKENS.get(random.nextInt(TOKENS.size())) + " " + text.substring(at);
            case 10, 11 -> text.substring(0, at) + noise(random) + text.substring(at);
            default ->
                text.substring(0, at)
                        + OPENERS.get(random.nextInt(OPENERS.size())).repeat(100 + random.nextInt(20_000))
                        + text.substring(at);
        };
    }

    /** Up to 20 random code points, control characters, surrogates' partners and all. */
    private static String noise(Random random) {
        StringBuilder noise = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(3);
            int codePoint =
                    kind == 0 ? random.nextInt(0x80) : kind == 1 ? random.nextInt(0x3000) : random.nextInt(0x10FFFF);
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                codePoint = '?';
            }
            noise.appendCodePoint(codePoint);
        }
        return noise.toString();
    }
}

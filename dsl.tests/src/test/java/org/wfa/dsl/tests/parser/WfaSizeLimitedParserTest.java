package org.wfa.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.parser.WfaDeepStack;
import org.wfa.dsl.parser.WfaSizeLimitedParser;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.workspace.WfaSources;

import com.google.common.collect.Lists;
import com.google.inject.Inject;

/**
 * The language server's parser (docs/reliability.md): a text over the editor's limit, or nested
 * too deeply for the thread that parses it, becomes an empty model with one error on line 1.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaSizeLimitedParserTest {

    @Inject
    private WfaSizeLimitedParser parser;

    @Test
    void aTextOverTheLimitIsRefusedWithItsSize() {
        String line = "// a comment line, repeated past the limit\n";
        String text = "package big\n" + line.repeat((int) (WfaSources.MAX_EDITOR_BYTES / line.length()) + 1);
        IParseResult result = parser.parse(new StringReader(text));
        assertTrue(WfaSizeLimitedParser.isRefused(result));
        List<INode> errors = Lists.newArrayList(result.getSyntaxErrors());
        assertEquals(1, errors.size());
        assertEquals(0, errors.get(0).getOffset());
        assertEquals("package big".length(), errors.get(0).getLength(), "the error marks the first line");
        assertTrue(errors.get(0)
                .getSyntaxErrorMessage()
                .getMessage()
                .startsWith("The document is too large to check while editing (4.0 MiB;"));
        assertEquals(text, result.getRootNode().getText(), "the node model still holds the text");
    }

    @Test
    void aTextUnderTheLimitIsParsed() {
        String text = "package small\n\nworkflow W \"W\" {\n    start -> done\n    end done\n}\n";
        IParseResult result = parser.parse(new StringReader(text));
        assertFalse(WfaSizeLimitedParser.isRefused(result));
        assertFalse(result.hasSyntaxErrors());
    }

    /** Bytes, not characters: 1.5 M three-byte characters are 4.5 MB of UTF-8. */
    @Test
    void theLimitCountsUtf8Bytes() {
        String text = "package big\n// " + "\u20ac".repeat(1_500_000) + "\n";
        assertTrue(text.length() < WfaSources.MAX_EDITOR_BYTES);
        assertTrue(WfaSizeLimitedParser.isRefused(parser.parse(new StringReader(text))));
    }

    /** The fuzz input of 20,000 nested '(not ' on a thread with a small stack: refused, not thrown. */
    @Test
    void aTextTooDeepForTheStackIsRefusedAsWfaCheckRefusesIt() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/fuzz/seed-569-deep-not.wfa"));
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(
                null,
                () -> {
                    try {
                        outcome.set(parser.parse(new StringReader(text)));
                    } catch (Throwable e) {
                        outcome.set(e);
                    }
                },
                "small-stack",
                256 * 1024);
        small.start();
        small.join();
        assertTrue(outcome.get() instanceof IParseResult, "a parse result: " + outcome.get());
        IParseResult result = (IParseResult) outcome.get();
        assertTrue(WfaSizeLimitedParser.isRefused(result));
        assertEquals(
                WfaDeepStack.TOO_DEEP,
                result.getSyntaxErrors()
                        .iterator()
                        .next()
                        .getSyntaxErrorMessage()
                        .getMessage());
    }
}

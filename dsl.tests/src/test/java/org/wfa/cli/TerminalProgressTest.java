package org.wfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The build's progress counter: rewritten in place, erased at the end, absent outside a terminal. */
class TerminalProgressTest {

    @Test
    void theCounterIsRewrittenInPlaceAndErasedWhenDone() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err));
        for (int done = 1; done <= 200; done++) {
            progress.update(done, 200);
        }
        String shown = err.toString();
        assertTrue(shown.startsWith("\rGenerating 200 files\u2026 1/200\rGenerating 200 files\u2026 2/200"), shown);
        assertTrue(shown.contains("\rGenerating 200 files\u2026 100/200"), shown);
        assertEquals(1 + 101, shown.split("\rGenerating").length, "one drawing per percent, 0 to 100: " + shown);
        assertTrue(shown.endsWith("\r" + " ".repeat("Generating 200 files\u2026 200/200".length()) + "\r"), shown);
    }

    @Test
    void aLateReportOfAnEarlierCountDoesNotRedrawTheErasedLine() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err));
        progress.update(100, 100);
        String erased = err.toString();
        progress.update(99, 100);
        assertEquals(erased, err.toString());
    }

    @Test
    void shortBuildsAndNonInteractiveRunsShowNothing() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err));
        for (int done = 1; done <= 49; done++) {
            progress.update(done, 49);
        }
        assertEquals("", err.toString());
        StringWriter piped = new StringWriter();
        // Tests run without a console, like CI and pipes.
        TerminalProgress.forTerminal(new PrintWriter(piped)).update(100, 100);
        assertEquals("", piped.toString());
    }
}

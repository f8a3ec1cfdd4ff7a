package org.wfa.cli;

import java.io.PrintWriter;

import org.wfa.dsl.build.WfaBuild;

/**
 * "Generating 160 files… 80/160" on standard error, rewritten in place, for people watching a
 * long build in a terminal. Logs of non-interactive runs (CI, pipes, tests) get nothing.
 */
final class TerminalProgress implements WfaBuild.Progress {

    /** Shorter runs finish before a counter would be read. */
    static final int MIN_FILES = 50;

    private final PrintWriter err;
    private int shownPercent = -1;
    private int latest;
    private int width;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress display when standard error is a terminal, otherwise one that prints nothing. */
    static WfaBuild.Progress forTerminal(PrintWriter err) {
        return System.console() == null ? (done, total) -> {} : new TerminalProgress(err);
    }

    @Override
    public synchronized void update(int done, int total) {
        // Files finish on several threads: a late report of an earlier count must not redraw the
        // line after it was erased.
        if (total < MIN_FILES || done <= latest) {
            return;
        }
        latest = done;
        int percent = done * 100 / total;
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        String line = "Generating " + total + " files\u2026 " + done + "/" + total;
        width = Math.max(width, line.length());
        err.print("\r" + line);
        if (done == total) {
            err.print("\r" + " ".repeat(width) + "\r");
        }
        err.flush();
    }
}

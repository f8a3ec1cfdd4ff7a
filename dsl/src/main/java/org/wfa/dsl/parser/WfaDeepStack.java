package org.wfa.dsl.parser;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads with a deep stack, for parsing, linking and validation: they recurse once per nesting
 * level, so that deeply nested (or hostile) input is read or reported, not a crash. The stack is
 * reserved address space; only what a thread uses is committed. The compiler's workers and the
 * language server's request threads are made here.
 */
public final class WfaDeepStack {

    public static final long STACK_BYTES = 512L * 1024 * 1024;

    /** What stands in for a text nested too deeply to be parsed even on a deep stack. */
    public static final String TOO_DEEP = "The file nests too deeply to be read (hundreds of thousands of levels"
            + " of parentheses or blocks): expected a file written by hand; simplify the nesting.";

    private WfaDeepStack() {}

    /** Daemon threads named {@code name-N} with a deep stack. */
    public static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, name + "-" + count.getAndIncrement(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Whether the failure is a stack overflow, however deeply wrapped (Xtext wraps it twice). */
    public static boolean overflowed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

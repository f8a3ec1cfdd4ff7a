package org.wfa.dsl.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.wfa.dsl.parser.WfaDeepStack;

/**
 * Runs independent pieces of a compilation on all cores, answering in the order of the pieces.
 * <p>
 * Parsers and linkers recurse once per nesting level: the threads get a deep stack
 * ({@link WfaDeepStack}).
 */
final class WfaWorkers {

    private WfaWorkers() {}

    /** As many workers as cores, but no more than one per {@code unitsPerWorker} units of work. */
    static int count(long units, long unitsPerWorker) {
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), units / unitsPerWorker));
    }

    /** Runs one task on a worker's deep stack and waits for it: for recursive work on nested input. */
    static <R> R onDeepStack(Supplier<R> task) {
        return map(List.of(task), 1, Supplier::get).get(0);
    }

    static <T, R> List<R> map(List<T> pieces, int workers, Function<T, R> task) {
        ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(null, runnable, "wfa-worker", WfaDeepStack.STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(pieces.size());
            for (T piece : pieces) {
                futures.add(executor.submit(() -> task.apply(piece)));
            }
            List<R> results = new ArrayList<>(pieces.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}

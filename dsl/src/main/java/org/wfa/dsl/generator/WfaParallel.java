package org.wfa.dsl.generator;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Renders and writes independent files on all cores. Templates and layouts are pure functions
 * of an immutable view model, so files can be rendered in any order; the result keeps the order
 * of the input.
 */
public final class WfaParallel {

    /** Below this many items, starting threads costs more than it saves. */
    private static final int MIN_ITEMS = 8;

    private WfaParallel() {}

    /**
     * The items rendered in order. When one fails, the items not yet started are skipped and the
     * first failure is thrown only once every item already started has finished: a parallel
     * stream would throw at once while other items are still being rendered (and written), so a
     * caller cleaning up after the failure would race them.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> render) {
        if (items.size() < MIN_ITEMS) {
            return items.stream().<R>map(render).toList();
        }
        AtomicBoolean failed = new AtomicBoolean();
        List<Outcome<R>> outcomes = items.parallelStream()
                .map(item -> Outcome.<T, R>of(item, render, failed))
                .toList();
        for (Outcome<R> outcome : outcomes) {
            if (outcome.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (outcome.failure() instanceof Error e) {
                throw e;
            }
        }
        return outcomes.stream().<R>map(Outcome::value).toList();
    }

    private record Outcome<R>(R value, Throwable failure) {

        static <T, R> Outcome<R> of(T item, Function<? super T, ? extends R> render, AtomicBoolean failed) {
            if (failed.get()) {
                return new Outcome<>(null, null);
            }
            try {
                return new Outcome<>(render.apply(item), null);
            } catch (RuntimeException | Error e) {
                failed.set(true);
                return new Outcome<>(null, e);
            }
        }
    }
}

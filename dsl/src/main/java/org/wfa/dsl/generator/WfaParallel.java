package org.wfa.dsl.generator;

import java.util.List;
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

    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> render) {
        if (items.size() < MIN_ITEMS) {
            return items.stream().<R>map(render).toList();
        }
        return items.parallelStream().<R>map(render).toList();
    }
}

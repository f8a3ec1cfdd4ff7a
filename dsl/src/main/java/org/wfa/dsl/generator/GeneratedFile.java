package org.wfa.dsl.generator;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One output file of a generator, not yet written. Its content is rendered when asked for, so
 * that a workspace of thousands of pages is written page by page instead of held in memory at
 * once; rendering is pure, so asking twice gives the same text.
 */
public final class GeneratedFile {

    private final String path;

    private final Supplier<String> render;

    /**
     * @param path   relative to the output folder, with '/' separators; never absolute, never '..'
     * @param render renders the file's text (written as UTF-8)
     */
    public static GeneratedFile lazy(String path, Supplier<String> render) {
        return new GeneratedFile(path, render);
    }

    public GeneratedFile(String path, String content) {
        this(path, () -> content);
    }

    private GeneratedFile(String path, Supplier<String> render) {
        if (path.startsWith("/")
                || path.contains("\\")
                || Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("a generated file must stay inside the output folder: " + path);
        }
        this.path = path;
        this.render = render;
    }

    public String path() {
        return path;
    }

    public String content() {
        return render.get();
    }

    /** Files are equal when their paths and contents are (which renders both). */
    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile file
                && path.equals(file.path)
                && content().equals(file.content());
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, content());
    }

    @Override
    public String toString() {
        return path;
    }
}

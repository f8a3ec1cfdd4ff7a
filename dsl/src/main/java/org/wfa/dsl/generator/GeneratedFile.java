package org.wfa.dsl.generator;

/**
 * One output file of a generator, not yet written.
 *
 * @param path    relative to the output folder, with '/' separators; never absolute, never '..'
 * @param content the file's text (written as UTF-8)
 */
public record GeneratedFile(String path, String content) {

    public GeneratedFile {
        if (path.startsWith("/") || path.contains("\\") || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("a generated file must stay inside the output folder: " + path);
        }
    }
}

package org.wfa.dsl.workspace;

import java.nio.file.Path;

/**
 * A .wfa file read into memory.
 *
 * @param path        where it was read from
 * @param displayPath how diagnostics name it (relative to the working directory where possible)
 * @param text        its content, decoded as UTF-8
 */
public record SourceFile(Path path, String displayPath, String text) {}

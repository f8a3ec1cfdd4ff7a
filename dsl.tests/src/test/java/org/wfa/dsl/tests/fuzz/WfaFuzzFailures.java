package org.wfa.dsl.tests.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.wfa.dsl.workspace.SourceFile;

/**
 * Keeps the input of a failed fuzz try in {@code target/fuzz-failures/}, named by the property and
 * the seed, and says in the assertion how to run that one try again.
 */
final class WfaFuzzFailures {

    private WfaFuzzFailures() {}

    static AssertionError keep(Class<?> test, String property, long seed, List<SourceFile> inputs, Throwable cause)
            throws IOException {
        Path folder =
                Path.of("target", "fuzz-failures", property + "-seed-" + seed).toAbsolutePath();
        for (SourceFile input : inputs) {
            Path kept = folder.resolve(input.displayPath());
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, input.text(), StandardCharsets.UTF_8);
        }
        return new AssertionError(
                property + " failed on seed " + seed + " (input kept in " + folder
                        + "; rerun with -Dtest=" + test.getSimpleName() + " -Dwfa.fuzz.seed=" + seed
                        + " -Dwfa.fuzz.tries=1): " + cause,
                cause);
    }
}

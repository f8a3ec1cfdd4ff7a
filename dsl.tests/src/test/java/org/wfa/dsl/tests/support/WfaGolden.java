package org.wfa.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a golden file; {@code -Dwfa.updateGolden=true} rewrites the
 * golden files instead (review the diff before committing them).
 */
public final class WfaGolden {

    private WfaGolden() {}

    public static Path repositoryRoot() {
        String root = System.getProperty("wfa.repositoryRoot");
        return root != null
                ? Path.of(root).toAbsolutePath().normalize()
                : Path.of("..").toAbsolutePath().normalize();
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("wfa.updateGolden", "false"));
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                actual,
                "output differs from " + golden + " (run with -Dwfa.updateGolden=true to accept)");
    }
}

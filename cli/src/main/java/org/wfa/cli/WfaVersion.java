package org.wfa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The version of the {@code wfa} command, as the build records it. */
final class WfaVersion {

    private WfaVersion() {
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = WfaVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * The version, and for a development version also the size and time of the jar it runs
     * from: a development build changes generators without changing its version number, and
     * an incremental build must not take the old outputs for current ones.
     */
    static String buildIdentity() {
        String version = version();
        if (!version.endsWith("-SNAPSHOT")) {
            return "wfa " + version;
        }
        try {
            Path code = Path.of(WfaVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "wfa " + version + " (" + Files.size(code) + " bytes, " + Files.getLastModifiedTime(code) + ")";
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            // Not known: the version alone identifies the build.
        }
        return "wfa " + version;
    }
}

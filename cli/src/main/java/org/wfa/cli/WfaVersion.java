package org.wfa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.wfa.dsl.build.WfaBuild;

import picocli.CommandLine;

/** The version of the {@code wfa} command, as the build records it; also what {@code wfa --version} prints. */
final class WfaVersion implements CommandLine.IVersionProvider {

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

    /** What the manifest of an incremental build records as the tool (see {@link WfaBuild#identity}). */
    static String buildIdentity() {
        return WfaBuild.identity("wfa", version());
    }

    @Override
    public String[] getVersion() {
        return new String[] {"wfa " + version()};
    }
}

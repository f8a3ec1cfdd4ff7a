package org.wfa.dsl.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Singleton;

/**
 * Finds the configuration that applies to a file: the nearest {@code wfa.yaml} in the file's
 * directory or one of its parents. A configuration file is parsed again only when it changes.
 */
@Singleton
public class WfaSettingsProvider {

    public static final String FILE_NAME = "wfa.yaml";

    private record Cached(FileTime modified, WfaSettings settings) {}

    private final Map<Path, Cached> settingsOfFile = new ConcurrentHashMap<>();

    public WfaSettings forResource(Resource resource) {
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return WfaSettings.DEFAULT;
        }
        Path directory = Path.of(uri.toFileString()).toAbsolutePath().getParent();
        return directory == null ? WfaSettings.DEFAULT : forDirectory(directory);
    }

    public WfaSettings forDirectory(Path directory) {
        // Looked up each time (a few file-system checks): a configuration created or deleted while
        // a language server runs must take effect.
        Path file = find(directory);
        if (file.getFileName() == null || !file.getFileName().toString().equals(FILE_NAME)) {
            return WfaSettings.DEFAULT;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Cached cached = settingsOfFile.get(file);
            if (cached == null || !cached.modified().equals(modified)) {
                cached = new Cached(
                        modified, WfaSettingsReader.read(file, Files.readString(file, StandardCharsets.UTF_8)));
                settingsOfFile.put(file, cached);
            }
            return cached.settings();
        } catch (IOException e) {
            return new WfaSettings(
                    file,
                    WfaSettings.DEFAULT.severities(),
                    WfaSettings.Thresholds.DEFAULT,
                    List.of(new WfaSettings.Problem(1, 1, "Cannot read the configuration: " + e.getMessage())));
        }
    }

    /**
     * The configuration file has changed (a language server is told so by its client): it is read
     * again when next asked, even if its modification time reads the same (file-system clocks are
     * coarse; two writes within a few milliseconds may carry the same time).
     */
    public void changed(Path file) {
        settingsOfFile.remove(file);
    }

    /** The nearest wfa.yaml upwards, or the directory itself as a marker for "none". */
    private static Path find(Path directory) {
        for (Path d = directory; d != null; d = d.getParent()) {
            Path candidate = d.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return directory;
    }
}

package org.wfa.dsl.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * An incremental build into an output folder. The folder's manifest ({@value #MANIFEST}) records
 * what the outputs were made from (the content hash of every input file and configuration file,
 * the tool's version and the targets) and which files were generated, with their hashes. When
 * nothing changed and the outputs are still as written, nothing is generated at all.
 *
 * <p>Any change regenerates the whole workspace in memory (names resolve across files, so one
 * file's outputs can depend on every other file), and {@link WfaOutput} writes only the files
 * whose content changed. Files generated earlier but no longer produced are removed; nothing the
 * manifest does not list is ever touched. The manifest is written last, so that a build that
 * fails half-way is not mistaken for a complete one.
 */
public final class WfaBuild {

    public static final String MANIFEST = ".wfa-build.json";

    /**
     * What the outputs are made from.
     *
     * @param tool          the generating tool and its version; another version may generate other output
     * @param targets       the target ids, sorted
     * @param configuration the SHA-256 of every configuration file, by path
     * @param sources       the SHA-256 of every input file, by display path
     */
    public record Inputs(
            String tool, List<String> targets, Map<String, String> configuration, Map<String, String> sources) {

        public static Inputs of(
                String tool, Set<WfaTarget> targets, List<SourceFile> sources, List<Path> configurationFiles)
                throws IOException {
            Path workingDirectory = Path.of("").toAbsolutePath();
            Map<String, String> configuration = new TreeMap<>();
            for (Path file : configurationFiles) {
                // Shown like the sources: a checkout moved elsewhere is still up to date.
                Path shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
                configuration.put(shown.toString().replace('\\', '/'), WfaOutput.sha256(Files.readAllBytes(file)));
            }
            Map<String, String> hashes = new TreeMap<>();
            sources.forEach(source -> hashes.put(
                    source.displayPath(), WfaOutput.sha256(source.text().getBytes(StandardCharsets.UTF_8))));
            return new Inputs(tool, targets.stream().map(WfaTarget::id).sorted().toList(), configuration, hashes);
        }
    }

    /** Told how many of the files are written so far (from any thread). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * @param upToDate whether nothing was generated because nothing changed
     * @param files    how many files the build's outputs are
     * @param written  files whose content changed
     * @param removed  files of an earlier build that are no longer generated, now deleted
     */
    public record Outcome(boolean upToDate, int files, int written, int removed) {}

    /** The manifest as stored; field names are the file's keys. */
    private record Manifest(
            String tool,
            List<String> targets,
            Map<String, String> configuration,
            Map<String, String> sources,
            Map<String, String> files) {

        Inputs inputs() {
            return new Inputs(tool, targets, configuration, sources);
        }
    }

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private WfaBuild() {}

    /**
     * The tool as the manifest records it: its name and version, and for a development version
     * also the size and time of the jar the generators run from. A development build changes
     * generators without changing its version number, and an incremental build must not take the
     * old outputs for current ones.
     */
    public static String identity(String tool, String version) {
        String named = tool + " " + version;
        if (!version.endsWith("-SNAPSHOT")) {
            return named;
        }
        try {
            Path code = Path.of(WfaGenerator.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(code)) {
                return named + " (" + Files.size(code) + " bytes, " + Files.getLastModifiedTime(code) + ")";
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            // Not known: the version alone identifies the build.
        }
        return named;
    }

    /**
     * Brings the output folder up to date with the inputs.
     *
     * @param generate the files to write; called only when something changed
     */
    public static Outcome run(
            Path outputFolder, Inputs inputs, Supplier<List<GeneratedFile>> generate, Progress progress)
            throws IOException {
        Manifest previous = read(outputFolder);
        if (previous != null && previous.inputs().equals(inputs) && intact(outputFolder, previous.files())) {
            return new Outcome(true, previous.files().size(), 0, 0);
        }
        List<GeneratedFile> files = generate.get();
        WfaOutput.Result result = WfaOutput.write(outputFolder, files, done -> progress.update(done, files.size()));
        int removed = previous == null
                ? 0
                : removeStale(outputFolder, previous.files().keySet(), result.hashes());
        Manifest manifest = new Manifest(
                inputs.tool(),
                inputs.targets(),
                inputs.configuration(),
                inputs.sources(),
                new TreeMap<>(result.hashes()));
        WfaFiles.writeAtomically(outputFolder.resolve(MANIFEST), GSON.toJson(manifest) + "\n");
        return new Outcome(false, files.size(), result.written(), removed);
    }

    /** The previous build's manifest, or null when there is none or it cannot be read (then nothing is removed). */
    private static Manifest read(Path outputFolder) {
        Path file = outputFolder.resolve(MANIFEST);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Manifest manifest = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Manifest.class);
            if (manifest == null
                    || manifest.files() == null
                    || manifest.targets() == null
                    || manifest.configuration() == null
                    || manifest.sources() == null) {
                return null;
            }
            return manifest;
        } catch (IOException | JsonParseException e) {
            return null;
        }
    }

    /** Whether every file of the previous build is still there with the content written. */
    private static boolean intact(Path outputFolder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = inside(outputFolder, file.getKey());
            if (path == null
                    || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    || !Objects.equals(file.getValue(), WfaOutput.sha256(Files.readAllBytes(path)))) {
                return false;
            }
        }
        return true;
    }

    private static int removeStale(Path outputFolder, Set<String> previous, Map<String, String> current)
            throws IOException {
        Path root = outputFolder.toRealPath();
        int removed = 0;
        List<String> stale = new ArrayList<>(previous);
        stale.removeAll(current.keySet());
        for (String name : stale) {
            Path path = inside(outputFolder, name);
            if (path == null || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.delete(path);
            removed++;
            // Folders the build made for the file go with it once empty; the output folder stays.
            for (Path folder = path.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    break;
                }
            }
        }
        return removed;
    }

    /**
     * The file a manifest entry names, or null when the name would lead outside the output
     * folder: the manifest is a file anyone could have edited.
     */
    private static Path inside(Path outputFolder, String name) throws IOException {
        Path root = outputFolder.toRealPath();
        Path path;
        try {
            path = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        if (!path.startsWith(root) || path.equals(root)) {
            return null;
        }
        Path parent = path.getParent();
        if (!Files.isDirectory(parent) || !parent.toRealPath().startsWith(root)) {
            return null;
        }
        return path;
    }
}

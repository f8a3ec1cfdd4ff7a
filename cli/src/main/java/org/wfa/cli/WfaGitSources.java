package org.wfa.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.wfa.dsl.config.WfaSettingsProvider;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

/**
 * The .wfa files of a git revision or of the working tree, read with the {@code git} executable.
 * A revision's files are written to a temporary directory, together with its {@code wfa.yaml}
 * files, so that the revision's own rule settings apply; diagnostics name them by their path in
 * the repository. {@link #close()} deletes the directory.
 */
public final class WfaGitSources implements AutoCloseable {

    private final Path directory;
    private final Path toplevel;
    private final List<Path> temporary = new ArrayList<>();

    /**
     * @param directory where git runs (as {@code git -C}); paths are relative to it
     * @throws WfaInputException when git cannot be run or the directory is not in a repository
     */
    public WfaGitSources(Path directory) throws WfaInputException {
        this.directory = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.directory)) {
            throw new WfaInputException(
                    "'" + directory + "' is not a directory: expected the directory of a git repository");
        }
        Result result = git(this.directory, "rev-parse", "--show-toplevel");
        if (result.status() != 0) {
            throw new WfaInputException("'" + this.directory + "' is not in a git repository: --git needs one ("
                    + firstLine(result.error()) + ")");
        }
        this.toplevel = Path.of(result.text().strip());
    }

    /** The commit a revision names; the error names the revision and what was expected. */
    public String commit(String revision) throws WfaInputException {
        if (revision.isEmpty() || revision.startsWith("-")) {
            throw new WfaInputException("invalid revision '" + revision + "': expected a commit, branch or tag");
        }
        Result result = git(directory, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (result.status() != 0) {
            throw new WfaInputException("unknown revision '" + revision + "': expected a commit, branch or tag of the"
                    + " repository at '" + toplevel + "'");
        }
        return result.text().strip();
    }

    /** The .wfa files of a commit under the given paths (relative to the directory; none: all of it). */
    public List<SourceFile> atCommit(String commit, List<String> paths) throws WfaInputException {
        List<String> command =
                new ArrayList<>(List.of("ls-tree", "-r", "-z", "--full-name", "--name-only", commit, "--"));
        command.addAll(paths.isEmpty() ? List.of(".") : paths);
        Result listing = git(directory, command.toArray(String[]::new));
        if (listing.status() != 0) {
            throw new WfaInputException("cannot list the files of '" + commit + "': " + firstLine(listing.error()));
        }
        Path root;
        try {
            root = Files.createTempDirectory("wfa-diff-");
        } catch (IOException e) {
            throw new WfaInputException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        temporary.add(root);
        List<SourceFile> sources = new ArrayList<>();
        for (String name : listing.text().split("\0")) {
            boolean source = name.endsWith(WfaSources.EXTENSION);
            boolean settings =
                    name.equals(WfaSettingsProvider.FILE_NAME) || name.endsWith("/" + WfaSettingsProvider.FILE_NAME);
            if (!source && !settings) {
                continue;
            }
            Result blob = git(toplevel, "cat-file", "blob", commit + ":" + name);
            if (blob.status() != 0) {
                throw new WfaInputException(
                        "cannot read '" + name + "' at '" + commit + "': " + firstLine(blob.error()));
            }
            Path file = root.resolve(name).normalize();
            if (!file.startsWith(root)) {
                throw new WfaInputException("'" + name + "' at '" + commit + "' lies outside the repository");
            }
            String text = decode(blob.bytes(), name, commit);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new WfaInputException("cannot write '" + file + "': " + e.getMessage(), e);
            }
            if (source) {
                sources.add(new SourceFile(file, name, text));
            }
        }
        return sources;
    }

    /** The .wfa files of the working tree under the given paths, named by their path in the repository. */
    public List<SourceFile> workingTree(List<String> paths) throws WfaInputException {
        // As on the commit's side, only .wfa files count, and a path without any is an empty side
        // (its files may have been deleted or not written yet), not an error.
        List<Path> files = new ArrayList<>();
        for (String path : paths.isEmpty() ? List.of(".") : paths) {
            Path given = directory.resolve(path).normalize();
            if (Files.isDirectory(given)) {
                try (Stream<Path> walk = Files.walk(given)) {
                    walk.filter(p -> Files.isRegularFile(p)
                                    && p.toString().endsWith(WfaSources.EXTENSION)
                                    && !given.relativize(p).toString().startsWith(".git"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new WfaInputException("cannot read '" + path + "': " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(given) && given.toString().endsWith(WfaSources.EXTENSION)) {
                files.add(given);
            }
        }
        List<SourceFile> sources = new ArrayList<>();
        for (SourceFile source : files.isEmpty() ? List.<SourceFile>of() : WfaSources.read(files)) {
            Path absolute = source.path().toAbsolutePath().normalize();
            String name = absolute.startsWith(toplevel)
                    ? toplevel.relativize(absolute).toString().replace('\\', '/')
                    : source.displayPath();
            sources.add(new SourceFile(source.path(), name, source.text()));
        }
        return sources;
    }

    @Override
    public void close() {
        for (Path root : temporary) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // A temporary directory left behind is no reason to fail the diff.
            }
        }
        temporary.clear();
    }

    private static String decode(byte[] bytes, String name, String commit) throws WfaInputException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WfaInputException(
                    "'" + name + "' at '" + commit + "' is not valid UTF-8: expected a UTF-8 text file");
        }
    }

    private record Result(int status, byte[] bytes, String error) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path directory, String... arguments) throws WfaInputException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(directory.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Output must not depend on the user's pager or language.
        builder.environment().put("GIT_PAGER", "cat");
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<byte[]> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = readAll(process.getInputStream());
            int status = process.waitFor();
            return new Result(status, out, new String(error.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WfaInputException("cannot run 'git' (" + e.getMessage() + "): --git needs git on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WfaInputException("interrupted while running git", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}

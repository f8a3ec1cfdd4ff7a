package org.wfa.dsl.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaParallel;
import org.wfa.dsl.workspace.WfaFiles;

/**
 * Writes generated files into an output folder: each file atomically (readers never see half a
 * file), only when its content changed (so that timestamps and build tools see real changes
 * only), and never outside the folder, whatever the names in the model or links on disk say.
 *
 * <p>All or nothing, as far as a file system allows: every path is checked first, then every
 * changed file is rendered into a temporary file beside its target, and only when all of them
 * are staged are they renamed into place. A failure while rendering or writing (a generator
 * error, a full disk, a folder that cannot be written) leaves the previous outputs as they were.
 * Files are rendered on all cores, so that only a few pages are in memory at a time.
 */
public final class WfaOutput {

    /**
     * @param written   files whose content changed
     * @param unchanged files left as they were
     * @param hashes    the SHA-256 of every file's content (hexadecimal), by path, in the order given
     */
    public record Result(int written, int unchanged, Map<String, String> hashes) {}

    private record Staged(Path target, Path temporary, String hash) {}

    private WfaOutput() {}

    public static Result write(Path outputFolder, List<GeneratedFile> files) throws IOException {
        return write(outputFolder, files, done -> {});
    }

    /** @param progress told how many files are rendered so far, after each one (from any thread) */
    public static Result write(Path outputFolder, List<GeneratedFile> files, IntConsumer progress) throws IOException {
        Files.createDirectories(outputFolder);
        Path root = outputFolder.toRealPath();
        List<Path> targets = new ArrayList<>(files.size());
        for (GeneratedFile file : files) {
            targets.add(target(root, outputFolder, file));
        }
        Queue<Path> temporaries = new ConcurrentLinkedQueue<>();
        // Set when the write is over: a file still being staged by another thread after a failure
        // elsewhere then removes its own temporary file.
        AtomicBoolean over = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        List<Integer> indices = IntStream.range(0, files.size()).boxed().toList();
        try {
            List<Staged> staged = WfaParallel.map(indices, i -> {
                try {
                    Staged result = stage(targets.get(i), files.get(i).content());
                    if (result.temporary() != null) {
                        temporaries.add(result.temporary());
                        if (over.get()) {
                            Files.deleteIfExists(result.temporary());
                        }
                    }
                    progress.accept(done.incrementAndGet());
                    return result;
                } catch (IOException e) {
                    throw new UncheckedIOException("'" + files.get(i).path() + "' cannot be written: " + e, e);
                }
            });
            Map<String, String> hashes = new LinkedHashMap<>();
            int written = 0;
            for (int i = 0; i < staged.size(); i++) {
                Staged file = staged.get(i);
                hashes.put(files.get(i).path(), file.hash());
                if (file.temporary() != null) {
                    WfaFiles.commit(file.temporary(), file.target());
                    written++;
                }
            }
            return new Result(written, files.size() - written, hashes);
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        } finally {
            over.set(true);
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Path target(Path root, Path outputFolder, GeneratedFile file) throws IOException {
        Path target = root.resolve(file.path()).normalize();
        // Before any folder is made: the deepest folder that exists must lie in the output folder,
        // or a symbolic link would have folders made outside it.
        Path existing = target.getParent();
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!target.startsWith(root) || !existing.toRealPath().startsWith(root)) {
            throw outside(file, outputFolder);
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new IOException(
                    "'" + file.path() + "' cannot be written in the output folder '" + outputFolder
                            + "': a file is in the way of its folder '" + root.relativize(Path.of(e.getFile())) + "'",
                    e);
        }
        if (!target.getParent().toRealPath().startsWith(root) || Files.isSymbolicLink(target)) {
            throw outside(file, outputFolder);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("'" + file.path() + "' cannot be written in the output folder '" + outputFolder
                    + "': a folder of that name is in the way; expected a file or nothing");
        }
        return target;
    }

    private static IOException outside(GeneratedFile file, Path outputFolder) {
        return new IOException("'" + file.path() + "' would be written outside the output folder '" + outputFolder
                + "' (through a symbolic link): expected a plain folder");
    }

    /** A changed file staged beside its target; an unchanged one only hashed. */
    private static Staged stage(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String hash = sha256(bytes);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return new Staged(target, null, hash);
        }
        return new Staged(target, WfaFiles.stage(target, content), hash);
    }
}

package org.wfa.dsl.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that readers see the old content or the new one, never a half-written file.
 */
public final class WfaFiles {

    /** What a new file gets: what most umasks give, readable by all (documentation is served). */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private WfaFiles() {}

    /**
     * A temporary file is created readable by its owner only; the file it replaces keeps its own
     * permissions (formatting must not change who can read a file), and a new one is readable by all.
     */
    private static void keepOrOpenPermissions(Path target, Path temporary) throws IOException {
        // Asked of the file system, not of each file's store: finding a file's store reads the
        // mount table every time.
        if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(
                temporary, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }

    public static void writeAtomically(Path target, String content) throws IOException {
        Path temporary = stage(target, content);
        try {
            commit(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The first half of an atomic write: the content in a temporary file beside the target, with
     * the permissions the target will have. Nothing a reader sees has changed yet; {@link #commit}
     * puts it in place, or the caller deletes it.
     */
    public static Path stage(Path target, String content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            keepOrOpenPermissions(target, temporary);
            return temporary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** The second half of an atomic write: the staged file replaces the target in one rename. */
    public static void commit(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

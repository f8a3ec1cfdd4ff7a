package org.wfa.dsl.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.wfa.dsl.compiler.WfaFiles;

/**
 * Writes generated files into an output folder: each file atomically (readers never see half a
 * file), only when its content changed (so that timestamps and build tools see real changes
 * only), and never outside the folder, whatever the names in the model or links on disk say.
 * Files are rendered as they are written, on all cores, so that only a few pages are in memory
 * at a time.
 */
public final class WfaOutput {

    /** @param written files whose content changed; unchanged: files left as they were */
    public record Result(int written, int unchanged) {
    }

    private WfaOutput() {
    }

    public static Result write(Path outputFolder, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(outputFolder);
        Path root = outputFolder.toRealPath();
        AtomicInteger written = new AtomicInteger();
        try {
            WfaParallel.map(files, file -> {
                try {
                    if (writeIfChanged(root, outputFolder, file)) {
                        written.incrementAndGet();
                    }
                    return file;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(written.get(), files.size() - written.get());
    }

    private static boolean writeIfChanged(Path root, Path outputFolder, GeneratedFile file) throws IOException {
        Path target = root.resolve(file.path()).normalize();
        Files.createDirectories(target.getParent());
        if (!target.startsWith(root) || !target.getParent().toRealPath().startsWith(root)
                || Files.isSymbolicLink(target)) {
            throw new IOException("'" + file.path() + "' would be written outside the output folder '"
                    + outputFolder + "' (through a symbolic link): expected a plain folder");
        }
        String content = file.content();
        if (Files.isRegularFile(target)
                && Arrays.equals(Files.readAllBytes(target), content.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        WfaFiles.writeAtomically(target, content);
        return true;
    }
}

package org.wfa.dsl.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.wfa.dsl.compiler.WfaFiles;

/**
 * Writes generated files into an output folder: each file atomically (readers never see half a
 * file), only when its content changed (so that timestamps and build tools see real changes
 * only), and never outside the folder, whatever the names in the model or links on disk say.
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
        int written = 0;
        for (GeneratedFile file : files) {
            Path target = root.resolve(file.path()).normalize();
            Files.createDirectories(target.getParent());
            if (!target.startsWith(root) || !target.getParent().toRealPath().startsWith(root)
                    || Files.isSymbolicLink(target)) {
                throw new IOException("'" + file.path() + "' would be written outside the output folder '"
                        + outputFolder + "' (through a symbolic link): expected a plain folder");
            }
            byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                continue;
            }
            WfaFiles.writeAtomically(target, file.content());
            written++;
        }
        return new Result(written, files.size() - written);
    }
}

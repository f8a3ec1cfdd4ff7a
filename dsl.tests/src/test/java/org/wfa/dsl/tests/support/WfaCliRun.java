package org.wfa.dsl.tests.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.wfa.cli.WfaMain;

/** Runs the {@code wfa} command line in process, as the tests of its commands do. */
public record WfaCliRun(int status, String out, String err) {

    public static WfaCliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = WfaMain.run(args, new PrintWriter(out), new PrintWriter(err));
        return new WfaCliRun(status, out.toString(), err.toString());
    }

    /** Writes a UTF-8 file below a folder, creating its parent folders. */
    public static Path write(Path folder, String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

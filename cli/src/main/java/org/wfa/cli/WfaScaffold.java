package org.wfa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wfa.dsl.workspace.WfaFiles;
import org.wfa.dsl.workspace.WfaInputException;

/**
 * A new workspace: an organisation model, one workflow that checks clean, the configuration,
 * Git attributes and a README with the next steps. The files are templates packaged with this
 * module; they are tested to check without findings and to be in canonical layout.
 */
public final class WfaScaffold {

    /** One file of the workspace; {@code path} is relative, with forward slashes. */
    public record ScaffoldFile(String path, String content) {}

    /**
     * Workspace path by template name. Templates are not named like their targets: a build
     * would skip a {@code .gitattributes}, and a {@code .wfa} file in the sources would be
     * taken for part of a workspace.
     */
    private static final Map<String, String> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("gitattributes.template", ".gitattributes");
        TEMPLATES.put("README.md.template", "README.md");
        TEMPLATES.put("organisation.wfa.template", "org/organisation.wfa");
        TEMPLATES.put("purchase-request.wfa.template", "purchasing/purchase-request.wfa");
        TEMPLATES.put("wfa.yaml.template", "wfa.yaml");
    }

    private WfaScaffold() {}

    /** The files of a new workspace, in path order. */
    public static List<ScaffoldFile> files() {
        List<ScaffoldFile> files = new ArrayList<>();
        TEMPLATES.forEach((template, path) -> files.add(new ScaffoldFile(path, load(template))));
        files.sort(Comparator.comparing(ScaffoldFile::path));
        return files;
    }

    /**
     * Writes a new workspace into the folder (created if needed), each file atomically. Unless
     * {@code overwrite}, nothing is written when any of the files exists already: a workspace's
     * files are someone's work.
     *
     * @return the files written
     */
    public static List<ScaffoldFile> write(Path folder, boolean overwrite) throws WfaInputException, IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new WfaInputException("'" + folder + "' is a file: expected a folder for the new workspace");
        }
        List<ScaffoldFile> files = files();
        List<String> existing = new ArrayList<>();
        for (ScaffoldFile file : files) {
            Path target = folder.resolve(file.path());
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new WfaInputException("'" + target + "' is a folder: expected a file or nothing");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(file.path());
            }
        }
        if (!overwrite && !existing.isEmpty()) {
            throw new WfaInputException("'" + folder + "' already has "
                    + String.join(
                            ", ",
                            existing.stream().map(path -> "'" + path + "'").toList())
                    + ": expected none of the workspace's files; nothing"
                    + " was written (use --force to overwrite them)");
        }
        for (ScaffoldFile file : files) {
            WfaFiles.writeAtomically(folder.resolve(file.path()), file.content());
        }
        return files;
    }

    private static String load(String template) {
        try (InputStream in = WfaScaffold.class.getResourceAsStream("/org/wfa/cli/scaffold/" + template)) {
            if (in == null) {
                throw new IllegalStateException("the template '" + template + "' is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

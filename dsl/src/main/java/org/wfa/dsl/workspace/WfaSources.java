package org.wfa.dsl.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds and reads the .wfa files of a workspace: the given files, and every .wfa file under
 * the given directories (recursively, following symbolic links, skipping hidden folders and
 * build output). Files are returned in a stable order so that output is deterministic.
 */
public final class WfaSources {

    public static final String EXTENSION = ".wfa";

    /** Larger files are refused: they are not hand-written workflow descriptions. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /**
     * The language server checks a document again after every keystroke; at about two seconds a
     * MiB (docs/reliability.md), larger documents would keep it busy and hold gigabytes. It
     * refuses them with one diagnostic and leaves them to {@code wfa check}.
     */
    public static final long MAX_EDITOR_BYTES = 4L * 1024 * 1024;

    private WfaSources() {}

    public static List<SourceFile> read(List<Path> paths) throws WfaInputException {
        if (paths.isEmpty()) {
            throw new WfaInputException("no input: give at least one .wfa file or directory");
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        TreeMap<Path, Path> files = new TreeMap<>();
        for (Path given : paths) {
            Path absolute = given.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new WfaInputException("'" + given + "' does not exist");
            }
            if (Files.isDirectory(absolute)) {
                int before = files.size();
                collect(given, absolute, files);
                if (files.size() == before) {
                    throw new WfaInputException("'" + given + "' contains no " + EXTENSION + " files");
                }
            } else {
                files.put(absolute, given);
            }
        }
        List<SourceFile> sources = new ArrayList<>(files.size());
        for (Path file : files.keySet()) {
            sources.add(new SourceFile(file, display(workingDirectory, file), readText(file)));
        }
        return sources;
    }

    public static String readText(Path file) throws WfaInputException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new WfaInputException("'" + file + "' is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB: expected a hand-written .wfa file; split it into several files");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new WfaInputException("'" + file + "' cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new WfaInputException("'" + file + "' cannot be read: " + e.getMessage(), e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new WfaInputException(
                        "'" + file + "' is a binary file (NUL byte at offset " + i + "): expected UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new WfaInputException(
                    "'" + file + "' is not valid UTF-8 (invalid byte at offset " + firstInvalidOffset(bytes)
                            + "): expected UTF-8 text",
                    e);
        } catch (CharacterCodingException e) {
            throw new WfaInputException("'" + file + "' is not valid UTF-8: expected UTF-8 text", e);
        }
    }

    private static void collect(Path given, Path directory, TreeMap<Path, Path> files) throws WfaInputException {
        try {
            Files.walkFileTree(
                    directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null
                                    ? ""
                                    : dir.getFileName().toString();
                            boolean skipped = !dir.equals(directory)
                                    && (name.startsWith(".") || name.equals("node_modules") || name.equals("target"));
                            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()
                                    && file.getFileName().toString().endsWith(EXTENSION)) {
                                files.put(file.normalize(), file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            throw e;
                        }
                    });
        } catch (FileSystemLoopException e) {
            throw new WfaInputException(
                    "'" + e.getFile() + "' is a symbolic link that loops back to one of its"
                            + " parent directories: remove the link or give the directories separately",
                    e);
        } catch (AccessDeniedException e) {
            throw new WfaInputException("'" + e.getFile() + "' cannot be read: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new WfaInputException("'" + e.getFile() + "' does not exist (a broken symbolic link?)", e);
        } catch (IOException e) {
            throw new WfaInputException("'" + given + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static String display(Path workingDirectory, Path file) {
        Path shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private static int firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}

package org.wfa.dsl.compiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.wfa.dsl.workspace.SourceFile;

/**
 * Loads source files that are already in memory into a resource set.
 */
final class WfaResources {

    private WfaResources() {}

    /** The same file with no text: what stands in for a file too deeply nested to parse. */
    static SourceFile emptied(SourceFile source) {
        return new SourceFile(source.path(), source.displayPath(), "");
    }

    static URI uri(SourceFile source) {
        return URI.createFileURI(source.path().toAbsolutePath().toString());
    }

    /** Whether the parser ran out of stack: Xtext wraps the error, sometimes twice. */
    private static boolean overflowed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    /** Loads the source; null when its nesting is too deep to parse (the half-built resource is removed). */
    static XtextResource load(XtextResourceSet resourceSet, SourceFile source) {
        URI uri = uri(source);
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(
                    new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (StackOverflowError | ParseException e) {
            if (overflowed(e)) {
                resourceSet.getResources().remove(resource);
                return null;
            }
            throw e;
        } catch (IOException e) {
            // Reading from memory does not fail; keep the cause if it ever does.
            throw new UncheckedIOException(e);
        }
        return resource;
    }
}

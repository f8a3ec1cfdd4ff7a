package org.wfa.cli.outline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LineAndColumn;
import org.wfa.dsl.compiler.WfaStandalone;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaSources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The outline of one .wfa file on its own ({@code wfa outline}, git's textconv): the file is
 * parsed, never linked, because git hands over one version of one file without the rest of
 * the workspace. A file with syntax errors still has an outline: what parsed, and the errors.
 */
public class WfaOutliner {

    /** Parsing and outlining recurse once per level of nesting: deeply nested input gets a deep stack, not a crash. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private static final String TOO_DEEP = "The file nests too deeply to be read (hundreds of thousands of levels"
            + " of parentheses or blocks): expected a file written by hand; simplify the nesting.";

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    /** An outliner with the standalone injector, for use outside a language server. */
    public static WfaOutliner create() {
        return WfaStandalone.injector().getInstance(WfaOutliner.class);
    }

    public Outline outline(SourceFile source) {
        FutureTask<Outline> task = new FutureTask<>(() -> outlineHere(source));
        Thread thread = new Thread(null, task, "wfa-outline", STACK_BYTES);
        thread.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while outlining '" + source.displayPath() + "'", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot outline '" + source.displayPath() + "'", e.getCause());
        }
    }

    private Outline outlineHere(SourceFile source) {
        // The language is registered by file extension; git's temporary files need not have it.
        String path = source.path().toAbsolutePath().toString();
        URI uri = URI.createFileURI(path.endsWith(WfaSources.EXTENSION) ? path : path + WfaSources.EXTENSION);
        XtextResource resource = (XtextResource) resourceSets.get().createResource(uri);
        try {
            resource.load(
                    new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
            IParseResult result = resource.getParseResult();
            List<OutlineNode> entries = result != null && result.getRootASTElement() instanceof Model model
                    ? OutlineBuilder.build(model)
                    : List.of();
            return new Outline(entries, problems(result));
        } catch (StackOverflowError | ParseException e) {
            if (e instanceof StackOverflowError || e.getCause() instanceof StackOverflowError) {
                return new Outline(List.of(), List.of(new OutlineProblem(1, 1, TOO_DEEP)));
            }
            throw e;
        } catch (IOException e) {
            // Reading from memory does not fail; keep the cause if it ever does.
            throw new UncheckedIOException(e);
        }
    }

    private static List<OutlineProblem> problems(IParseResult result) {
        List<OutlineProblem> problems = new ArrayList<>();
        if (result == null) {
            return problems;
        }
        List<INode> errors = new ArrayList<>();
        result.getSyntaxErrors().forEach(errors::add);
        errors.sort(Comparator.comparingInt(INode::getOffset));
        for (INode error : errors) {
            LineAndColumn at = NodeModelUtils.getLineAndColumn(result.getRootNode(), error.getOffset());
            String message = error.getSyntaxErrorMessage()
                    .getMessage()
                    .replaceAll("\\s*\\R\\s*", " ")
                    .strip();
            problems.add(new OutlineProblem(at.getLine(), at.getColumn(), message));
        }
        return problems;
    }
}

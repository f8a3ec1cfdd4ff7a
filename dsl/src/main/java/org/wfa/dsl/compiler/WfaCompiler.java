package org.wfa.dsl.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.config.WfaSettings;
import org.wfa.dsl.config.WfaSettingsProvider;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaGenerator;
import org.wfa.dsl.generator.WfaTarget;
import org.wfa.dsl.validation.AbstractWfaRuleValidator;
import org.wfa.dsl.validation.WfaIssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The standalone compiler API: parses, links and validates a workspace of .wfa files.
 * The CLI, the language server and the build plugins are thin layers over it.
 */
public class WfaCompiler {

    /** Below this many files per core, starting threads costs more than it saves. */
    private static final int FILES_PER_WORKER = 16;

    private static final long PARSER_STACK_BYTES = 512L * 1024 * 1024;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;


    @Inject
    private IResourceServiceProvider.Registry services;

    @Inject
    private WfaSettingsProvider settingsProvider;

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private WfaGenerator generator;

    /** A compiler with its own injector, for use outside a language server. */
    public static WfaCompiler create() {
        return WfaStandalone.injector().getInstance(WfaCompiler.class);
    }

    /** Reads the given files and directories and compiles them as one workspace. */
    public Compilation compile(List<java.nio.file.Path> paths) throws WfaInputException {
        return compileSources(WfaSources.read(paths));
    }

    public Compilation compileSources(List<SourceFile> sources) {
        return validate(parse(sources));
    }

    /**
     * The first phase on its own: every file parsed (on all cores) and indexed, nothing linked
     * or validated yet. Benchmarks time the phases separately; tools call {@link #compileSources}.
     */
    public Compilation parse(List<SourceFile> sources) {
        XtextResourceSet resourceSet = resourceSets.get();
        List<XtextResource> resources = new ArrayList<>(sources.size());
        List<IResourceDescription> descriptions = new ArrayList<>(sources.size());
        List<WfaDiagnostic> unreadable = new ArrayList<>();
        for (Parsed parsed : parseAll(sources)) {
            resourceSet.getResources().add(parsed.resource());
            resources.add(parsed.resource());
            descriptions.add(parsed.description());
            if (parsed.tooDeep()) {
                unreadable.add(new WfaDiagnostic(parsed.source().displayPath(), 1, 1, 0, 0,
                        WfaDiagnostic.Severity.ERROR, "The file nests too deeply to be read (hundreds of thousands"
                                + " of levels of parentheses or blocks): expected a file written by hand; simplify"
                                + " the nesting.", WfaIssueCodes.SYNTAX_ERROR, false));
            }
        }
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
                new ResourceDescriptionsData(descriptions));
        return new Compilation(sources, resources, unreadable);
    }

    /** Links every file of a parsed workspace (resolves all its names); validation would do it too. */
    public void link(Compilation parsed) {
        for (XtextResource resource : parsed.resources()) {
            EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
        }
    }

    /** The second phase: links (where not done yet) and validates every file of a parsed workspace. */
    public Compilation validate(Compilation parsed) {
        List<SourceFile> sources = parsed.sources();
        List<WfaDiagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        for (int i = 0; i < sources.size(); i++) {
            for (Issue issue : validator.validate(parsed.resources().get(i), CheckMode.ALL, CancelIndicator.NullImpl)) {
                diagnostics.add(toDiagnostic(sources.get(i), issue));
            }
        }
        diagnostics.addAll(configurationProblems(sources));
        diagnostics.sort(WfaDiagnostic.ORDER);
        return new Compilation(sources, parsed.resources(), diagnostics);
    }

    /** Analyses every workflow of a linked workspace (the analysis is cached for validation). */
    public void analyze(Compilation linked) {
        linked.workflows().forEach(analyzer::analyze);
    }

    /** The files the given targets generate from a compiled workspace, in path order; nothing is written. */
    public List<GeneratedFile> generate(Compilation compilation, Set<WfaTarget> targets) {
        return generator.generate(compilation, targets);
    }

    /** The figures of every workflow of a compilation, in file and source order. */
    public List<WorkflowMetrics> metrics(Compilation compilation) {
        return compilation.workflows().stream().map(w -> WorkflowMetrics.of(analyzer.analyze(w))).toList();
    }

    /** Mistakes in the workspace configuration files that apply to the sources, once per file. */
    /** The configuration files ({@code wfa.yaml}) that apply to the given sources, sorted by path. */
    public List<java.nio.file.Path> configurationFiles(List<SourceFile> sources) {
        java.util.TreeSet<java.nio.file.Path> files = new java.util.TreeSet<>();
        for (SourceFile source : sources) {
            java.nio.file.Path directory = source.path().toAbsolutePath().getParent();
            WfaSettings settings = directory == null ? WfaSettings.DEFAULT : settingsProvider.forDirectory(directory);
            if (settings.file() != null) {
                files.add(settings.file());
            }
        }
        return List.copyOf(files);
    }

    private List<WfaDiagnostic> configurationProblems(List<SourceFile> sources) {
        Map<java.nio.file.Path, WfaSettings> files = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            java.nio.file.Path directory = source.path().toAbsolutePath().getParent();
            WfaSettings settings = directory == null ? WfaSettings.DEFAULT : settingsProvider.forDirectory(directory);
            if (settings.file() != null) {
                files.putIfAbsent(settings.file(), settings);
            }
        }
        java.nio.file.Path workingDirectory = java.nio.file.Path.of("").toAbsolutePath();
        List<WfaDiagnostic> problems = new ArrayList<>();
        files.forEach((file, settings) -> {
            String shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file).toString()
                    : file.toString();
            for (WfaSettings.Problem problem : settings.problems()) {
                problems.add(new WfaDiagnostic(shown, problem.line(), problem.column(), 0, 0,
                        WfaDiagnostic.Severity.ERROR, problem.message(), WfaIssueCodes.CONFIGURATION_ERROR, false));
            }
        });
        return problems;
    }

    private record Parsed(SourceFile source, XtextResource resource, IResourceDescription description,
            boolean tooDeep) {
    }

    /**
     * Parses the files and describes what each exports, on all cores: parsing is most of the
     * work and files parse independently. Each worker loads into a resource set of its own
     * (EMF resource sets are not thread-safe); the caller then moves the resources into one
     * set, in source order, and links them there. The exported names are copied out of each
     * file so that the shared index is one hashed table, built without touching the files again.
     */
    private List<Parsed> parseAll(List<SourceFile> sources) {
        int workers = Math.max(1,
                Math.min(Runtime.getRuntime().availableProcessors(), sources.size() / FILES_PER_WORKER));
        // Parsers recurse once per nesting level: their threads get a deep stack, so that deeply
        // nested (or hostile) input is parsed or reported, not a crash.
        ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(null, runnable, "wfa-parser", PARSER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            int chunk = (sources.size() + workers - 1) / workers;
            List<Future<List<Parsed>>> parts = new ArrayList<>();
            for (int from = 0; from < sources.size(); from += chunk) {
                List<SourceFile> part = sources.subList(from, Math.min(sources.size(), from + chunk));
                parts.add(executor.submit(() -> parseShare(part)));
            }
            List<Parsed> parsed = new ArrayList<>(sources.size());
            for (Future<List<Parsed>> part : parts) {
                parsed.addAll(part.get());
            }
            return parsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private List<Parsed> parseShare(List<SourceFile> sources) {
        XtextResourceSet resourceSet = resourceSets.get();
        List<Parsed> parsed = new ArrayList<>(sources.size());
        for (SourceFile source : sources) {
            XtextResource resource = WfaResources.load(resourceSet, source);
            boolean tooDeep = resource == null;
            if (tooDeep) {
                // Too deeply nested even for the parser's deep stack: an empty model stands in, and
                // the file gets one clear error instead of a crash.
                resource = WfaResources.load(resourceSet, new SourceFile(source.path(), source.displayPath(), ""));
            }
            IResourceDescription.Manager manager = services.getResourceServiceProvider(resource.getURI())
                    .getResourceDescriptionManager();
            IResourceDescription exports = WfaExports.of(manager.getResourceDescription(resource));
            parsed.add(new Parsed(source, resource, exports, tooDeep));
        }
        return parsed;
    }

    private static WfaDiagnostic toDiagnostic(SourceFile source, Issue issue) {
        WfaDiagnostic.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> WfaDiagnostic.Severity.ERROR;
            case WARNING -> WfaDiagnostic.Severity.WARNING;
            default -> WfaDiagnostic.Severity.INFO;
        };
        String code = issue.getCode();
        if (code == null || !code.startsWith(WfaIssueCodes.PREFIX)) {
            code = issue.isSyntaxError() ? WfaIssueCodes.SYNTAX_ERROR
                    : org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)
                            ? WfaIssueCodes.UNRESOLVED_REFERENCE : WfaIssueCodes.SYNTAX_ERROR;
        }
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        int offset = issue.getOffset() == null ? 0 : issue.getOffset();
        int length = issue.getLength() == null ? 0 : issue.getLength();
        String[] data = issue.getData();
        boolean accepted = data != null && data.length > 0
                && AbstractWfaRuleValidator.SUPPRESSED.equals(data[data.length - 1]);
        return new WfaDiagnostic(source.displayPath(), line, column, offset, length, severity, issue.getMessage(),
                code, accepted, accepted ? acceptance(data) : null);
    }

    /** The severity and reason an accepted finding carries before its marker (see AbstractWfaRuleValidator). */
    private static WfaDiagnostic.Acceptance acceptance(String[] data) {
        if (data.length < 3) {
            return null;
        }
        WfaDiagnostic.Severity original = switch (data[data.length - 3]) {
            case "ERROR" -> WfaDiagnostic.Severity.ERROR;
            case "WARNING" -> WfaDiagnostic.Severity.WARNING;
            default -> WfaDiagnostic.Severity.INFO;
        };
        return new WfaDiagnostic.Acceptance(original, data[data.length - 2]);
    }
}

package org.wfa.dsl.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
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
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.workspace.WfaInputException;
import org.wfa.dsl.workspace.WfaSources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The standalone compiler API: parses, links and validates a workspace of .wfa files.
 * The CLI and the build plugins are thin layers over it; the language server builds with Xtext's
 * incremental builder over the same language services instead (see WfaWorkspaceManager).
 */
public class WfaCompiler {

    /**
     * A check keeps every model of a workspace up to this many characters of source (about 60
     * bytes of heap each: the parse tree, the model and the index), and checks larger ones a
     * cluster of files at a time (see {@link WfaClusteredCheck}).
     */
    static final long WHOLE_WORKSPACE_CHARS = 4_000_000;

    /** The source characters of one cluster of a clustered check. */
    static final long CLUSTER_CHARS = 250_000;

    private long wholeWorkspaceChars = WHOLE_WORKSPACE_CHARS;

    private long clusterChars = CLUSTER_CHARS;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Inject
    private WfaParsing parsing;

    @Inject
    private WfaClusteredCheck clusteredCheck;

    @Inject
    private WfaSettingsProvider settingsProvider;

    @Inject
    private WfaAnalyzer analyzer;

    /** A compiler with its own injector, for use outside a language server. */
    public static WfaCompiler create() {
        return WfaStandalone.injector().getInstance(WfaCompiler.class);
    }

    /** Reads the given files and directories and compiles them as one workspace. */
    public Compilation compile(List<Path> paths) throws WfaInputException {
        return compileSources(WfaSources.read(paths));
    }

    public Compilation compileSources(List<SourceFile> sources) {
        return validate(parse(sources));
    }

    /**
     * Checks the given files and directories as one workspace: the diagnostics of
     * {@link #compile}, and each workflow's figures if asked for. Unlike {@code compile}, it
     * does not keep the models (the report's compilation has none), so that a workspace of
     * any size is checked in bounded memory.
     */
    public CheckReport check(List<Path> paths, boolean withMetrics) throws WfaInputException {
        return checkSources(WfaSources.read(paths), withMetrics);
    }

    public CheckReport checkSources(List<SourceFile> sources, boolean withMetrics) {
        long chars = sources.stream().mapToLong(s -> s.text().length()).sum();
        if (chars <= wholeWorkspaceChars) {
            Compilation compilation = compileSources(sources);
            return new CheckReport(compilation.withoutModels(), withMetrics ? metrics(compilation) : List.of());
        }
        WfaClusteredCheck.Result result = clusteredCheck.check(sources, withMetrics, clusterChars);
        List<WfaDiagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(configurationProblems(sources));
        diagnostics.sort(WfaDiagnostic.ORDER);
        return new CheckReport(new Compilation(sources, List.of(), diagnostics), result.metrics());
    }

    /**
     * Sets the sizes (in source characters) up to which a check keeps the whole workspace, and
     * of its clusters beyond that; tests use small ones to check small workspaces in clusters.
     */
    public WfaCompiler withClusters(long wholeWorkspace, long cluster) {
        this.wholeWorkspaceChars = wholeWorkspace;
        this.clusterChars = cluster;
        return this;
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
        for (WfaParsing.Parsed parsed : parsing.parse(sources, true)) {
            resourceSet.getResources().add(parsed.resource());
            resources.add(parsed.resource());
            descriptions.add(parsed.exports());
            if (parsed.tooDeep()) {
                unreadable.add(WfaIssues.tooDeep(parsed.source()));
            }
        }
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(
                resourceSet, new ResourceDescriptionsData(descriptions));
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
        // Linking and the rules recurse through nested conditions as the parser does: on the
        // caller's stack a deeply nested file would end in a bare 'Error executing EValidator'.
        diagnostics.addAll(WfaWorkers.onDeepStack(() -> {
            List<WfaDiagnostic> found = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                for (Issue issue :
                        validator.validate(parsed.resources().get(i), CheckMode.ALL, CancelIndicator.NullImpl)) {
                    found.add(WfaIssues.toDiagnostic(sources.get(i), issue));
                }
            }
            return found;
        }));
        diagnostics.addAll(configurationProblems(sources));
        diagnostics.sort(WfaDiagnostic.ORDER);
        return new Compilation(sources, parsed.resources(), diagnostics);
    }

    /** Analyses every workflow of a linked workspace (the analysis is cached for validation). */
    public void analyze(Compilation linked) {
        linked.workflows().forEach(analyzer::analyze);
    }

    /** The figures of every workflow of a compilation, in file and source order. */
    public List<WorkflowMetrics> metrics(Compilation compilation) {
        return compilation.workflows().stream()
                .map(w -> WorkflowMetrics.of(analyzer.analyze(w)))
                .toList();
    }

    /** The configuration files ({@code wfa.yaml}) that apply to the given sources, sorted by path. */
    public List<Path> configurationFiles(List<SourceFile> sources) {
        TreeSet<Path> files = new TreeSet<>();
        for (SourceFile source : sources) {
            Path directory = source.path().toAbsolutePath().getParent();
            WfaSettings settings = directory == null ? WfaSettings.DEFAULT : settingsProvider.forDirectory(directory);
            if (settings.file() != null) {
                files.add(settings.file());
            }
        }
        return List.copyOf(files);
    }

    /** Mistakes in the workspace configuration files that apply to the sources, once per file. */
    private List<WfaDiagnostic> configurationProblems(List<SourceFile> sources) {
        Map<Path, WfaSettings> files = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            Path directory = source.path().toAbsolutePath().getParent();
            WfaSettings settings = directory == null ? WfaSettings.DEFAULT : settingsProvider.forDirectory(directory);
            if (settings.file() != null) {
                files.putIfAbsent(settings.file(), settings);
            }
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        List<WfaDiagnostic> problems = new ArrayList<>();
        files.forEach((file, settings) -> {
            String shown = file.startsWith(workingDirectory)
                    ? workingDirectory.relativize(file).toString()
                    : file.toString();
            for (WfaSettings.Problem problem : settings.problems()) {
                problems.add(new WfaDiagnostic(
                        shown,
                        problem.line(),
                        problem.column(),
                        0,
                        0,
                        WfaDiagnostic.Severity.ERROR,
                        problem.message(),
                        WfaIssueCodes.CONFIGURATION_ERROR,
                        false));
            }
        });
        return problems;
    }
}

package org.wfa.dsl.compiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
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
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Checks a workspace too large to hold in memory whole, a cluster of files at a time, as Xtext's
 * own builder does: every file is parsed once to index what it exports, and dropped; then each
 * cluster of neighbouring files is parsed again, linked against the index and validated, in a
 * resource set of its own that is dropped afterwards. A file that a cluster refers to (the
 * organisation model, a called workflow) is loaded into that cluster's resource set when a
 * reference to it is resolved, from the texts already in memory. Searches through chains of
 * calls go through a call graph that all clusters share ({@link WfaClusterCalls}), so that they
 * do not load every workflow on the way.
 * <p>
 * The memory a check needs is then that of the index and of one cluster per core, whatever the
 * size of the workspace; the price is parsing each file twice. The diagnostics are the same as
 * those of a check that keeps every model (a test compares the two on every example).
 */
class WfaClusteredCheck {

    record Result(List<WfaDiagnostic> diagnostics, List<WorkflowMetrics> metrics) {}

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private WfaParsing parsing;

    Result check(List<SourceFile> sources, boolean withMetrics, long clusterChars) {
        List<WfaParsing.Parsed> parsed = parsing.parse(sources, false);
        List<IResourceDescription> exports = new ArrayList<>(parsed.size());
        Map<URI, SourceFile> readable = new HashMap<>();
        List<SourceFile> files = new ArrayList<>(parsed.size());
        List<WfaDiagnostic> diagnostics = new ArrayList<>();
        for (WfaParsing.Parsed file : parsed) {
            exports.add(file.exports());
            SourceFile source = file.source();
            if (file.tooDeep()) {
                diagnostics.add(WfaIssues.tooDeep(source));
                source = WfaResources.emptied(source);
            }
            readable.put(WfaResources.uri(source), source);
            files.add(source);
        }
        ResourceDescriptionsData index = new ResourceDescriptionsData(exports);
        WfaClusterCalls calls = new WfaClusterCalls(readable.keySet(), () -> workspaceResourceSet(index, readable));
        List<List<Integer>> clusters = clusters(files, importOrder(parsed, index), clusterChars);
        Map<Integer, List<WorkflowMetrics>> metricsByFile = new TreeMap<>();
        for (ClusterResult part : WfaWorkers.map(
                clusters,
                WfaWorkers.count(clusters.size(), 1),
                cluster -> checkCluster(cluster, files, workspaceResourceSet(index, readable), calls, withMetrics))) {
            diagnostics.addAll(part.diagnostics());
            metricsByFile.putAll(part.metricsByFile());
        }
        List<WorkflowMetrics> metrics = new ArrayList<>();
        metricsByFile.values().forEach(metrics::addAll);
        return new Result(diagnostics, metrics);
    }

    /**
     * The files in an order that puts each file next to the files it imports by name: a
     * depth-first walk of the imports, each file after the files it imports. A cluster then
     * mostly holds the workflows its files call, instead of loading them on demand. The order
     * only decides which files share a cluster; the diagnostics are sorted afterwards.
     */
    private static List<Integer> importOrder(List<WfaParsing.Parsed> parsed, ResourceDescriptionsData index) {
        Map<URI, Integer> fileIndex = new HashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            fileIndex.put(WfaResources.uri(parsed.get(i).source()), i);
        }
        List<List<Integer>> imported = new ArrayList<>(parsed.size());
        for (WfaParsing.Parsed file : parsed) {
            List<Integer> targets = new ArrayList<>();
            for (String name : file.imports()) {
                for (IEObjectDescription exported : index.getExportedObjects(
                        EcorePackage.Literals.EOBJECT, QualifiedName.create(name.split("\\.")), false)) {
                    Integer target = fileIndex.get(exported.getEObjectURI().trimFragment());
                    if (target != null) {
                        targets.add(target);
                    }
                }
            }
            imported.add(targets);
        }
        // Iterative, so that a long chain of imports cannot overflow the stack.
        List<Integer> order = new ArrayList<>(parsed.size());
        boolean[] placed = new boolean[parsed.size()];
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        for (int root = 0; root < parsed.size(); root++) {
            if (placed[root]) {
                continue;
            }
            placed[root] = true;
            stack.push(new int[] {root, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> targets = imported.get(top[0]);
                if (top[1] < targets.size()) {
                    int next = targets.get(top[1]++);
                    if (!placed[next]) {
                        placed[next] = true;
                        stack.push(new int[] {next, 0});
                    }
                } else {
                    order.add(stack.pop()[0]);
                }
            }
        }
        return order;
    }

    /** Consecutive files of the order, of about the given size each. */
    private static List<List<Integer>> clusters(List<SourceFile> files, List<Integer> order, long clusterChars) {
        List<List<Integer>> clusters = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long chars = 0;
        for (int file : order) {
            current.add(file);
            chars += files.get(file).text().length();
            if (chars >= clusterChars) {
                clusters.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        return clusters;
    }

    /** A resource set that links through the workspace's index and loads its files from memory. */
    private XtextResourceSet workspaceResourceSet(ResourceDescriptionsData index, Map<URI, SourceFile> readable) {
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.setURIConverter(new WorkspaceTexts(readable));
        resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
        return resourceSet;
    }

    /** What one cluster found; the figures by the file's position in the workspace. */
    private record ClusterResult(List<WfaDiagnostic> diagnostics, Map<Integer, List<WorkflowMetrics>> metricsByFile) {}

    private ClusterResult checkCluster(
            List<Integer> cluster,
            List<SourceFile> files,
            XtextResourceSet resourceSet,
            WfaClusterCalls calls,
            boolean withMetrics) {
        calls.attachTo(resourceSet);
        List<XtextResource> resources = new ArrayList<>(cluster.size());
        for (int file : cluster) {
            resources.add(WfaResources.load(resourceSet, files.get(file)));
        }
        List<WfaDiagnostic> diagnostics = new ArrayList<>();
        Map<Integer, List<WorkflowMetrics>> metricsByFile = new HashMap<>();
        for (int i = 0; i < cluster.size(); i++) {
            XtextResource resource = resources.get(i);
            SourceFile source = files.get(cluster.get(i));
            for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
                diagnostics.add(WfaIssues.toDiagnostic(source, issue));
            }
            if (withMetrics
                    && !resource.getContents().isEmpty()
                    && resource.getContents().get(0) instanceof Model model) {
                List<WorkflowMetrics> metrics = new ArrayList<>();
                for (Workflow workflow : model.getWorkflows()) {
                    metrics.add(WorkflowMetrics.of(analyzer.analyze(workflow)));
                }
                metricsByFile.put(cluster.get(i), metrics);
            }
        }
        return new ClusterResult(diagnostics, metricsByFile);
    }

    /**
     * Serves the workspace's files from memory: a file loaded on demand is the text that was
     * indexed, even if it changed on disk since, and nothing outside the workspace is read.
     */
    private static final class WorkspaceTexts extends ExtensibleURIConverterImpl {

        private final Map<URI, SourceFile> files;

        WorkspaceTexts(Map<URI, SourceFile> files) {
            this.files = files;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            SourceFile file = files.get(uri);
            if (file == null) {
                throw new IOException("'" + uri + "' is not a file of the checked workspace");
            }
            return new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8));
        }
    }
}

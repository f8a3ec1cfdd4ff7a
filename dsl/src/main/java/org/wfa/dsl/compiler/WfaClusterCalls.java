package org.wfa.dsl.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.wfa.dsl.analysis.WfaWorkspaceCalls;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.WfaPackage;
import org.wfa.dsl.wfa.Workflow;

/**
 * The call graph of a workspace checked a cluster of files at a time, shared by every cluster:
 * each file's calls are read once for the whole check, from the cluster that holds the file or
 * else from a parse of its own that is dropped at once. A call is linked through the index
 * without loading the workflow it calls, so following a long chain of calls never loads it.
 */
final class WfaClusterCalls {

    private record Calls(String name, List<URI> awaited) {}

    private final Map<URI, Calls> byWorkflow = new ConcurrentHashMap<>();

    private final Set<URI> filesRead = ConcurrentHashMap.newKeySet();

    private final Set<URI> workspace;

    private final Supplier<? extends ResourceSet> scratch;

    /**
     * @param workspace the URIs of the workspace's files
     * @param scratch   a new resource set that reads the workspace's files and links through its index
     */
    WfaClusterCalls(Set<URI> workspace, Supplier<? extends ResourceSet> scratch) {
        this.workspace = workspace;
        this.scratch = scratch;
    }

    /** What a cluster's validation asks about calls, read from the cluster's own files where it has them. */
    WfaWorkspaceCalls attachTo(ResourceSet cluster) {
        WfaWorkspaceCalls view = new ClusterView(cluster);
        cluster.eAdapters().add(view);
        return view;
    }

    private Calls calls(URI workflow, ResourceSet cluster) {
        URI file = workflow.trimFragment();
        if (!filesRead.contains(file) && workspace.contains(file)) {
            Resource resource = cluster.getResource(file, false);
            read(resource != null ? resource : scratch.get().getResource(file, true));
            filesRead.add(file);
        }
        return byWorkflow.get(workflow);
    }

    private void read(Resource resource) {
        for (EObject root : resource.getContents()) {
            if (root instanceof Model model) {
                for (Workflow workflow : model.getWorkflows()) {
                    List<URI> awaited = new ArrayList<>();
                    for (Node node : workflow.getNodes()) {
                        URI target = switch (StepKind.of(node)) {
                            case CALL -> linked(node, WfaPackage.Literals.CALL__CALLED);
                            case WAIT -> linked(node, WfaPackage.Literals.WAIT__WORKFLOW);
                            case STAGE, DECISION, APPROVAL, FORK, JOIN, END -> null;
                        };
                        if (target != null) {
                            awaited.add(target);
                        }
                    }
                    byWorkflow.put(EcoreUtil.getURI(workflow), new Calls(workflow.getName(), List.copyOf(awaited)));
                }
            }
        }
    }

    /** Where a reference leads, linked through the index if it is not yet; null if it does not resolve. */
    private static URI linked(EObject owner, EReference reference) {
        if (!(owner.eGet(reference, false) instanceof InternalEObject target)) {
            return null;
        }
        if (target.eIsProxy()
                && owner.eResource() instanceof LazyLinkingResource resource
                && resource.getEncoder()
                        .isCrossLinkFragment(resource, target.eProxyURI().fragment())) {
            // Links as validation would (and records the same error if the name is unknown), but
            // returns the index's entry instead of loading the file it is in.
            EObject entry = resource.getEObject(target.eProxyURI().fragment());
            return entry == null ? null : EcoreUtil.getURI(entry);
        }
        return EcoreUtil.getURI(target);
    }

    private final class ClusterView extends AdapterImpl implements WfaWorkspaceCalls {

        private final ResourceSet cluster;

        ClusterView(ResourceSet cluster) {
            this.cluster = cluster;
        }

        @Override
        public List<URI> awaited(URI workflow) {
            Calls calls = calls(workflow, cluster);
            return calls == null ? List.of() : calls.awaited();
        }

        @Override
        public String name(URI workflow) {
            Calls calls = calls(workflow, cluster);
            return calls == null ? workflow.fragment() : calls.name();
        }
    }
}

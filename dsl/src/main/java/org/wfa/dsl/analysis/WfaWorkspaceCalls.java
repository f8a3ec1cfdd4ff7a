package org.wfa.dsl.analysis;

import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Which workflows each workflow calls or waits for, by URI, in a workspace whose files are not
 * all in memory: a check that works a cluster of files at a time attaches it to each cluster's
 * resource set, so that a search through the calls reads each file once for the whole check
 * instead of loading every workflow it passes through.
 */
public interface WfaWorkspaceCalls extends Adapter {

    /** The workflows the workflow calls or waits for, in source order; unresolved ones left out. */
    List<URI> awaited(URI workflow);

    /** The workflow's name, once {@link #awaited} has been asked about it. */
    String name(URI workflow);

    /** The call graph attached to the resource set, or null when its workspace is all in memory. */
    static WfaWorkspaceCalls of(ResourceSet resourceSet) {
        if (resourceSet == null) {
            return null;
        }
        for (Adapter adapter : resourceSet.eAdapters()) {
            if (adapter instanceof WfaWorkspaceCalls calls) {
                return calls;
            }
        }
        return null;
    }
}

package org.wfa.dsl.semantics;

import java.util.List;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.wfa.dsl.analysis.WfaAnalyzer;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The soundness of a workflow (docs/semantics.md), checked once per workflow and kept until its
 * resource changes, like the analysis it is built from.
 */
@Singleton
public class WfaSoundness {

    @Inject
    private WfaAnalyzer analyzer;

    @Inject
    private IResourceScopeCache cache;

    public Soundness check(Workflow workflow) {
        if (workflow.eResource() == null) {
            return compute(workflow);
        }
        return cache.get(List.of(WfaSoundness.class, workflow), workflow.eResource(), () -> compute(workflow));
    }

    /** The workflow's token model, for the engine tests and the simulator. */
    public WorkflowNet net(Workflow workflow) {
        return WorkflowNet.of(analyzer.analyze(workflow));
    }

    private Soundness compute(Workflow workflow) {
        return SoundnessChecker.check(net(workflow));
    }
}

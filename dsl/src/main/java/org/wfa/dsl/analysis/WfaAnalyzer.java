package org.wfa.dsl.analysis;

import java.util.List;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Gives the rules the analysis of a workflow, computed once per workflow and kept until its
 * resource changes: every check reads the same analysis, none recomputes it.
 */
@Singleton
public class WfaAnalyzer {

    @Inject
    private IResourceScopeCache cache;

    public WorkflowAnalysis analyze(Workflow workflow) {
        if (workflow.eResource() == null) {
            return new WorkflowAnalysis(workflow);
        }
        return cache.get(
                List.of(WfaAnalyzer.class, workflow), workflow.eResource(), () -> new WorkflowAnalysis(workflow));
    }
}

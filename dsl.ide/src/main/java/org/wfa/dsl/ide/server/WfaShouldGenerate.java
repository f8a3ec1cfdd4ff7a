package org.wfa.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server generates nothing when it builds: generation is {@code wfa build}'s job,
 * and the editor's commands call it. Xtext's default decides by validating every built file a
 * second time, which cost about a tenth of the time from an edit to its diagnostics.
 */
public class WfaShouldGenerate implements IShouldGenerate {

    @Override
    public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
        return false;
    }
}

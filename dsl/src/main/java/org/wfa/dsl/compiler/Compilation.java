package org.wfa.dsl.compiler;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

/**
 * The result of compiling a workspace: its files, their parsed and linked models, and the
 * diagnostics in file and position order.
 */
public record Compilation(List<SourceFile> sources, List<XtextResource> resources, List<WfaDiagnostic> diagnostics) {

    public long count(WfaDiagnostic.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(WfaDiagnostic.Severity.ERROR) > 0;
    }
}

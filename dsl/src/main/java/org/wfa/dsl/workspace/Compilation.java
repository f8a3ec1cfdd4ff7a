package org.wfa.dsl.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Workflow;

/**
 * The result of compiling a workspace: its files, their parsed and linked models (none after a
 * check, which does not keep them), and the diagnostics in file and position order.
 */
public record Compilation(List<SourceFile> sources, List<XtextResource> resources, List<WfaDiagnostic> diagnostics) {

    /** The same files and diagnostics without the models, which can then be freed. */
    public Compilation withoutModels() {
        return new Compilation(sources, List.of(), diagnostics);
    }

    /** How many findings of a severity, not counting accepted ones. */
    public long count(WfaDiagnostic.Severity severity) {
        return diagnostics.stream()
                .filter(d -> d.severity() == severity && !d.accepted())
                .count();
    }

    public long countAccepted() {
        return diagnostics.stream().filter(WfaDiagnostic::accepted).count();
    }

    /** Whether a finding (not an accepted one) of the given severity or a worse one exists. */
    public boolean hasFindingsAtLeast(WfaDiagnostic.Severity threshold) {
        // Severities are declared from the worst down.
        return diagnostics.stream().anyMatch(d -> !d.accepted() && d.severity().compareTo(threshold) <= 0);
    }

    public boolean hasErrors() {
        return count(WfaDiagnostic.Severity.ERROR) > 0;
    }

    /** The workflows of the workspace, in file order, then source order. */
    public List<Workflow> workflows() {
        List<Workflow> workflows = new ArrayList<>();
        for (XtextResource resource : resources) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
                workflows.addAll(model.getWorkflows());
            }
        }
        return workflows;
    }
}

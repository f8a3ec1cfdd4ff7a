package org.wfa.dsl.compiler;

import java.util.List;

import org.wfa.dsl.analysis.WorkflowMetrics;
import org.wfa.dsl.workspace.Compilation;

/**
 * What a check found: the compilation's diagnostics (it keeps no models), and the figures of
 * every workflow in file and source order when they were asked for.
 */
public record CheckReport(Compilation compilation, List<WorkflowMetrics> metrics) {}

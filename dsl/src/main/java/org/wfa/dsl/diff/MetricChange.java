package org.wfa.dsl.diff;

/**
 * A figure of a workflow ({@code WorkflowMetrics}) that differs between the two sides.
 *
 * @param metric what is measured, as people say it ("cross-team hand-offs", "critical path")
 * @param before the old figure, as shown ("3", "4d")
 * @param after  the new figure, as shown ("5", "6d (SLA 5d)")
 */
public record MetricChange(String metric, String before, String after) {}

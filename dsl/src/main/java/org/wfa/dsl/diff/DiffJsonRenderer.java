package org.wfa.dsl.diff;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON form of a diff (schema "wfa-diff/1", documented in docs/diff.md). Members are always
 * written in the same order; absent values are left out rather than written as null.
 */
public final class DiffJsonRenderer {

    public static final String SCHEMA = "wfa-diff/1";

    private DiffJsonRenderer() {}

    public static String render(WorkspaceDiff diff) {
        JsonObject root = new JsonObject();
        root.addProperty("schema", SCHEMA);
        root.addProperty("empty", diff.isEmpty());
        JsonObject summary = new JsonObject();
        summary.addProperty("workflowsChanged", count(diff, "changed"));
        summary.addProperty("workflowsAdded", count(diff, "added"));
        summary.addProperty("workflowsRemoved", count(diff, "removed"));
        summary.addProperty("organisationChanges", diff.organisation().size());
        summary.addProperty("findingsIntroduced", DiffSentences.findings(diff, "introduced"));
        summary.addProperty("findingsResolved", DiffSentences.findings(diff, "resolved"));
        root.add("summary", summary);
        JsonArray workflows = new JsonArray();
        for (WorkflowDiff w : diff.workflows()) {
            JsonObject item = new JsonObject();
            item.addProperty("name", w.name());
            item.addProperty("status", w.status());
            item.add("changes", changes(w.changes()));
            item.add("findings", findings(w.findings()));
            JsonArray metrics = new JsonArray();
            for (MetricChange m : w.metrics()) {
                JsonObject metric = new JsonObject();
                metric.addProperty("metric", m.metric());
                metric.addProperty("before", m.before());
                metric.addProperty("after", m.after());
                metrics.add(metric);
            }
            item.add("metrics", metrics);
            workflows.add(item);
        }
        root.add("workflows", workflows);
        root.add("organisation", changes(diff.organisation()));
        root.add("findings", findings(diff.findings()));
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root) + "\n";
    }

    private static long count(WorkspaceDiff diff, String status) {
        return diff.workflows().stream().filter(w -> w.status().equals(status)).count();
    }

    private static JsonArray changes(List<Change> changes) {
        JsonArray array = new JsonArray();
        for (Change c : changes) {
            JsonObject item = new JsonObject();
            item.addProperty("subject", c.subject());
            item.addProperty("action", c.action());
            item.addProperty("element", c.element());
            if (c.property() != null) {
                item.addProperty("property", c.property());
            }
            if (c.before() != null) {
                item.addProperty("before", c.before());
            }
            if (c.after() != null) {
                item.addProperty("after", c.after());
            }
            array.add(item);
        }
        return array;
    }

    private static JsonArray findings(List<FindingChange> findings) {
        JsonArray array = new JsonArray();
        for (FindingChange f : findings) {
            JsonObject item = new JsonObject();
            item.addProperty("action", f.action());
            item.addProperty("severity", f.severity());
            item.addProperty("code", f.code());
            item.addProperty("message", f.message());
            if (f.element() != null) {
                item.addProperty("element", f.element());
            }
            item.addProperty("location", f.location());
            array.add(item);
        }
        return array;
    }
}

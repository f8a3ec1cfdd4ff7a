package org.wfa.dsl.diff;

/**
 * One semantic change.
 *
 * @param subject  what kind of thing changed: a step kind ("stage", "decision", ...), "workflow",
 *                 "flow", or an organisation kind ("team", "role", "person", "system", "agent", "artifact")
 * @param action   "added", "removed", "renamed" or "changed"
 * @param element  the element's name (qualified for workflows and the organisation; a flow is "a -> b")
 * @param property for "changed": what changed ("accountable", "sla", "outcome", ...); null otherwise
 * @param before   the old value (the old name of a renamed element); null when there was none
 * @param after    the new value (the new name of a renamed element); null when there is none
 */
public record Change(String subject, String action, String element, String property, String before, String after) {

    public static Change added(String subject, String element) {
        return new Change(subject, "added", element, null, null, null);
    }

    public static Change removed(String subject, String element) {
        return new Change(subject, "removed", element, null, null, null);
    }

    public static Change renamed(String subject, String from, String to) {
        return new Change(subject, "renamed", to, null, from, to);
    }

    public static Change changed(String subject, String element, String property, String before, String after) {
        return new Change(subject, "changed", element, property, before, after);
    }
}

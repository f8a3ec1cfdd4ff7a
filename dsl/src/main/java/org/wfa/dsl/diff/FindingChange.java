package org.wfa.dsl.diff;

/**
 * A validator finding that the change introduces or resolves. Findings are matched by rule
 * code, message and element, never by line: moving text around introduces nothing.
 *
 * @param action   "introduced" or "resolved"
 * @param severity "error", "warning" or "info"
 * @param element  the named element the finding is about ("stage 'review'"), or null for a whole file
 * @param location {@code file:line} on the side where the finding is (new side when introduced, old when resolved)
 */
public record FindingChange(
        String action, String severity, String code, String message, String element, String location) {}

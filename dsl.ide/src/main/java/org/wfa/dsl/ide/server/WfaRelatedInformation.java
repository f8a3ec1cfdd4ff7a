package org.wfa.dsl.ide.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.rules.WfaIssueData;

/**
 * An issue's related locations ({@link WfaIssueData#related()}, the steps of a soundness
 * counterexample) as an LSP diagnostic's related information: the editor lists them under the
 * finding and jumps to each step. They lie in the issue's own document.
 */
final class WfaRelatedInformation {

    private WfaRelatedInformation() {}

    /** Whether the client declared that it shows related information (LSP: textDocument.publishDiagnostics.relatedInformation). */
    static boolean supportedBy(ClientCapabilities capabilities) {
        if (capabilities == null || capabilities.getTextDocument() == null) {
            return false;
        }
        PublishDiagnosticsCapabilities diagnostics =
                capabilities.getTextDocument().getPublishDiagnostics();
        return diagnostics != null && Boolean.TRUE.equals(diagnostics.getRelatedInformation());
    }

    /** The issue's related information; empty when it has none. */
    static Optional<List<DiagnosticRelatedInformation>> of(Issue issue, UriExtensions uris) {
        List<WfaIssueData.Related> related =
                WfaIssueData.decode(issue.getData()).related();
        URI document = issue.getUriToProblem();
        if (related.isEmpty() || document == null) {
            return Optional.empty();
        }
        String uri = uris.toUriString(document.trimFragment());
        return Optional.of(related.stream()
                .map(location ->
                        new DiagnosticRelatedInformation(new Location(uri, range(location)), location.message()))
                .toList());
    }

    /** LSP counts lines and characters from 0, the issue data from 1. */
    private static Range range(WfaIssueData.Related location) {
        return new Range(
                new Position(location.line() - 1, location.column() - 1),
                new Position(location.endLine() - 1, location.endColumn() - 1));
    }
}

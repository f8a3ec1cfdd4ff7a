package org.wfa.dsl.ide.server;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.ide.rules.WfaRuleDocs;

import com.google.inject.Inject;

/**
 * Xtext's language server with WFA adjustments that only the server (not a language service)
 * can make: every capability is announced statically, whatever the client says it supports;
 * every diagnostic links to its rule's section of the rules reference; and a finding explained
 * by related locations (a soundness counterexample) carries them as related information, for
 * clients that declare they show it.
 */
public class WfaLanguageServer extends LanguageServerImpl {

    @Inject
    private UriExtensions uriExtensions;

    /** Whether the client said it shows a diagnostic's related information (LSP sends it only then). */
    private volatile boolean relatedInformation;

    /**
     * Xtext announces folding only to clients that declare folding support; clients that register
     * capabilities lazily then never ask. WFA's capabilities do not depend on the client.
     */
    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        relatedInformation = WfaRelatedInformation.supportedBy(params.getCapabilities());
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setFoldingRangeProvider(true);
        return capabilities;
    }

    /**
     * A client that opens a single file may send no workspace root; Xtext then failed the whole
     * 'initialize'. The workspace is then the directory the server was started in.
     */
    @Override
    protected URI getBaseDir(InitializeParams params) {
        URI base = super.getBaseDir(params);
        return base != null ? base : URI.createFileURI(Path.of("").toAbsolutePath() + "/");
    }

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        if (diagnostic.getCode() == null && issue.getCode() != null) {
            diagnostic.setCode(Either.forLeft(issue.getCode()));
        }
        WfaRuleDocs.forCode(issue.getCode())
                .ifPresent(rule -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(rule.url())));
        if (relatedInformation) {
            WfaRelatedInformation.of(issue, uriExtensions).ifPresent(diagnostic::setRelatedInformation);
        }
        return diagnostic;
    }
}

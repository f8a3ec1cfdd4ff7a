package org.wfa.dsl.ide.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.wfa.dsl.config.WfaSettingsProvider;
import org.wfa.dsl.workspace.WfaSources;

import com.google.inject.Inject;

/**
 * Xtext's workspace manager, keeping every document as a {@link WfaDocument}, so that positions
 * out of range are read as LSP says instead of failing the request. Xtext makes documents in two
 * places: when a file is opened or changed (they go into the map of open documents) and for a
 * file that is not open.
 *
 * <p>It also brings the workspace configuration ({@code wfa.yaml}) into the editor, which Xtext
 * knows nothing of: the configuration's mistakes are published as diagnostics of the
 * configuration file ({@link WfaConfigurationDiagnostics}), and a change of a configuration file
 * (the client watches {@code wfa.yaml} too) builds the .wfa files below it again, so that their
 * findings follow the new severities and thresholds.
 */
public class WfaWorkspaceManager extends WorkspaceManager {

    @Inject
    private IResourceServiceProvider.Registry languages;

    private WfaConfigurationDiagnostics configuration;

    @Override
    protected Map<URI, Document> createOpenDocuments() {
        return new HashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Document put(URI uri, Document document) {
                return super.put(uri, WfaDocument.of(document));
            }
        };
    }

    @Override
    protected Document getDocument(XtextResource resource) {
        return WfaDocument.of(super.getDocument(resource));
    }

    /** Every build publishes a validated file's issues through the acceptor: its configuration's follow. */
    @Override
    public void initialize(
            List<WorkspaceFolder> workspaceFolders,
            Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
            CancelIndicator cancelIndicator) {
        configuration = new WfaConfigurationDiagnostics(this::settingsProvider, issueAcceptor);
        super.initialize(
                workspaceFolders,
                (uri, issues) -> {
                    issueAcceptor.apply(uri, issues);
                    configuration.validated(uri);
                },
                cancelIndicator);
    }

    /**
     * A configuration file is no resource of the language, so Xtext's build would skip it; the
     * .wfa files below its directory (all of them: a nearer configuration may shadow it for some,
     * which costs a build, not a wrong result) are built instead.
     */
    @Override
    public Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
        List<Path> changed = Stream.concat(dirtyFiles.stream(), deletedFiles.stream())
                .filter(WfaWorkspaceManager::isConfiguration)
                .map(WfaWorkspaceManager::path)
                .toList();
        if (changed.isEmpty()) {
            return super.didChangeFiles(dirtyFiles, deletedFiles);
        }
        List<URI> deleted =
                deletedFiles.stream().filter(uri -> !isConfiguration(uri)).toList();
        Set<URI> dirty = new LinkedHashSet<>();
        dirtyFiles.stream().filter(uri -> !isConfiguration(uri)).forEach(dirty::add);
        for (IResourceDescription description : getIndex().getAllResourceDescriptions()) {
            URI uri = description.getURI();
            if (uri.isFile()
                    && !deleted.contains(uri)
                    && changed.stream().anyMatch(file -> path(uri).startsWith(file.getParent()))) {
                dirty.add(uri);
            }
        }
        configuration.changed(changed);
        Buildable build = super.didChangeFiles(List.copyOf(dirty), deleted);
        return cancelIndicator -> {
            List<IResourceDescription.Delta> deltas = build.build(cancelIndicator);
            configuration.built(changed);
            return deltas;
        };
    }

    private static boolean isConfiguration(URI uri) {
        return uri.isFile() && WfaSettingsProvider.FILE_NAME.equals(uri.lastSegment());
    }

    private static Path path(URI uri) {
        return Path.of(uri.toFileString()).toAbsolutePath();
    }

    /** The language's settings provider, the one its validators read (the server has an injector of its own). */
    private WfaSettingsProvider settingsProvider() {
        Object language = languages.getExtensionToFactoryMap().get(WfaSources.EXTENSION.substring(1));
        return language instanceof IResourceServiceProvider provider ? provider.get(WfaSettingsProvider.class) : null;
    }
}

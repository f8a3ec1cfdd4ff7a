package org.wfa.dsl.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.wfa.dsl.wfa.Import;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.workspace.SourceFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses files and describes what each exports, on all cores: parsing is most of the work and
 * files parse independently. Each worker loads into a resource set of its own (EMF resource
 * sets are not thread-safe). The exported names are copied out of each file so that the shared
 * index is one hashed table, built without touching the files again.
 */
class WfaParsing {

    /** Below this many files per core, starting threads costs more than it saves. */
    private static final int FILES_PER_WORKER = 16;

    /**
     * One parsed file. Its resource is null when the models are not kept; its exports then hold
     * names and URIs only, and its imports are kept instead (to put files that refer to each
     * other into the same cluster).
     */
    record Parsed(
            SourceFile source,
            XtextResource resource,
            IResourceDescription exports,
            boolean tooDeep,
            List<String> imports) {}

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceServiceProvider.Registry services;

    /** The files in source order; each worker's resources are in a resource set of its own. */
    List<Parsed> parse(List<SourceFile> sources, boolean keepModels) {
        int workers = WfaWorkers.count(sources.size(), FILES_PER_WORKER);
        int chunk = (sources.size() + workers - 1) / workers;
        List<List<SourceFile>> shares = new ArrayList<>();
        for (int from = 0; from < sources.size(); from += chunk) {
            shares.add(sources.subList(from, Math.min(sources.size(), from + chunk)));
        }
        List<Parsed> parsed = new ArrayList<>(sources.size());
        WfaWorkers.map(shares, workers, share -> parseShare(share, keepModels)).forEach(parsed::addAll);
        return parsed;
    }

    /** The names the file imports one by one (not whole packages): the files it most likely refers to. */
    private static List<String> imports(XtextResource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            return List.of();
        }
        return model.getImports().stream()
                .map(Import::getImportedNamespace)
                .filter(name -> name != null && !name.endsWith(".*"))
                .toList();
    }

    private List<Parsed> parseShare(List<SourceFile> sources, boolean keepModels) {
        XtextResourceSet resourceSet = resourceSets.get();
        List<Parsed> parsed = new ArrayList<>(sources.size());
        for (SourceFile source : sources) {
            XtextResource resource = WfaResources.load(resourceSet, source);
            boolean tooDeep = resource == null;
            if (tooDeep) {
                // Too deeply nested even for the parser's deep stack: an empty model stands in, and
                // the file gets one clear error instead of a crash.
                resource = WfaResources.load(resourceSet, WfaResources.emptied(source));
            }
            IResourceDescription description = services.getResourceServiceProvider(resource.getURI())
                    .getResourceDescriptionManager()
                    .getResourceDescription(resource);
            if (keepModels) {
                parsed.add(new Parsed(source, resource, WfaExports.of(description), tooDeep, List.of()));
            } else {
                parsed.add(new Parsed(source, null, WfaExports.detached(description), tooDeep, imports(resource)));
                // Dropped without unloading: nothing refers to it any more, and unloading would
                // turn every object into a proxy only for the garbage collector to free it.
                resourceSet.getResources().remove(resource);
            }
        }
        return parsed;
    }
}

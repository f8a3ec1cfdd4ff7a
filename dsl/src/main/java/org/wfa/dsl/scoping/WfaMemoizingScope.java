package org.wfa.dsl.scoping;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Remembers what each name resolved to. A file names the same few roles, teams and systems in
 * hundreds of clauses; without this each occurrence went through the import normalisers, the
 * global index and the kind filter again, the largest part of linking a large workflow.
 * <p>
 * It lives in the resource's scope cache, so it is dropped when the file changes; a file whose
 * imported names change elsewhere is re-linked from a fresh resource by the builder.
 */
final class WfaMemoizingScope implements IScope {

    private final IScope delegate;

    /** Linking runs in the builder, reads may resolve proxies in parallel: a concurrent map. */
    private final Map<QualifiedName, Optional<IEObjectDescription>> resolved = new ConcurrentHashMap<>();

    WfaMemoizingScope(IScope delegate) {
        this.delegate = delegate;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        return resolved.computeIfAbsent(name, n -> Optional.ofNullable(delegate.getSingleElement(n)))
                .orElse(null);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return delegate.getElements(name);
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        return delegate.getSingleElement(object);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        return delegate.getElements(object);
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        return delegate.getAllElements();
    }
}

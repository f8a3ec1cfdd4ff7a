package org.wfa.dsl.compiler;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

/**
 * What one file exports, computed once and kept apart from the file's later changes. Unlike a
 * full resource description it has no outgoing references: computing those means linking the
 * file, which must wait until every file's exports are in the index.
 */
final class WfaExports extends AbstractResourceDescription {

    private final URI uri;
    private final List<IEObjectDescription> exported;

    private WfaExports(URI uri, List<IEObjectDescription> exported) {
        this.uri = uri;
        this.exported = exported;
    }

    static WfaExports of(IResourceDescription description) {
        return new WfaExports(description.getURI(), List.copyOf((java.util.Collection<IEObjectDescription>)
                com.google.common.collect.Lists.newArrayList(description.getExportedObjects())));
    }

    @Override
    protected List<IEObjectDescription> computeExportedObjects() {
        return exported;
    }

    @Override
    public Iterable<QualifiedName> getImportedNames() {
        return List.of();
    }

    @Override
    public Iterable<IReferenceDescription> getReferenceDescriptions() {
        return List.of();
    }

    @Override
    public URI getURI() {
        return uri;
    }
}

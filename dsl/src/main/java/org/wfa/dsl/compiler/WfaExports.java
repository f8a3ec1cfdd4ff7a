package org.wfa.dsl.compiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;

import com.google.common.collect.Lists;

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
        return new WfaExports(description.getURI(), List.copyOf((Collection<IEObjectDescription>)
                Lists.newArrayList(description.getExportedObjects())));
    }

    /**
     * The exports without the objects themselves: names, types and URIs only, so that the file's
     * model can be dropped while the index lives on. Resolving one loads the file again.
     */
    static WfaExports detached(IResourceDescription description) {
        List<IEObjectDescription> exported = new ArrayList<>();
        for (IEObjectDescription object : description.getExportedObjects()) {
            SerializableEObjectDescription copy = new SerializableEObjectDescription();
            copy.setEObjectURI(object.getEObjectURI());
            copy.setEClass(object.getEClass());
            copy.setQualifiedName(object.getQualifiedName());
            HashMap<String, String> userData = new HashMap<>();
            for (String key : object.getUserDataKeys()) {
                userData.put(key, object.getUserData(key));
            }
            copy.setUserData(userData);
            exported.add(copy);
        }
        return new WfaExports(description.getURI(), List.copyOf(exported));
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

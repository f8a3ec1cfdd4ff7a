package org.wfa.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.wfa.dsl.wfa.Model;

/**
 * Imports and the file's own package: as in Java, everything declared in the same package
 * is visible by its short name, whichever file of the package declares it.
 */
public class WfaImportedNamespaceAwareLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        List<ImportNormalizer> resolvers =
                new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
        if (context instanceof Model model && model.getName() != null) {
            resolvers.add(0, createImportedNamespaceResolver(model.getName() + ".*", ignoreCase));
        }
        return resolvers;
    }
}

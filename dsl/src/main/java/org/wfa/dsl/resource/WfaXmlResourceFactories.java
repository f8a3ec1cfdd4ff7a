package org.wfa.dsl.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The EMF factories for {@code .ecore} and {@code .xmi} that WFA registers, with a parser that
 * refuses document type declarations. EMF's own parser resolves external entities and DTDs, so a
 * crafted file could read local files or reach the network (XXE). WFA reads no XML from its users
 * today; this keeps it so should a resource set ever be asked to load one.
 */
public final class WfaXmlResourceFactories {

    /** SAX features for EMF's {@link XMLResource#OPTION_PARSER_FEATURES}. */
    static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private WfaXmlResourceFactories() {}

    public static Resource.Factory ecore() {
        return new EcoreResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                return harden(super.createResource(uri));
            }
        };
    }

    public static Resource.Factory xmi() {
        return new XMIResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                return harden(super.createResource(uri));
            }
        };
    }

    private static Resource harden(Resource resource) {
        if (resource instanceof XMLResource xml) {
            xml.getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        }
        return resource;
    }
}

package org.wfa.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.wfa.dsl.resource.WfaXmlResourceFactories;

import com.google.inject.Injector;

/**
 * Registers the WFA language for use outside Eclipse (CLI, language server, tests).
 */
public class WfaStandaloneSetup extends WfaStandaloneSetupGenerated {

    public static void doSetup() {
        new WfaStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    /**
     * Registers what reading the grammar and the models needs, without the injector that the
     * generated setup creates for the Terminals grammar: nothing here uses it, and building it
     * cost about a tenth of a cold {@code wfa check} (docs/performance.md).
     */
    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        Resource.Factory.Registry factories = Resource.Factory.Registry.INSTANCE;
        // Replaces EMF's plain factories too: theirs resolve external entities (docs/reliability.md).
        factories.getExtensionToFactoryMap().put("ecore", WfaXmlResourceFactories.ecore());
        factories.getExtensionToFactoryMap().put("xmi", WfaXmlResourceFactories.xmi());
        factories.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
        EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
        Injector injector = createInjector();
        register(injector);
        return injector;
    }
}

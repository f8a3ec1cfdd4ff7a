package org.wfa.dsl.compiler;

import org.wfa.dsl.WfaStandaloneSetup;

import com.google.inject.Injector;

/**
 * The language's injector for use outside a language server, created once per process
 * (creating it registers the language with EMF and costs most of a cold start).
 */
public final class WfaStandalone {

    private static volatile Injector injector;

    private WfaStandalone() {}

    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (WfaStandalone.class) {
                result = injector;
                if (result == null) {
                    result = new WfaStandaloneSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }
}

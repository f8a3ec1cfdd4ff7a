package org.wfa.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.wfa.dsl.WfaRuntimeModule;
import org.wfa.dsl.WfaStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class WfaIdeSetup extends WfaStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new WfaRuntimeModule(), new WfaIdeModule()));
    }
}

package org.wfa.dsl;

/**
 * Registers the WFA language for use outside Eclipse (CLI, language server, tests).
 */
public class WfaStandaloneSetup extends WfaStandaloneSetupGenerated {

    public static void doSetup() {
        new WfaStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}

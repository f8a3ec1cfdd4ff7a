package org.wfa.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class WfaIdeModule extends AbstractWfaIdeModule {
}

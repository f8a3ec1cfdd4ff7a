package org.wfa.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.wfa.dsl.conversion.WfaValueConverters;
import org.wfa.dsl.formatting2.WfaFormatter;
import org.wfa.dsl.linking.WfaLinkingDiagnosticMessageProvider;
import org.wfa.dsl.parser.WfaSyntaxErrorMessageProvider;

/**
 * Guice bindings of the WFA language runtime.
 */
public class WfaRuntimeModule extends AbstractWfaRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return WfaValueConverters.class;
    }

    public Class<? extends IFormatter2> bindIFormatter2() {
        return WfaFormatter.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return WfaSyntaxErrorMessageProvider.class;
    }

    public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
        return WfaLinkingDiagnosticMessageProvider.class;
    }
}

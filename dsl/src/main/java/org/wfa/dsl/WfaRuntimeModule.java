package org.wfa.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.wfa.dsl.conversion.WfaValueConverters;
import org.wfa.dsl.formatting2.WfaFormatter;
import org.wfa.dsl.linking.WfaLinkingDiagnosticMessageProvider;
import org.wfa.dsl.parser.WfaSyntaxErrorMessageProvider;
import org.wfa.dsl.resource.WfaEObjectAtOffsetHelper;
import org.wfa.dsl.resource.WfaFragmentProvider;
import org.wfa.dsl.resource.WfaResource;
import org.wfa.dsl.scoping.WfaImportedNamespaceAwareLocalScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

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

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class)
                .annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(WfaImportedNamespaceAwareLocalScopeProvider.class);
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return WfaSyntaxErrorMessageProvider.class;
    }

    public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
        return WfaLinkingDiagnosticMessageProvider.class;
    }

    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return WfaResource.class;
    }

    public Class<? extends EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
        return WfaEObjectAtOffsetHelper.class;
    }

    public Class<? extends IFragmentProvider> bindIFragmentProvider() {
        return WfaFragmentProvider.class;
    }

    /**
     * EMF's generic constraints (multiplicities, proxies that resolve) are already enforced by
     * the grammar and reported by linking; checking them again cost a fifth of validation.
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bind(Boolean.class)
                .annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
                .toInstance(false);
    }
}

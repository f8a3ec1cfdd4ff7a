package org.wfa.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.wfa.dsl.ide.hover.WfaHoverDocumentation;
import org.wfa.dsl.ide.quickfix.WfaQuickfixProvider;
import org.wfa.dsl.ide.server.WfaDiagramExtension;

/**
 * Guice bindings of the WFA language-server services.
 */
public class WfaIdeModule extends AbstractWfaIdeModule {

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return QuickFixCodeActionService.class;
    }

    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return WfaQuickfixProvider.class;
    }

    /** The live preview's {@code wfa/diagram} request; Xtext's language server looks this binding up. */
    public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
        return WfaDiagramExtension.class;
    }

    /** Hovers show an element's kind, name, title and description, not only a comment above it. */
    public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
        return WfaHoverDocumentation.class;
    }
}

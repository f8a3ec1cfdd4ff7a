package org.wfa.dsl.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.wfa.dsl.ide.hover.WfaHoverService;
import org.wfa.dsl.ide.quickfix.WfaQuickfixProvider;

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

    public Class<? extends IHoverService> bindIHoverService() {
        return WfaHoverService.class;
    }
}

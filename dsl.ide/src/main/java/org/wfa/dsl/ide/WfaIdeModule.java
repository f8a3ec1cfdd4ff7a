package org.wfa.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.occurrences.ITextRegionTransformer;
import org.eclipse.xtext.parser.IParser;
import org.wfa.dsl.ide.contentassist.WfaContentAssistService;
import org.wfa.dsl.ide.contentassist.WfaIdeContentProposalProvider;
import org.wfa.dsl.ide.formatting.WfaFormattingService;
import org.wfa.dsl.ide.highlighting.WfaSemanticHighlightingCalculator;
import org.wfa.dsl.ide.hover.WfaHoverDocumentation;
import org.wfa.dsl.ide.hover.WfaHoverService;
import org.wfa.dsl.ide.quickfix.WfaQuickfixProvider;
import org.wfa.dsl.ide.server.WfaDiagramExtension;
import org.wfa.dsl.ide.server.WfaShouldGenerate;
import org.wfa.dsl.ide.server.WfaTextRegionTransformer;
import org.wfa.dsl.parser.WfaSizeLimitedParser;

/**
 * Guice bindings of the WFA language-server services.
 */
public class WfaIdeModule extends AbstractWfaIdeModule {

    /** No generation on the server's builds (see {@link WfaShouldGenerate}). */
    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return WfaShouldGenerate.class;
    }

    /** The server refuses documents too large to check on every keystroke (see {@link WfaSizeLimitedParser}). */
    public Class<? extends IParser> bindIParser() {
        return WfaSizeLimitedParser.class;
    }

    public Class<? extends ContentAssistService> bindContentAssistService() {
        return WfaContentAssistService.class;
    }

    /** Xtext's folding and highlights walked the text once per range: quadratic in the document. */
    public Class<? extends ITextRegionTransformer> bindITextRegionTransformer() {
        return WfaTextRegionTransformer.class;
    }

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

    public Class<? extends IHoverService> bindIHoverService() {
        return WfaHoverService.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return WfaIdeContentProposalProvider.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return WfaSemanticHighlightingCalculator.class;
    }

    public Class<? extends FormattingService> bindFormattingService() {
        return WfaFormattingService.class;
    }
}

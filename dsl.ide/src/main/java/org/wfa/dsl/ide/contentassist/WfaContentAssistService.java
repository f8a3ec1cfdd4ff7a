package org.wfa.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.wfa.dsl.parser.WfaSizeLimitedParser;

import com.google.inject.Singleton;

/**
 * Completion parses the text before the caret again, with a parser of its own: in a document
 * refused as too large ({@link WfaSizeLimitedParser}) that would take as long as the check that
 * was refused, so there it proposes nothing.
 */
@Singleton
public class WfaContentAssistService extends ContentAssistService {

    @Override
    public CompletionList createCompletionList(
            Document document, XtextResource resource, CompletionParams params, CancelIndicator cancelIndicator) {
        if (resource != null && WfaSizeLimitedParser.isRefused(resource.getParseResult())) {
            return new CompletionList();
        }
        return super.createCompletionList(document, resource, params, cancelIndicator);
    }
}

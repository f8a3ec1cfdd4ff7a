package org.wfa.dsl.resource;

import java.util.Set;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.wfa.dsl.analysis.WfaEvidence;

/**
 * A .wfa resource whose syntax errors are the causes only: an error that the parser makes only
 * because an earlier one threw it out of the element being read is dropped
 * ({@link WfaEvidence#consequentialSyntaxErrors}). One typo, one syntax error.
 */
public class WfaResource extends LazyLinkingResource {

    @Override
    protected void addSyntaxErrors() {
        super.addSyntaxErrors();
        Set<Integer> consequences = WfaEvidence.consequentialSyntaxErrors(getParseResult());
        if (!consequences.isEmpty()) {
            getErrors()
                    .removeIf(error ->
                            error instanceof XtextSyntaxDiagnostic syntax && consequences.contains(syntax.getOffset()));
        }
    }
}

package org.wfa.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.wfa.dsl.analysis.WfaEvidence;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.rules.Suggestions;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;

import com.google.inject.Inject;

/**
 * Says what kind of element an unresolved name should have been and suggests close matches.
 * The suggestions travel in the issue data ({@link WfaIssueData#suggestions()}) so that a quick
 * fix can offer them. A name that fails only because of another defect (a syntax error that may
 * have swallowed its declaration, an unknown field it is compared with) gets no error of its own
 * ({@link WfaEvidence#isConsequentialUnresolvedName}).
 */
public class WfaLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Inject
    private IScopeProvider scopeProvider;

    @Inject
    private WfaEvidence evidence;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EReference reference = context.getReference();
        String linkText;
        try {
            linkText = context.getLinkText();
        } catch (IllegalNodeException e) {
            linkText = e.getNode().getText();
        }
        if (evidence.isConsequentialUnresolvedName(context.getContext(), linkText)) {
            return null;
        }
        List<String> suggestions;
        try {
            IScope scope = scopeProvider.getScope(context.getContext(), reference);
            suggestions = Suggestions.closest(linkText, scope);
        } catch (RuntimeException e) {
            // A broken model must still get its linking error; suggestions are a courtesy.
            suggestions = List.of();
        }
        StringBuilder message = new StringBuilder()
                .append("Unknown name '")
                .append(linkText)
                .append("': expected ")
                .append(WfaKinds.expected(reference))
                .append('.');
        if (!suggestions.isEmpty()) {
            message.append(" Did you mean ")
                    .append(String.join(
                            " or ", suggestions.stream().map(s -> "'" + s + "'").toList()))
                    .append('?');
        }
        return new DiagnosticMessage(
                message.toString(),
                Severity.ERROR,
                WfaIssueCodes.UNRESOLVED_REFERENCE,
                WfaIssueData.suggesting(suggestions).encode());
    }
}

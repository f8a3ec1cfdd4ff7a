package org.wfa.dsl.ide.hover;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.ide.rules.WfaRuleDocs;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Stage;

import com.google.inject.Inject;

/**
 * Hovers in Markdown: a role's team, holders and accountabilities; a stage's RACI, inputs,
 * outputs and successors; and, where a diagnostic is, the explanation of its rule from the rules
 * reference. Other elements keep Xtext's hover (their documentation comment).
 */
public class WfaHoverService extends HoverService {

    @Inject
    private WfaRoleHover roleHover;

    @Inject
    private WfaStageHover stageHover;

    @Inject
    private IResourceValidator validator;

    @Override
    public String getContents(EObject element) {
        if (element instanceof Role role) {
            return roleHover.describe(role);
        }
        if (element instanceof Stage stage) {
            return stageHover.describe(stage);
        }
        return super.getContents(element);
    }

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        Hover hover = super.hover(document, resource, params, cancelIndicator);
        int offset = document.getOffSet(params.getPosition());
        String rules = explanations(resource, offset, cancelIndicator);
        if (rules.isEmpty()) {
            return hover;
        }
        if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
            return new Hover(new MarkupContent(MarkupKind.MARKDOWN, rules));
        }
        MarkupContent element = hover.getContents().getRight();
        return new Hover(
                new MarkupContent(MarkupKind.MARKDOWN, rules + "\n\n---\n\n" + element.getValue()), hover.getRange());
    }

    /**
     * The rules reported at the offset, each with its explanation. The issues are computed anew:
     * the server keeps only the published diagnostics, and a hover is rare enough to afford it.
     */
    private String explanations(XtextResource resource, int offset, CancelIndicator cancelIndicator) {
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancelIndicator);
        return issues.stream()
                .filter(issue -> issue.getOffset() != null
                        && issue.getLength() != null
                        && issue.getOffset() <= offset
                        && offset <= issue.getOffset() + issue.getLength())
                .map(Issue::getCode)
                .distinct()
                .map(code -> WfaRuleDocs.forCode(code)
                        .map(rule -> "**" + rule.code() + " " + rule.name() + "** — " + rule.explanation()
                                + " [Rule reference](" + rule.url() + ")")
                        .orElse(null))
                .filter(text -> text != null)
                .collect(Collectors.joining("\n\n"));
    }
}

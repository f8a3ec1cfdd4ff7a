package org.wfa.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.Import;
import org.wfa.dsl.wfa.Suppression;

import com.google.inject.Inject;

/**
 * The canonical layout of .wfa files: one clause per line, four-space indentation inside
 * blocks, a blank line between top-level elements and between the steps of a workflow,
 * single spaces between tokens. Comments are kept. Formatting is idempotent.
 */
public class WfaFormatter extends AbstractFormatter2 {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ":", ")", "]", ".*");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[");

    @Inject
    private WfaClauseLayout layout;

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource && !resource.getContents().isEmpty()) {
            formatAll(resource.getContents().get(0), document);
        }
    }

    private void formatAll(EObject root, IFormattableDocument document) {
        ITextRegionAccess access = getTextRegionAccess();
        Deque<ISemanticRegion> openBlocks = new ArrayDeque<>();
        ISemanticRegion previous = null;
        ISemanticRegion region =
                access.regionForRootEObject().getPreviousHiddenRegion().getNextSemanticRegion();
        while (region != null) {
            layOut(previous, region, openBlocks, document);
            previous = region;
            region = region.getNextSemanticRegion();
        }
        if (previous != null) {
            document.append(previous, f -> f.setNewLines(1));
        }
    }

    private void layOut(
            ISemanticRegion previous,
            ISemanticRegion region,
            Deque<ISemanticRegion> openBlocks,
            IFormattableDocument document) {
        String text = region.getText();
        boolean inline = region.getSemanticElement() instanceof EnumType;
        if (previous == null) {
            document.prepend(region, f -> f.setNewLines(0));
        } else if ("}".equals(text) && !inline) {
            ISemanticRegion open = openBlocks.isEmpty() ? null : openBlocks.pop();
            document.prepend(region, f -> f.newLine());
            if (open != null) {
                document.interior(open, region, f -> f.indent());
            }
        } else if (startsObject(region, layout::isBlockMember) || isFirstImport(region, previous)) {
            document.prepend(region, f -> f.setNewLines(2));
        } else if (layout.isClauseKeyword(region.getGrammarElement())
                || startsObject(region, layout::isClauseObject)
                || "{".equals(previous.getText()) && !(previous.getSemanticElement() instanceof EnumType)) {
            document.prepend(region, f -> f.setNewLines(1, 1, 2));
        } else if (previous.getSemanticElement() instanceof Suppression
                && ")".equals(previous.getText())
                && !(region.getSemanticElement() instanceof Suppression)) {
            document.prepend(region, f -> f.newLine());
        } else if (NO_SPACE_BEFORE.contains(text)
                || NO_SPACE_AFTER.contains(previous.getText())
                || "(".equals(text) && "@allow".equals(previous.getText())) {
            document.prepend(region, f -> f.noSpace());
        } else {
            document.prepend(region, f -> f.oneSpace());
        }
        if ("{".equals(text) && !inline) {
            openBlocks.push(region);
        }
    }

    /**
     * Line comments are indented with the code around them. (Xtext's default keeps a comment
     * that starts in column 1 there, taking it for commented-out code: not canonical.)
     */
    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        EObject grammarElement = comment.getGrammarElement();
        if (grammarElement instanceof AbstractRule rule && "SL_COMMENT".equals(rule.getName())) {
            return new SinglelineDocCommentReplacer(comment, "//");
        }
        if (grammarElement instanceof AbstractRule rule && "ML_COMMENT".equals(rule.getName())) {
            return new WfaBlockCommentReplacer(comment);
        }
        return super.createCommentReplacer(comment);
    }

    private boolean isFirstImport(ISemanticRegion region, ISemanticRegion previous) {
        return startsObject(region, Import.class::isInstance) && !(previous.getSemanticElement() instanceof Import);
    }

    /**
     * Whether the region is the first token of a model element that satisfies the test: the
     * element it belongs to, or an enclosing one that starts with the same token (a rule row
     * starts with the token of its first cell).
     */
    private boolean startsObject(ISemanticRegion region, Predicate<EObject> test) {
        for (EObject element = region.getSemanticElement(); element != null; element = element.eContainer()) {
            IEObjectRegion elementRegion = getTextRegionAccess().regionForEObject(element);
            if (elementRegion == null || elementRegion.getPreviousHiddenRegion().getNextSemanticRegion() != region) {
                return false;
            }
            if (test.test(element)) {
                return true;
            }
        }
        return false;
    }
}

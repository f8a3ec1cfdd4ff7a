package org.wfa.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/**
 * Re-indents the continuation lines of a block comment with the code around it: a line starting
 * with '*' is aligned under the opening "/*", other text three columns in, and an empty line
 * stays empty. (Xtext's replacer writes " * " on every line, leaving trailing spaces on the empty
 * ones, which a canonical layout must not have.)
 */
class WfaBlockCommentReplacer extends MultilineCommentReplacer {

    WfaBlockCommentReplacer(IComment comment) {
        super(comment, '*');
    }

    @Override
    public ITextReplacerContext createReplacements(ITextReplacerContext context) {
        IComment comment = getComment();
        String text = comment.getText();
        if (text.indexOf('\n') < 0) {
            return context;
        }
        String indentation = context.getIndentationString();
        String[] lines = text.split("\n", -1);
        StringBuilder result = new StringBuilder(lines[0].stripTrailing());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            result.append('\n');
            if (line.startsWith("*")) {
                result.append(indentation).append(' ').append(line);
            } else if (!line.isEmpty()) {
                result.append(indentation).append("   ").append(line);
            }
        }
        if (!result.toString().equals(text)) {
            context.addReplacement(comment.replaceWith(result.toString()));
        }
        return context;
    }
}

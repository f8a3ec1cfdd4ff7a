package org.wfa.dsl.ide.hover;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;

import com.google.inject.Inject;

/**
 * What a hover shows for a named element: its kind, qualified name and title, its
 * {@code description}, then any comment written above it. Xtext's default shows only the
 * comment, and most WFA elements say what they are in their title and description instead.
 */
public class WfaHoverDocumentation extends MultiLineCommentDocumentationProvider {

    @Inject
    private WfaRefs refs;

    @Override
    public String getDocumentation(EObject element) {
        String comment = super.getDocumentation(element);
        if (element == null || text(element, "name") == null) {
            return comment;
        }
        Ref ref = refs.of(element);
        // Steps are named by their keyword ('stage', 'decision', ...), as written in the file.
        String kind = "step".equals(ref.kind()) ? element.eClass().getName().toLowerCase(Locale.ROOT) : ref.kind();
        StringBuilder text = new StringBuilder();
        text.append("**").append(kind).append("** `").append(ref.name()).append('`');
        String simpleName = ref.name().substring(ref.name().lastIndexOf('.') + 1);
        if (!ref.label().equals(simpleName)) {
            text.append(" — ").append(markdown(ref.label()));
        }
        String description = text(element, "description");
        if (description != null && !description.isBlank()) {
            text.append("\n\n").append(markdown(description));
        }
        if (comment != null && !comment.isBlank()) {
            text.append("\n\n").append(comment);
        }
        return text.toString();
    }

    private static String text(EObject element, String featureName) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
        Object value = feature == null ? null : element.eGet(feature);
        return value instanceof String string ? string : null;
    }

    /** Titles and descriptions are plain text: markdown and HTML characters in them are shown as written. */
    static String markdown(String plain) {
        return plain.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
    }
}

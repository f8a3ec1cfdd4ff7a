package org.wfa.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The source text of model elements, for quoting them in messages.
 */
final class WfaSourceText {

    private static final int MAX_QUOTED = 60;

    private WfaSourceText() {
    }

    static String of(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        if (node == null) {
            return "?";
        }
        String text = NodeModelUtils.getTokenText(node);
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED - 1) + "…" : text;
    }
}

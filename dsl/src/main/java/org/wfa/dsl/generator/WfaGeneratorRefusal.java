package org.wfa.dsl.generator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * A generator's refusal to write a construct that its engine cannot run as the execution
 * semantics (docs/semantics.md) says: writing something that behaves differently would make the
 * checked architecture and the deployed one disagree silently. The message is one line, fit to
 * show to the user as it is: {@code path:line:column: the <target> target cannot ...; <what to do>}.
 * Thrown while files are generated; the build use case reports it as an input error and writes
 * nothing.
 */
public final class WfaGeneratorRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private WfaGeneratorRefusal(String message) {
        super(message);
    }

    /**
     * @param file   the display path of the file that holds {@code at}
     * @param at     the model element the refusal is about: its name, or the element itself, is located
     * @param target the target's id, such as {@code sw}
     * @param what   what the target cannot express, completing "the target cannot ..."
     * @param todo   what the user can do about it
     */
    public static WfaGeneratorRefusal of(String file, EObject at, String target, String what, String todo) {
        LineAndColumn position = position(at);
        return new WfaGeneratorRefusal(file + ":" + position.getLine() + ":" + position.getColumn() + ": the " + target
                + " target cannot " + what + "; " + todo);
    }

    /** Where a diagnostic on the element would point: its name when it has one, else its first character. */
    private static LineAndColumn position(EObject at) {
        INode node = NodeModelUtils.getNode(at);
        EStructuralFeature name = at.eClass().getEStructuralFeature("name");
        if (name != null) {
            List<INode> named = NodeModelUtils.findNodesForFeature(at, name);
            if (!named.isEmpty()) {
                node = named.get(0);
            }
        }
        if (node == null) {
            return LineAndColumn.from(1, 1);
        }
        return NodeModelUtils.getLineAndColumn(node, node.getOffset());
    }
}

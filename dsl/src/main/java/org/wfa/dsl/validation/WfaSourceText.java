package org.wfa.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Team;

/**
 * How messages name model elements: by kind and name ("stage 'review'"), parties with their
 * team ("role 'HR.Head'"), expressions by their source text.
 */
final class WfaSourceText {

    private static final int MAX_QUOTED = 60;

    private WfaSourceText() {}

    /** "stage 'review'". */
    static String describe(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        return WfaKinds.name(element.eClass()) + (value == null ? "" : " '" + value + "'");
    }

    /** "role 'HR.Head'", as the party is written from another package. */
    static String describeParty(Party party) {
        if (party.eContainer() instanceof Team team) {
            return WfaKinds.name(party.eClass()) + " '" + team.getName() + "." + party.getName() + "'";
        }
        return WfaKinds.name(party.eClass()) + " '" + party.getName() + "'";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The source text of an element, shortened when long. */
    static String of(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        if (node == null) {
            return "?";
        }
        String text = NodeModelUtils.getTokenText(node);
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED - 1) + "…" : text;
    }
}

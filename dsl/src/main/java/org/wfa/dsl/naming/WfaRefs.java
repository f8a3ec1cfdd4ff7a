package org.wfa.dsl.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Artifact;
import org.wfa.dsl.wfa.Duration;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.Person;
import org.wfa.dsl.wfa.Role;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Team;
import org.wfa.dsl.wfa.Workflow;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Turns model elements into the names, labels and texts that documents show. */
@Singleton
public class WfaRefs {

    @Inject
    private IQualifiedNameProvider names;

    /** A reference to a named element; null for null or unresolved references. */
    public Ref of(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        QualifiedName qualified = names.getFullyQualifiedName(element);
        String name = qualified == null ? nameOf(element) : qualified.toString();
        String title = titleOf(element);
        return new Ref(name, title == null || title.isBlank() ? nameOf(element) : title, kindOf(element));
    }

    public List<Ref> of(List<? extends EObject> elements) {
        List<Ref> refs = new ArrayList<>(elements.size());
        for (EObject element : elements) {
            Ref ref = of(element);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    /** The team of a party as a reference, or null. */
    public Ref teamOf(Party party) {
        Team team = WfaOrganisation.teamOf(party);
        return team == null ? null : of(team);
    }

    /** The text of an element as written in the source, whitespace normalised. */
    public static String sourceText(EObject element) {
        ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    /**
     * Whether a feature is written in the source. An enumeration's first literal is its default
     * value, which EMF does not count as set: only the source tells "via email" from no channel.
     */
    public static boolean isWritten(EObject element, EStructuralFeature feature) {
        return !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
    }

    public static String duration(Duration duration) {
        return duration == null ? "" : sourceText(duration);
    }

    /** "4 hours, escalate to Finance approver, on breach to 'Manual check'" */
    public String sla(Sla sla) {
        StringBuilder text = new StringBuilder(duration(sla.getWithin()));
        Ref escalation = of(sla.getEscalateTo());
        if (escalation != null) {
            text.append(", escalate to ").append(escalation.label());
        }
        Ref route = of(sla.getRoute());
        if (route != null) {
            text.append(", on breach to ").append(route.label());
        }
        return text.toString();
    }

    private static String kindOf(EObject element) {
        if (element instanceof Role) {
            return "role";
        } else if (element instanceof Person) {
            return "person";
        } else if (element instanceof SystemDecl) {
            return "system";
        } else if (element instanceof Agent) {
            return "agent";
        } else if (element instanceof Team) {
            return "team";
        } else if (element instanceof Workflow) {
            return "workflow";
        } else if (element instanceof Artifact) {
            return "artifact";
        }
        return "step";
    }

    private static String nameOf(EObject element) {
        var feature = element.eClass().getEStructuralFeature("name");
        Object name = feature == null ? null : element.eGet(feature);
        return name == null ? element.eClass().getName().toLowerCase(Locale.ROOT) : name.toString();
    }

    private static String titleOf(EObject element) {
        var feature = element.eClass().getEStructuralFeature("title");
        return feature == null ? null : (String) element.eGet(feature);
    }
}

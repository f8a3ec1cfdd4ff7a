package org.wfa.dsl.model;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * The kinds of element a reference may point to, and how they are called in messages.
 * References typed as {@code Party} accept any party unless narrowed here: the narrowing
 * drives scoping (and so completion) and the "expected ..." part of linking errors.
 */
public final class WfaKinds {

    private static final WfaPackage P = WfaPackage.eINSTANCE;

    private static final Map<EClass, String> NAMES = Map.ofEntries(
            Map.entry(P.getTeam(), "team"),
            Map.entry(P.getRole(), "role"),
            Map.entry(P.getPerson(), "person"),
            Map.entry(P.getSystemDecl(), "system"),
            Map.entry(P.getAgent(), "agent"),
            Map.entry(P.getArtifact(), "artifact"),
            Map.entry(P.getWorkflow(), "workflow"),
            Map.entry(P.getStage(), "stage"),
            Map.entry(P.getCall(), "call"),
            Map.entry(P.getDecision(), "decision"),
            Map.entry(P.getApproval(), "approval"),
            Map.entry(P.getFork(), "fork"),
            Map.entry(P.getJoin(), "join"),
            Map.entry(P.getWait(), "wait"),
            Map.entry(P.getEnd(), "end"),
            Map.entry(P.getDataField(), "data field"),
            Map.entry(P.getEnumLiteral(), "enumeration value"));

    private static final List<EClass> HUMANS = List.of(P.getRole(), P.getPerson());

    private static final Map<EReference, List<EClass>> NARROWED = Map.of(
            P.getStage_Uses(), List.of(P.getSystemDecl()),
            P.getAgent_Uses(), List.of(P.getSystemDecl()),
            P.getDependency_System(), List.of(P.getSystemDecl()),
            P.getDependency_Agent(), List.of(P.getAgent()),
            P.getAgent_Supervisor(), HUMANS,
            P.getSla_EscalateTo(), HUMANS);

    private WfaKinds() {}

    /** The kinds a reference accepts, or an empty list when its declared type says it all. */
    public static List<EClass> narrowedKinds(EReference reference) {
        return NARROWED.getOrDefault(reference, List.of());
    }

    public static String name(EClass eClass) {
        String name = NAMES.get(eClass);
        return name != null ? name : eClass.getName().toLowerCase();
    }

    /** "a role, person, system or agent", for the kinds a reference accepts. */
    public static String expected(EReference reference) {
        List<EClass> kinds = narrowedKinds(reference);
        EClass type = reference.getEReferenceType();
        List<String> names;
        if (!kinds.isEmpty()) {
            names = kinds.stream().map(WfaKinds::name).toList();
        } else if (type == P.getParty()) {
            names = List.of("role", "person", "system", "agent");
        } else if (type == P.getNode()) {
            names = List.of("step of this workflow (stage, decision, approval, fork, join, wait, call or end)");
        } else if (type == P.getSymbol()) {
            names = List.of("data field of this workflow or enumeration value");
        } else {
            names = List.of(name(type));
        }
        return article(names.get(0)) + " " + joinOr(names);
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String joinOr(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}

package org.wfa.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.model.WfaKinds;
import org.wfa.dsl.services.WfaGrammarAccess;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.WfaFactory;
import org.wfa.dsl.wfa.WfaPackage;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class StepKindTest {

    @Inject
    private WfaGrammarAccess grammar;

    @Test
    void everyConcreteStepClassOfTheGrammarHasAKind() {
        List<String> stepClasses = WfaPackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance)
                .map(EClass.class::cast)
                .filter(c -> !c.isAbstract()
                        && !c.isInterface()
                        && WfaPackage.Literals.NODE.isSuperTypeOf(c)
                        && c != WfaPackage.Literals.NODE
                        && c != WfaPackage.Literals.ACTIVITY)
                .map(EClass::getName)
                .sorted()
                .collect(Collectors.toList());
        List<String> kinds = Stream.of(StepKind.values())
                .map(k -> k.eClass().getName())
                .sorted()
                .collect(Collectors.toList());
        assertEquals(stepClasses, kinds);
    }

    @Test
    void aStepHasTheKindOfItsClass() {
        for (StepKind kind : StepKind.values()) {
            assertEquals(kind, StepKind.of((Node) WfaFactory.eINSTANCE.create(kind.eClass())));
        }
    }

    @Test
    void theKeywordOfEachKindStartsItsRuleInTheGrammar() {
        for (StepKind kind : StepKind.values()) {
            boolean found = grammar.getGrammar().getRules().stream()
                    .filter(rule -> rule.getName().equals(kind.eClass().getName()))
                    .flatMap(rule -> EcoreUtil2.eAllOfType(rule, Keyword.class).stream())
                    .anyMatch(keyword -> keyword.getValue().equals(kind.keyword()));
            assertTrue(found, kind + " is written '" + kind.keyword() + "'");
        }
    }

    @Test
    void messagesNameEachKindByItsKeyword() {
        String expectedStep = WfaKinds.expected(WfaPackage.Literals.START__TARGET);
        for (StepKind kind : StepKind.values()) {
            assertEquals(kind.keyword(), WfaKinds.name(kind.eClass()));
            assertTrue(
                    Pattern.compile("\\b" + kind.keyword() + "\\b")
                            .matcher(expectedStep)
                            .find(),
                    "'" + expectedStep + "' names " + kind.keyword());
        }
    }
}

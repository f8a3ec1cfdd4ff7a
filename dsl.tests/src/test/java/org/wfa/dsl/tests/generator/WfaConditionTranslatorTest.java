package org.wfa.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.generator.engine.WfaConditionTranslator;
import org.wfa.dsl.generator.engine.WfaConditionTranslator.Dialect;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaConditionTranslatorTest {

    @Inject
    private WfaCompiler compiler;

    /** The conditions of the decision 'route', in source order, from a workflow with typed case data. */
    private List<Expression> conditions(String... whens) {
        StringBuilder decision = new StringBuilder();
        for (String when : whens) {
            decision.append("        when ").append(when).append(" -> done\n");
        }
        Compilation compilation = WfaTestWorkspace.withOrganisation()
                .file("w.wfa", """
                package acme.hr
                import acme.org.*

                workflow W "W" {
                    owner HR.Head
                    data {
                        amount: number
                        urgent: boolean
                        name: text
                        due: date
                        age: duration
                        category: enum { TRAVEL, MEALS, OTHER }
                        div: number
                    }
                    start -> route
                    decision route {
                        decided by HR.Head
                %s        otherwise -> done
                    }
                    end done
                }
                """.formatted(decision))
                .compile(compiler);
        Model model = (Model) compilation.resources().get(1).getContents().get(0);
        Decision route = (Decision) model.getWorkflows().get(0).getNodes().get(0);
        return route.getOutcomes().stream().map(Outcome::getCondition).toList();
    }

    private static List<String> translate(List<Expression> conditions, Dialect dialect) {
        return conditions.stream()
                .map(c -> WfaConditionTranslator.condition(c, dialect))
                .toList();
    }

    @Test
    void comparisonsAndLogicTranslateToJuel() {
        assertEquals(
                List.of(
                        "${amount > 1000 and not (urgent)}",
                        "${(amount >= 25 or name == 'O\\'Brien') and urgent == true}",
                        "${not ((category == 'MEALS' or category == 'OTHER'))}"),
                translate(
                        conditions(
                                "amount > 1000 and not urgent",
                                "(amount >= 25 or name = \"O'Brien\") and urgent = true",
                                "category not in [MEALS, OTHER]"),
                        Dialect.JUEL));
    }

    @Test
    void comparisonsAndLogicTranslateToFeel() {
        assertEquals(
                List.of(
                        "=amount > 1000 and not(urgent)",
                        "=(amount >= 25 or name = \"O'Brien\") and urgent = true",
                        "=not(list contains([\"MEALS\", \"OTHER\"], category))"),
                translate(
                        conditions(
                                "amount > 1000 and not urgent",
                                "(amount >= 25 or name = \"O'Brien\") and urgent = true",
                                "category not in [MEALS, OTHER]"),
                        Dialect.FEEL));
    }

    @Test
    void comparisonsAndLogicTranslateToJq() {
        assertEquals(
                List.of(
                        "${ .amount > 1000 and ((.urgent) | not) }",
                        "${ (.amount >= 25 or .name == \"O'Brien\") and .urgent == true }",
                        "${ (((.category == \"MEALS\" or .category == \"OTHER\")) | not) }"),
                translate(
                        conditions(
                                "amount > 1000 and not urgent",
                                "(amount >= 25 or name = \"O'Brien\") and urgent = true",
                                "category not in [MEALS, OTHER]"),
                        Dialect.JQ));
    }

    @Test
    void durationsAreMinutesAndDatesIsoText() {
        List<Expression> conditions = conditions("age > 90 days", "due < \"2026-01-01\"");
        assertEquals(List.of("${age > 129600}", "${due < '2026-01-01'}"), translate(conditions, Dialect.JUEL));
        assertEquals(List.of("=age > 129600", "=due < \"2026-01-01\""), translate(conditions, Dialect.FEEL));
    }

    @Test
    void caseDataNamedWithAReservedWordIsQuoted() {
        List<Expression> conditions = conditions("div > 1");
        assertEquals(
                "${execution.getVariable('div') > 1}",
                translate(conditions, Dialect.JUEL).get(0));
        assertEquals("${ .div > 1 }", translate(conditions, Dialect.JQ).get(0));
    }
}

package org.wfa.dsl.validation;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.wfa.dsl.rules.Suggestions;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.rules.WfaRule;
import org.wfa.dsl.wfa.Suppression;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * An accepted finding must name a real rule and say why it is accepted: a suppression without
 * a reason hides a problem instead of documenting a decision.
 */
public class WfaSuppressionValidator extends AbstractWfaValidator {

    private static final List<String> RULE_NAMES =
            Arrays.stream(WfaRule.values()).map(WfaRule::ruleName).toList();

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into WfaValidator.
    }

    @Check
    public void checkSuppressionNamesRule(Suppression suppression) {
        if (suppression.getRule() != null && WfaRule.byName(suppression.getRule()) == null) {
            List<String> close = Suggestions.closestWords(suppression.getRule(), RULE_NAMES);
            error(
                    "Unknown rule '" + suppression.getRule() + "'"
                            + (close.isEmpty()
                                    ? ": expected the name of a rule from docs/rules.md."
                                    : ": did you mean '" + close.get(0) + "'?"),
                    suppression,
                    WfaPackage.Literals.SUPPRESSION__RULE,
                    WfaIssueCodes.UNKNOWN_RULE,
                    WfaIssueData.about(suppression.getRule()).encode());
        }
    }

    @Check
    public void checkSuppressionHasReason(Suppression suppression) {
        if (suppression.getReason() == null || suppression.getReason().isBlank()) {
            error(
                    "'@allow(" + suppression.getRule() + ")' gives no reason: expected" + " '@allow("
                            + suppression.getRule() + ", \"why this is acceptable here\")'.",
                    suppression,
                    WfaPackage.Literals.SUPPRESSION__RULE,
                    WfaIssueCodes.SUPPRESSION_WITHOUT_REASON,
                    WfaIssueData.about(suppression.getRule()).encode());
        }
    }
}

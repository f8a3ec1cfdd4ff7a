package org.wfa.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.typing.WfaType;
import org.wfa.dsl.typing.WfaTypeComputer;
import org.wfa.dsl.wfa.And;
import org.wfa.dsl.wfa.Cell;
import org.wfa.dsl.wfa.Compare;
import org.wfa.dsl.wfa.CompareOp;
import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Expression;
import org.wfa.dsl.wfa.InCell;
import org.wfa.dsl.wfa.InList;
import org.wfa.dsl.wfa.Not;
import org.wfa.dsl.wfa.Or;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;
import org.wfa.dsl.wfa.TestCell;
import org.wfa.dsl.wfa.TextLiteral;
import org.wfa.dsl.wfa.WfaPackage;

import com.google.inject.Inject;

/**
 * Conditions and rule tables are type-checked against the workflow's case data.
 */
public class WfaConditionValidator extends AbstractWfaValidator {

    @Inject
    private WfaTypeComputer types;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // Composed into WfaValidator.
    }

    @Check
    public void checkOutcomeConditionIsBoolean(Outcome outcome) {
        requireBoolean(outcome.getCondition(), outcome, WfaPackage.Literals.OUTCOME__CONDITION, "a condition");
    }

    @Check
    public void checkLogicalOperandIsBoolean(Expression expression) {
        if (expression instanceof And and) {
            requireBoolean(and.getLeft(), and, WfaPackage.Literals.AND__LEFT, "'and'");
            requireBoolean(and.getRight(), and, WfaPackage.Literals.AND__RIGHT, "'and'");
        } else if (expression instanceof Or or) {
            requireBoolean(or.getLeft(), or, WfaPackage.Literals.OR__LEFT, "'or'");
            requireBoolean(or.getRight(), or, WfaPackage.Literals.OR__RIGHT, "'or'");
        } else if (expression instanceof Not not) {
            requireBoolean(not.getOperand(), not, WfaPackage.Literals.NOT__OPERAND, "'not'");
        }
    }

    @Check
    public void checkCompareOperandTypes(Compare compare) {
        WfaType left = types.typeOf(compare.getLeft());
        WfaType right = types.typeOf(compare.getRight(), left);
        if (left.kind() == WfaType.Kind.TEXT) {
            left = types.typeOf(compare.getLeft(), right);
        }
        if (!checkDateText(compare.getLeft(), right, compare, WfaPackage.Literals.COMPARE__LEFT, -1)
                || !checkDateText(compare.getRight(), left, compare, WfaPackage.Literals.COMPARE__RIGHT, -1)) {
            return;
        }
        if (!left.isCompatibleWith(right)) {
            error(
                    "Cannot compare '" + WfaSourceText.of(compare.getLeft()) + "' (" + describe(left) + ") with '"
                            + WfaSourceText.of(compare.getRight()) + "' (" + describe(right) + "): expected "
                            + withArticle(left) + ".",
                    compare,
                    WfaPackage.Literals.COMPARE__RIGHT,
                    WfaIssueCodes.OPERAND_TYPE_MISMATCH);
            return;
        }
        checkOperator(compare.getOp(), left.isKnown() ? left : right, compare, WfaPackage.Literals.COMPARE__OP);
    }

    @Check
    public void checkInListValueTypes(InList inList) {
        WfaType operand = types.typeOf(inList.getOperand());
        for (Expression value : inList.getValues()) {
            checkValue(
                    value,
                    operand,
                    "'" + WfaSourceText.of(inList.getOperand()) + "'",
                    inList,
                    WfaPackage.Literals.IN_LIST__VALUES,
                    inList.getValues().indexOf(value));
        }
    }

    @Check
    public void checkCellValueTypes(Cell cell) {
        DataField input = columnOf(cell);
        if (input == null || input.eIsProxy()) {
            return;
        }
        WfaType column = types.typeOf(input);
        String subject = "input '" + input.getName() + "'";
        if (cell instanceof TestCell test) {
            if (checkValue(test.getValue(), column, subject, test, WfaPackage.Literals.TEST_CELL__VALUE, -1)
                    && test.eIsSet(WfaPackage.Literals.TEST_CELL__OP)) {
                checkOperator(test.getOp(), column, test, WfaPackage.Literals.TEST_CELL__OP);
            }
        } else if (cell instanceof InCell in) {
            for (int i = 0; i < in.getValues().size(); i++) {
                checkValue(in.getValues().get(i), column, subject, in, WfaPackage.Literals.IN_CELL__VALUES, i);
            }
        }
    }

    private boolean checkValue(
            Expression value, WfaType expected, String subject, EObject owner, EStructuralFeature feature, int index) {
        WfaType actual = types.typeOf(value, expected);
        if (!checkDateText(value, expected, owner, feature, index)) {
            return false;
        }
        if (!expected.isCompatibleWith(actual)) {
            error(
                    "'" + WfaSourceText.of(value) + "' (" + describe(actual) + ") cannot be a value of " + subject
                            + " (" + describe(expected) + "): expected " + withArticle(expected) + ".",
                    owner,
                    feature,
                    index,
                    WfaIssueCodes.OPERAND_TYPE_MISMATCH);
            return false;
        }
        return true;
    }

    /** A text compared with (or given as) a date must spell a real ISO date; false after reporting it. */
    private boolean checkDateText(
            Expression expression, WfaType other, EObject owner, EStructuralFeature feature, int index) {
        if (other.kind() == WfaType.Kind.DATE
                && expression instanceof TextLiteral text
                && !WfaTypeComputer.isIsoDate(text.getValue())) {
            reportInvalidDate(text, owner, feature, index);
            return false;
        }
        return true;
    }

    private void reportInvalidDate(TextLiteral text, EObject owner, EStructuralFeature feature, int index) {
        error(
                "'" + text.getValue() + "' is not a valid date: expected a date written as \"YYYY-MM-DD\".",
                owner,
                feature,
                index,
                WfaIssueCodes.INVALID_DATE,
                WfaIssueData.about(text.getValue()).encode());
    }

    private void checkOperator(CompareOp op, WfaType type, EObject owner, EStructuralFeature feature) {
        boolean ordering = op == CompareOp.LT || op == CompareOp.LE || op == CompareOp.GT || op == CompareOp.GE;
        if (ordering && !type.isOrdered()) {
            error(
                    "Operator '" + op.getLiteral() + "' does not apply to " + describe(type)
                            + " values: expected '=' or '!=', or a number, date or duration.",
                    owner,
                    feature,
                    WfaIssueCodes.OPERATOR_NOT_APPLICABLE,
                    WfaIssueData.about(op.getLiteral()).encode());
        }
    }

    private void requireBoolean(Expression expression, EObject owner, EStructuralFeature feature, String where) {
        if (expression == null) {
            return;
        }
        WfaType type = types.typeOf(expression);
        if (type.isKnown() && type.kind() != WfaType.Kind.BOOLEAN) {
            error(
                    "'" + WfaSourceText.of(expression) + "' is " + withArticle(type) + ", not a condition: " + where
                            + " expects a yes/no value (a comparison, 'in' test or boolean field).",
                    owner,
                    feature,
                    WfaIssueCodes.CONDITION_NOT_BOOLEAN);
        }
    }

    private static DataField columnOf(Cell cell) {
        if (cell.eContainer() instanceof RuleRow row && row.eContainer() instanceof RuleTable table) {
            int column = row.getCells().indexOf(cell);
            if (column < table.getInputs().size()) {
                return table.getInputs().get(column);
            }
        }
        return null;
    }

    private static String describe(WfaType type) {
        if (type.kind() == WfaType.Kind.ENUM && type.enumeration().eContainer() instanceof DataField field) {
            return "value of enumeration '" + field.getName() + "'";
        }
        return type.kind().label();
    }

    private static String withArticle(WfaType type) {
        String label = describe(type);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}

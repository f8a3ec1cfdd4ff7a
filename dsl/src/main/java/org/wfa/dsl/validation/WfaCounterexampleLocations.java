package org.wfa.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.semantics.Soundness.Firing;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.WfaPackage;

/**
 * A soundness counterexample as related locations of its finding: one per firing, in order, at
 * the name of the step that fired (at the start itself when it has no name), saying what the
 * step did ("2. 'Triage' chooses when urgent"). Editors, SARIF viewers and {@code wfa check}
 * can then walk the case to the problem instead of reading the trace out of the message.
 */
final class WfaCounterexampleLocations {

    private WfaCounterexampleLocations() {}

    static List<WfaIssueData.Related> of(List<Firing> firings) {
        List<WfaIssueData.Related> locations = new ArrayList<>();
        for (int i = 0; i < firings.size(); i++) {
            Firing firing = firings.get(i);
            INode at = nameNode(firing.step());
            if (at == null) {
                // A model without a node model (not parsed from text) has no place to point at.
                continue;
            }
            LineAndColumn start = NodeModelUtils.getLineAndColumn(at, at.getOffset());
            LineAndColumn end = NodeModelUtils.getLineAndColumn(at, at.getOffset() + at.getLength());
            locations.add(new WfaIssueData.Related(
                    start.getLine(), start.getColumn(), end.getLine(), end.getColumn(), (i + 1) + ". " + what(firing)));
        }
        return locations;
    }

    private static INode nameNode(EObject step) {
        List<INode> names = step instanceof Node
                ? NodeModelUtils.findNodesForFeature(step, WfaPackage.Literals.NODE__NAME)
                : NodeModelUtils.findNodesForFeature(step, WfaPackage.Literals.START__NAME);
        return names.isEmpty() ? NodeModelUtils.findActualNodeFor(step) : names.get(0);
    }

    /** What the step did, in words; a choice the semantics names but these words do not is quoted as is. */
    private static String what(Firing firing) {
        if (!(firing.step() instanceof Node node)) {
            return firing.step() instanceof Start start && start.getName() != null
                    ? "the case starts at start '" + start.getName() + "'"
                    : "the case starts";
        }
        String name = "'" + node.getName() + "'";
        String choice = firing.choice();
        return switch (StepKind.of(node)) {
            case STAGE, CALL -> "done".equals(choice) ? name + " is done" : name + ": " + choice;
            case DECISION -> name + " chooses " + choice;
            case APPROVAL ->
                "approved".equals(choice) || "rejected".equals(choice) ? name + " is " + choice : name + ": " + choice;
            case FORK -> name + " starts its branches";
            case JOIN -> name + " joins its branches";
            case WAIT -> name + " goes on after " + choice;
            case END -> name + " ends the case";
        };
    }
}

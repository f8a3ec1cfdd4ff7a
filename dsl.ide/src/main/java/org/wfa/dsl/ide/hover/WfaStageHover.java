package org.wfa.dsl.ide.hover;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.wfa.dsl.wfa.Stage;
import org.wfa.dsl.wfa.WfaPackage;

import com.google.inject.Inject;

/**
 * A stage at a glance: who is responsible, accountable, consulted and informed, what it takes in
 * and hands on, and which steps follow it. Names are quoted as written in the file, so the hover
 * reads like the source with the clutter removed.
 */
public class WfaStageHover {

    @Inject
    private WfaHoverDocumentation documentation;

    public String describe(Stage stage) {
        // The same first lines as every other hover: kind, qualified name, title, description.
        StringBuilder text = new StringBuilder(documentation.getDocumentation(stage)).append("\n\n");
        text.append("| R | A | C | I |\n|---|---|---|---|\n| ")
                .append(written(stage, WfaPackage.Literals.ACTIVITY__RESPONSIBLE))
                .append(" | ")
                .append(written(stage, WfaPackage.Literals.ACTIVITY__ACCOUNTABLE))
                .append(" | ")
                .append(written(stage, WfaPackage.Literals.ACTIVITY__CONSULTED))
                .append(" | ")
                .append(written(stage, WfaPackage.Literals.ACTIVITY__INFORMED))
                .append(" |\n\n");
        text.append("Inputs: ")
                .append(written(stage, WfaPackage.Literals.STAGE__CONSUMES))
                .append("\n\n");
        text.append("Outputs: ")
                .append(written(stage, WfaPackage.Literals.STAGE__PRODUCES))
                .append("\n\n");
        text.append("Flows to: ").append(written(stage, WfaPackage.Literals.ACTIVITY__NEXT));
        return text.toString();
    }

    private static String written(Stage stage, EReference reference) {
        List<String> names = NodeModelUtils.findNodesForFeature(stage, reference).stream()
                .map(node -> "`" + NodeModelUtils.getTokenText(node) + "`")
                .collect(Collectors.toList());
        return names.isEmpty() ? "—" : String.join(", ", names);
    }
}

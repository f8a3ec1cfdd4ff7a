package org.wfa.cli;

import java.util.List;

import org.wfa.cli.sarif.SarifReport;
import org.wfa.dsl.ide.rules.WfaRuleDocs;

/**
 * What a SARIF log says about WFA itself: the tool, and every rule with the documentation the
 * language server also shows (docs/rules.md, packaged with the language server).
 */
final class SarifTool {

    static final String INFORMATION_URI = "https://github.com/wfa-dev/wfa";

    private SarifTool() {}

    static SarifReport.ToolInfo info() {
        return new SarifReport.ToolInfo("wfa", WfaVersion.version(), INFORMATION_URI);
    }

    static List<SarifReport.RuleInfo> rules() {
        return WfaRuleDocs.all().values().stream()
                .map(rule -> new SarifReport.RuleInfo(
                        rule.code(), rule.name(), rule.summary(), rule.explanation(), rule.url(), rule.section()))
                .toList();
    }
}

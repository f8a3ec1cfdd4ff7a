package org.wfa.dsl.compiler;

import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.parser.WfaDeepStack;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * Turns Xtext's issues into the compiler's diagnostics: WFA codes for syntax and linking errors,
 * and the severity and reason of a finding accepted with {@code @allow}.
 */
final class WfaIssues {

    private WfaIssues() {}

    static WfaDiagnostic toDiagnostic(SourceFile source, Issue issue) {
        WfaDiagnostic.Severity severity = severity(issue.getSeverity());
        String code = issue.getCode();
        if (code == null || !code.startsWith(WfaIssueCodes.PREFIX)) {
            code = issue.isSyntaxError()
                    ? WfaIssueCodes.SYNTAX_ERROR
                    : Diagnostic.LINKING_DIAGNOSTIC.equals(code)
                            ? WfaIssueCodes.UNRESOLVED_REFERENCE
                            : WfaIssueCodes.SYNTAX_ERROR;
        }
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        int offset = issue.getOffset() == null ? 0 : issue.getOffset();
        int length = issue.getLength() == null ? 0 : issue.getLength();
        WfaIssueData data = WfaIssueData.decode(issue.getData());
        WfaIssueData.Acceptance acceptance = data.acceptance();
        return new WfaDiagnostic(
                source.displayPath(),
                line,
                column,
                offset,
                length,
                severity,
                issue.getMessage(),
                code,
                acceptance != null,
                acceptance == null ? null : acceptance(acceptance),
                related(source, data.related()));
    }

    /** An issue's related locations lie in its own file (see {@link WfaIssueData.Related}). */
    private static List<WfaDiagnostic.Related> related(SourceFile source, List<WfaIssueData.Related> related) {
        return related.stream()
                .map(location -> new WfaDiagnostic.Related(
                        source.displayPath(),
                        location.line(),
                        location.column(),
                        location.endLine(),
                        location.endColumn(),
                        location.message()))
                .toList();
    }

    /** The error that stands in for a file too deeply nested to parse at all. */
    static WfaDiagnostic tooDeep(SourceFile source) {
        return new WfaDiagnostic(
                source.displayPath(),
                1,
                1,
                0,
                0,
                WfaDiagnostic.Severity.ERROR,
                WfaDeepStack.TOO_DEEP,
                WfaIssueCodes.SYNTAX_ERROR,
                false);
    }

    /** The severity the rule gives an accepted finding, and the reason given for accepting it. */
    private static WfaDiagnostic.Acceptance acceptance(WfaIssueData.Acceptance acceptance) {
        return new WfaDiagnostic.Acceptance(severity(acceptance.severity()), acceptance.reason());
    }

    private static WfaDiagnostic.Severity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> WfaDiagnostic.Severity.ERROR;
            case WARNING -> WfaDiagnostic.Severity.WARNING;
            case INFO, IGNORE -> WfaDiagnostic.Severity.INFO;
        };
    }
}

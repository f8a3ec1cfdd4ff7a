package org.wfa.dsl.compiler;

import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.validation.AbstractWfaRuleValidator;
import org.wfa.dsl.rules.WfaIssueCodes;

import org.wfa.dsl.workspace.SourceFile;
import org.wfa.dsl.workspace.WfaDiagnostic;
import org.wfa.dsl.parser.WfaDeepStack;
/**
 * Turns Xtext's issues into the compiler's diagnostics: WFA codes for syntax and linking errors,
 * and the severity and reason of a finding accepted with {@code @allow}.
 */
final class WfaIssues {

    private WfaIssues() {
    }

    static WfaDiagnostic toDiagnostic(SourceFile source, Issue issue) {
        WfaDiagnostic.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> WfaDiagnostic.Severity.ERROR;
            case WARNING -> WfaDiagnostic.Severity.WARNING;
            default -> WfaDiagnostic.Severity.INFO;
        };
        String code = issue.getCode();
        if (code == null || !code.startsWith(WfaIssueCodes.PREFIX)) {
            code = issue.isSyntaxError() ? WfaIssueCodes.SYNTAX_ERROR
                    : org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)
                            ? WfaIssueCodes.UNRESOLVED_REFERENCE : WfaIssueCodes.SYNTAX_ERROR;
        }
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        int offset = issue.getOffset() == null ? 0 : issue.getOffset();
        int length = issue.getLength() == null ? 0 : issue.getLength();
        String[] data = issue.getData();
        boolean accepted = data != null && data.length > 0
                && AbstractWfaRuleValidator.SUPPRESSED.equals(data[data.length - 1]);
        return new WfaDiagnostic(source.displayPath(), line, column, offset, length, severity, issue.getMessage(),
                code, accepted, accepted ? acceptance(data) : null);
    }

    /** The error that stands in for a file too deeply nested to parse at all. */
    static WfaDiagnostic tooDeep(SourceFile source) {
        return new WfaDiagnostic(source.displayPath(), 1, 1, 0, 0, WfaDiagnostic.Severity.ERROR,
                WfaDeepStack.TOO_DEEP,
                WfaIssueCodes.SYNTAX_ERROR, false);
    }

    /** The severity and reason an accepted finding carries before its marker (see AbstractWfaRuleValidator). */
    private static WfaDiagnostic.Acceptance acceptance(String[] data) {
        if (data.length < 3) {
            return null;
        }
        WfaDiagnostic.Severity original = switch (data[data.length - 3]) {
            case "ERROR" -> WfaDiagnostic.Severity.ERROR;
            case "WARNING" -> WfaDiagnostic.Severity.WARNING;
            default -> WfaDiagnostic.Severity.INFO;
        };
        return new WfaDiagnostic.Acceptance(original, data[data.length - 2]);
    }
}

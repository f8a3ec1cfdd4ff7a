package org.wfa.dsl.compiler;

import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.WfaDiagnostic;

/**
 * The one-line summary of a compilation that every front end prints after the diagnostics, so
 * that the command line and the build plugins report a workspace in the same words.
 */
public final class WfaSummary {

    private WfaSummary() {}

    /** {@code Checked 12 files: 0 errors, 3 warnings, 1 info, 2 accepted.} */
    public static String of(Compilation compilation) {
        int files = compilation.sources().size();
        return "Checked " + files + (files == 1 ? " file" : " files") + ": "
                + plural(compilation.count(WfaDiagnostic.Severity.ERROR), "error") + ", "
                + plural(compilation.count(WfaDiagnostic.Severity.WARNING), "warning") + ", "
                + plural(compilation.count(WfaDiagnostic.Severity.INFO), "info")
                + (compilation.countAccepted() > 0 ? ", " + compilation.countAccepted() + " accepted" : "") + ".";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }
}

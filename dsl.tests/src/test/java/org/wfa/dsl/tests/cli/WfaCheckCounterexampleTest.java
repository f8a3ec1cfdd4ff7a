package org.wfa.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.tests.support.WfaCliRun;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.tests.support.WfaUnsoundSamples;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code wfa check} shows a soundness finding's counterexample (WFA112) under the finding, one
 * indented line {@code     at file:line:column: message} per step, and lists it in its JSON.
 */
class WfaCheckCounterexampleTest {

    @TempDir
    Path workspace;

    @Test
    void theTextOutputListsTheCounterexampleUnderTheFinding() throws IOException {
        WfaCliRun.write(workspace, "org.wfa", WfaTestWorkspace.ORGANISATION);
        Path file = WfaCliRun.write(workspace, "w.wfa", WfaUnsoundSamples.ACROSS_BRANCHES);

        WfaCliRun result = WfaCliRun.run("check", workspace.toString());

        assertEquals(1, result.status(), result.err());
        assertEquals(
                file + ":20:11: error: Stage 'B' can be reached twice at once: after start -> 'Split' -> 'A', a"
                        + " second token arrives before the first has gone on; expected the branches of a fork to"
                        + " meet only at its join. [WFA112]\n"
                        + "    at " + file + ":7:5: 1. the case starts\n"
                        + "    at " + file + ":9:10: 2. 'Split' starts its branches\n"
                        + "    at " + file + ":14:11: 3. 'A' is done\n"
                        + "Checked 2 files: 1 error, 0 warnings, 0 info.\n",
                result.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theJsonOutputListsTheCounterexampleAsRelatedLocations() throws IOException {
        WfaCliRun.write(workspace, "org.wfa", WfaTestWorkspace.ORGANISATION);
        Path file = WfaCliRun.write(workspace, "w.wfa", WfaUnsoundSamples.ACROSS_BRANCHES);

        WfaCliRun result = WfaCliRun.run("check", "--format", "json", workspace.toString());

        JsonObject diagnostic = JsonParser.parseString(result.out())
                .getAsJsonObject()
                .getAsJsonArray("diagnostics")
                .get(0)
                .getAsJsonObject();
        JsonArray related = diagnostic.getAsJsonArray("related");
        assertEquals(3, related.size(), diagnostic.toString());
        JsonObject fork = related.get(1).getAsJsonObject();
        assertEquals(file.toString(), fork.get("file").getAsString());
        assertEquals(9, fork.get("line").getAsInt());
        assertEquals(10, fork.get("column").getAsInt());
        assertEquals(9, fork.get("endLine").getAsInt());
        assertEquals(15, fork.get("endColumn").getAsInt());
        assertEquals("2. 'Split' starts its branches", fork.get("message").getAsString());
    }

    @Test
    void aFindingWithoutACounterexampleKeepsItsOneLine() throws IOException {
        WfaCliRun.write(workspace, "org.wfa", WfaTestWorkspace.ORGANISATION);
        String sound = WfaUnsoundSamples.ACROSS_BRANCHES.replace(
                "accountable HR.Head\n        -> B\n", "accountable HR.Head\n        -> Both\n");
        WfaCliRun.write(workspace, "w.wfa", sound.replace("workflow Hiring \"Hiring\"", "workflow Hiring"));

        WfaCliRun result = WfaCliRun.run("check", workspace.toString());

        String[] lines = result.out().split("\\R");
        assertEquals(2, lines.length, result.out());
        assertEquals(true, lines[0].endsWith("[WFA802]"), result.out());
    }
}

package org.wfa.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.diff.DiffMarkdownRenderer;
import org.wfa.dsl.diff.DiffTextRenderer;
import org.wfa.dsl.diff.WfaDiffer;
import org.wfa.dsl.diff.WorkspaceDiff;
import org.wfa.dsl.workspace.Compilation;
import org.wfa.dsl.workspace.SourceFile;

/** The diff engine, one kind of change at a time, on small workspaces. */
class WfaDiffEngineTest {

    private static final String ORG = """
            package acme.org

            team Ops "Operations" {
                role Lead "Team lead"
                role Clerk
            }
            team Fin "Finance" {
                role Controller
                role Payer
            }
            system Ledger "Ledger"
            artifact Request "Request"
            """;

    private static final String FLOW = """
            package acme.work

            import acme.org.*

            workflow Order "Order" {
                owner Ops.Lead
                sla 5 days escalate to Ops.Lead
                data {
                    amount: number
                }
                start -> capture

                stage capture "Capture order" {
                    responsible Ops.Clerk
                    accountable Ops.Lead
                    produces Request
                    duration 1 day
                    -> check
                }

                decision check "Large?" {
                    decided by Ops.Lead
                    when amount > 1000 -> approve "large"
                    otherwise -> pay
                }

                approval approve "Approve order" {
                    approver Fin.Controller
                    approves capture
                    sla 2 days escalate to Fin.Controller
                    approved -> pay
                    rejected -> refused
                }

                stage pay "Pay" {
                    responsible Fin.Payer
                    accountable Fin.Controller
                    consumes Request
                    duration 1 day
                    -> done
                }

                end done "Done"
                end refused "Refused"
            }
            """;

    private static final WfaCompiler COMPILER = WfaCompiler.create();

    private static Compilation compile(String org, String flow) {
        return COMPILER.compileSources(List.of(
                new SourceFile(Path.of("org.wfa"), "org.wfa", org),
                new SourceFile(Path.of("flow.wfa"), "flow.wfa", flow)));
    }

    private static WorkspaceDiff diff(String org1, String flow1, String org2, String flow2) {
        return WfaDiffer.create().diff(compile(org1, flow1), compile(org2, flow2));
    }

    private static String text(String flow2) {
        return DiffTextRenderer.render(diff(ORG, FLOW, ORG, flow2));
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void identicalWorkspacesGiveTheEmptyDiff() {
        WorkspaceDiff diff = diff(ORG, FLOW, ORG, FLOW);
        assertTrue(diff.isEmpty());
        assertEquals("No semantic changes.\n", DiffTextRenderer.render(diff));
    }

    @Test
    void stageAddedWithItsFlowsEdgeByEdge() {
        String out = text(replace(FLOW, "        -> done\n    }", """
                        -> file
                    }

                    stage file "File it" {
                        responsible Fin.Payer
                        accountable Fin.Controller
                        consumes Request
                        -> done
                    }"""));
        assertTrue(out.contains("  stage 'file' added\n"), out);
        assertTrue(out.contains("  flow removed: pay -> done\n"), out);
        assertTrue(out.contains("  flow added: pay -> file\n"), out);
        assertTrue(out.contains("  flow added: file -> done\n"), out);
        assertTrue(out.contains("  stages: 2 \u2192 3\n"), out);
    }

    @Test
    void stageRemoved() {
        String flow = replace(FLOW, "otherwise -> pay", "otherwise -> done");
        flow = replace(flow, "approved -> pay", "approved -> done");
        flow = flow.replaceAll("(?s)    stage pay .*?\\n    }\\n", "");
        String out = text(flow);
        assertTrue(out.contains("  stage 'pay' removed\n"), out);
        assertTrue(out.contains("  flow removed: check -> pay\n"), out);
        assertTrue(out.contains("  flow added: check -> done\n"), out);
    }

    @Test
    void renamedStageIsFoundByStructureEvenWithANewTitle() {
        String flow = FLOW.replace("capture", "intake").replace("Capture order", "Take the order in");
        String out = text(flow);
        assertTrue(out.contains("  stage 'capture' renamed to 'intake'\n"), out);
        assertTrue(out.contains("  stage 'intake': title Capture order \u2192 Take the order in\n"), out);
        assertFalse(out.contains("' added") || out.contains("' removed") || out.contains("  flow "), out);
    }

    @Test
    void ownerAndRaciChanges() {
        String flow = replace(FLOW, "owner Ops.Lead", "owner Fin.Controller");
        flow = replace(flow, "accountable Ops.Lead", "accountable Ops.Lead\n        consulted Fin.Controller");
        flow = replace(flow, "responsible Fin.Payer", "responsible Fin.Payer, Ledger");
        String out = text(flow);
        assertTrue(out.contains("  workflow 'acme.work.Order': owner Ops.Lead \u2192 Fin.Controller\n"), out);
        assertTrue(out.contains("  stage 'capture': consulted added: Fin.Controller\n"), out);
        assertTrue(out.contains("  stage 'pay': responsible Fin.Payer \u2192 Fin.Payer, Ledger\n"), out);
    }

    @Test
    void decisionOutcomeConditionChangeButNotItsSpelling() {
        assertTrue(diff(ORG, FLOW, ORG, replace(FLOW, "when amount > 1000 ->", "when (amount>1000)  ->"))
                .isEmpty());
        String out = text(replace(FLOW, "when amount > 1000 ->", "when amount > 500 ->"));
        assertTrue(
                out.contains("  decision 'check': outcome when amount > 1000 -> approve \"large\" \u2192"
                        + " when amount > 500 -> approve \"large\"\n"),
                out);
    }

    @Test
    void approversAndSlasAndDurations() {
        String flow = replace(FLOW, "approver Fin.Controller", "approver Fin.Controller, Ops.Lead");
        flow = replace(flow, "sla 2 days escalate to Fin.Controller", "sla 1 day escalate to Fin.Controller");
        flow = replace(flow, "sla 5 days escalate", "sla 1 week escalate");
        flow = replace(flow, "consumes Request\n        duration 1 day", "consumes Request\n        duration 3 days");
        String out = text(flow);
        assertTrue(
                out.contains("  approval 'approve': approver Fin.Controller \u2192 Fin.Controller, Ops.Lead\n"), out);
        assertTrue(
                out.contains("  approval 'approve': sla 2 days escalate to Fin.Controller \u2192 1 day escalate to"
                        + " Fin.Controller\n"),
                out);
        assertTrue(
                out.contains("  workflow 'acme.work.Order': sla 5 days escalate to Ops.Lead \u2192 1 week escalate"
                        + " to Ops.Lead\n"),
                out);
        assertTrue(out.contains("  stage 'pay': duration 1 day \u2192 3 days\n"), out);
        assertTrue(out.contains("  critical path: 2 days (SLA 5 days) \u2192 4 days (SLA 7 days)\n"), out);
    }

    @Test
    void organisationElementsAddedAndRemoved() {
        String org = replace(ORG, "    role Clerk\n", "    role Clerk\n    role Auditor\n");
        org = replace(org, "system Ledger \"Ledger\"\n", "system Ledger \"Ledger\"\nagent Bot\nperson Ann\n");
        org = replace(org, "artifact Request \"Request\"\n", "artifact Request \"Request\"\nteam Legal\n");
        WorkspaceDiff diff = diff(ORG, FLOW, org, FLOW);
        String out = DiffTextRenderer.render(diff);
        assertEquals("""
                organisation
                  team 'acme.org.Legal' added
                  role 'acme.org.Ops.Auditor' added
                  person 'acme.org.Ann' added
                  agent 'acme.org.Bot' added
                workspace
                  introduced warning WFA703 at agent 'acme.org.Bot': AI agent 'Bot' has no supervisor: expected\
                 'supervised by <role>', the people who answer for what it does.
                0 workflows changed, 0 added, 0 removed; 4 organisation changes; 1 finding introduced, 0 resolved.
                """, out);
        String back = DiffTextRenderer.render(diff(org, FLOW, ORG, FLOW));
        assertTrue(back.contains("  agent 'acme.org.Bot' removed\n"), back);
    }

    @Test
    void workflowsAddedAndRemovedByQualifiedName() {
        String moved = replace(FLOW, "package acme.work", "package acme.sales");
        String out = DiffTextRenderer.render(diff(ORG, FLOW, ORG, moved));
        assertTrue(out.contains("workflow 'acme.sales.Order' added\n"), out);
        assertTrue(out.contains("workflow 'acme.work.Order' removed\n"), out);
    }

    @Test
    void findingsAreComparedByRuleMessageAndElementNotByLine() {
        // The same flaw (no SLA on the approval) further down the file is the same finding.
        String flawed = replace(FLOW, "        sla 2 days escalate to Fin.Controller\n", "");
        String moved = replace(flawed, "    data {", "\n\n\n    data {");
        assertTrue(diff(ORG, flawed, ORG, moved).isEmpty());
        String out = text(flawed);
        assertTrue(out.contains("  introduced warning WFA303 at approval 'approve': "), out);
        String fixed = DiffTextRenderer.render(diff(ORG, flawed, ORG, FLOW));
        assertTrue(fixed.contains("  resolved warning WFA303 at approval 'approve': "), fixed);
    }

    @Test
    void markdownEscapesNamesAndTitlesAndDrawsTheNewFlow() {
        String hostile = replace(FLOW, "stage pay \"Pay\"", "stage pay \"Pay\\\"] --> x[\\\"<script>|`\"");
        String md = DiffMarkdownRenderer.render(diff(ORG, FLOW, ORG, hostile));
        assertTrue(md.contains("```mermaid\nflowchart LR\n"), md);
        assertTrue(md.contains("n_pay(\"Pay#34;#93; --#62; x#91;#34;#60;script#62;#124;#96;\"):::wfa_changed"), md);
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("title Pay \u2192 Pay\"\\] --&gt; x\\[\"&lt;script&gt;\\|\\`"), md);
    }
}

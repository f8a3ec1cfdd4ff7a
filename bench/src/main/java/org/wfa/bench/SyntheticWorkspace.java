package org.wfa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a seeded synthetic workspace: a shared organisation model and N workflow files of
 * about M steps each, shaped like real workflows (stages with RACI, artifacts and SLAs,
 * decisions over typed case data (conditions and rule tables), approvals with rework loops, forks and joins, calls of
 * workflows in other files, hand-offs between teams). The same seed gives the same files.
 *
 * <pre>java -cp bench/target/classes org.wfa.bench.SyntheticWorkspace OUT FILES STEPS_PER_FILE [SEED]</pre>
 */
public final class SyntheticWorkspace {

    private static final int TEAMS = 12;
    private static final int ROLES_PER_TEAM = 4;
    private static final int SYSTEMS = 10;

    private final Random random;
    private final int steps;
    /** Artifacts produced so far in the workflow being written: stages consume only these. */
    private final List<Integer> produced = new ArrayList<>();
    /** Artifacts are named after their workflow: several workflow files share a package. */
    private String prefix = "";

    private SyntheticWorkspace(long seed, int steps) {
        this.random = new Random(seed);
        this.steps = steps;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticWorkspace OUT FILES STEPS_PER_FILE [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        int written = write(out, files, steps, seed);
        System.err.println("wrote " + files + " workflow files with " + written + " steps to " + out);
    }

    /** Writes the workspace and returns the number of steps (stages, decisions, ...) written. */
    public static int write(Path out, int files, int stepsPerFile, long seed) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("organisation.wfa"), organisation(), StandardCharsets.UTF_8);
        // The workspace's policy: its generated workflows are longer than the default limit.
        Files.writeString(
                out.resolve("wfa.yaml"),
                "thresholds:\n  max-steps: " + (stepsPerFile + 10) + "\n",
                StandardCharsets.UTF_8);
        SyntheticWorkspace generator = new SyntheticWorkspace(seed, stepsPerFile);
        int total = 0;
        for (int i = 0; i < files; i++) {
            Path dir = out.resolve("area" + (i % 20));
            Files.createDirectories(dir);
            StringBuilder text = new StringBuilder();
            total += generator.workflow(i, files, text);
            Files.writeString(dir.resolve("flow" + i + ".wfa"), text, StandardCharsets.UTF_8);
        }
        return total;
    }

    static String organisation() {
        StringBuilder s = new StringBuilder("package bench.org\n");
        for (int t = 0; t < TEAMS; t++) {
            s.append("\nteam T").append(t).append(" \"Team ").append(t).append("\" {\n");
            for (int r = 0; r < ROLES_PER_TEAM; r++) {
                s.append("    role R")
                        .append(r)
                        .append(" \"Role ")
                        .append(r)
                        .append(" of team ")
                        .append(t)
                        .append("\"\n");
            }
            s.append("}\n");
        }
        for (int p = 0; p < TEAMS * 3; p++) {
            s.append("\nperson P")
                    .append(p)
                    .append(" \"Person ")
                    .append(p)
                    .append("\" {\n    holds T")
                    .append(p % TEAMS)
                    .append(".R")
                    .append(p % ROLES_PER_TEAM)
                    .append("\n}\n");
        }
        for (int y = 0; y < SYSTEMS; y++) {
            s.append("\nsystem S")
                    .append(y)
                    .append(" \"System ")
                    .append(y)
                    .append("\" {\n    owned by T")
                    .append(y % TEAMS)
                    .append("\n}\n");
        }
        s.append("\nagent Assistant \"Drafting assistant\" {\n    does \"Drafts documents\"\n"
                + "    supervised by T0.R0\n}\n");
        return s.toString();
    }

    private String role() {
        return "T" + random.nextInt(TEAMS) + ".R" + random.nextInt(ROLES_PER_TEAM);
    }

    /** A role other than the given one (for approvers and escalations: four eyes, no self-escalation). */
    private String roleOtherThan(String other) {
        String role = role();
        while (role.equals(other)) {
            role = role();
        }
        return role;
    }

    /** Appends one workflow file; returns its number of steps. */
    private int workflow(int index, int files, StringBuilder s) {
        s.append("package bench.area").append(index % 20).append("\n\nimport bench.org.*\n");
        if (index > 0) {
            s.append("import bench.area")
                    .append((index - 1) % 20)
                    .append(".Flow")
                    .append(index - 1)
                    .append('\n');
        }
        int shared = Math.max(2, steps / 10);
        for (int a = 0; a < shared; a++) {
            s.append("\nartifact Flow")
                    .append(index)
                    .append("A")
                    .append(a)
                    .append(" \"Record ")
                    .append(a)
                    .append("\" internal\n");
        }
        s.append("\nworkflow Flow")
                .append(index)
                .append(" \"Synthetic workflow ")
                .append(index)
                .append("\" {\n")
                .append("    description \"Generated for benchmarking\"\n")
                .append("    owner ")
                .append(role())
                .append('\n')
                .append("    sla ")
                .append(steps)
                .append(" days\n")
                .append("    data {\n        amount: number\n        urgent: boolean\n"
                        + "        tier: enum { bronze, silver, gold }\n        due: date\n    }\n");
        for (int y = 0; y < SYSTEMS; y++) {
            s.append("    depends on system S").append(y).append('\n');
        }
        produced.clear();
        prefix = "Flow" + index;
        int artifacts = shared;
        s.append("    start -> N0\n");
        List<String> body = new ArrayList<>();
        int n = 0;
        int count = 0;
        while (count < steps - 1) {
            int shape = random.nextInt(10);
            String next = "N" + (n + 1);
            if (shape < 6 || count == 0 || count > steps - 6) {
                body.add(stage("N" + n, next, artifacts));
                n++;
                count++;
            } else if (shape < 8) {
                // decision: two routes that meet again; every other one is a rule table (a DMN
                // decision), decided on the parity of its name so that the random stream, and
                // with it the rest of the workspace, stays what it was before tables were added.
                String decider = role();
                int threshold = random.nextInt(10_000);
                body.add("    decision N" + n + " \"Route " + n + "?\" {\n        decided by " + decider + "\n"
                        + (n % 2 == 0
                                ? "        rules first on amount, tier, urgent {\n"
                                        + "            > " + threshold + ", in [gold, silver], - -> N" + (n + 1)
                                        + " \"large order of a valued customer\"\n"
                                        + "            -, -, true -> N" + (n + 2) + " \"urgent\"\n        }\n"
                                : "        when amount > " + threshold + " and tier in [gold, silver] -> N" + (n + 1)
                                        + "\n        when urgent or due < \"2027-01-01\" -> N" + (n + 2) + "\n")
                        + "        otherwise -> N" + (n + 2) + "\n    }\n");
                body.add(stage("N" + (n + 1), "N" + (n + 2), artifacts));
                n += 2;
                count += 2;
            } else if (shape < 9) {
                // approval with a rework loop back to the approved stage
                String work = stage("N" + n, "N" + (n + 1), artifacts);
                String performer = work.substring(
                        work.indexOf("responsible ") + 12, work.indexOf('\n', work.indexOf("responsible ")));
                String accountable = work.substring(
                        work.indexOf("accountable ") + 12, work.indexOf('\n', work.indexOf("accountable ")));
                String approver = roleOtherThan(performer);
                while (approver.equals(accountable)) {
                    approver = roleOtherThan(performer);
                }
                body.add(work);
                body.add("    approval N" + (n + 1) + " \"Approve " + n + "\" {\n        approver " + approver
                        + "\n        approves N" + n + "\n        sla 2 days escalate to " + roleOtherThan(approver)
                        + "\n"
                        + "        approved -> N" + (n + 2) + "\n        rejected -> N" + n + "\n    }\n");
                n += 2;
                count += 2;
            } else {
                // fork into two branches and join them
                body.add("    fork N" + n + " {\n        -> N" + (n + 1) + "\n        -> N" + (n + 2) + "\n    }\n");
                body.add(stage("N" + (n + 1), "N" + (n + 3), artifacts));
                body.add(
                        index > 0 && random.nextBoolean()
                                ? "    call N" + (n + 2) + " \"Run flow " + (index - 1) + "\" {\n        workflow Flow"
                                        + (index - 1) + "\n        accountable " + role() + "\n        -> N" + (n + 3)
                                        + "\n    }\n"
                                : stage("N" + (n + 2), "N" + (n + 3), artifacts));
                body.add("    join N" + (n + 3) + " {\n        -> N" + (n + 4) + "\n    }\n");
                n += 4;
                count += 4;
            }
        }
        body.add("    end N" + n + " \"Done\"\n");
        for (String step : body) {
            s.append('\n').append(step);
        }
        s.append("}\n");
        return count + 1;
    }

    private String stage(String name, String next, int artifacts) {
        StringBuilder s = new StringBuilder();
        String responsible = role();
        s.append("    stage ")
                .append(name)
                .append(" \"Do the work of ")
                .append(name)
                .append("\" {\n")
                .append("        responsible ")
                .append(responsible)
                .append('\n')
                .append("        accountable ")
                .append(role())
                .append('\n');
        if (random.nextInt(3) == 0) {
            s.append("        consulted ").append(role()).append('\n');
        }
        if (random.nextInt(3) == 0) {
            s.append("        informed ")
                    .append(role())
                    .append(", ")
                    .append(role())
                    .append('\n');
        }
        // The first stage produces the case file A0 that every later stage works from; each stage
        // adds a record of its own.
        if (produced.isEmpty()) {
            s.append("        produces ").append(prefix).append("A0\n");
            produced.add(0);
        } else {
            int record = 1 + random.nextInt(Math.max(1, artifacts - 1));
            s.append("        consumes ")
                    .append(prefix)
                    .append("A0\n        produces ")
                    .append(prefix)
                    .append("A")
                    .append(record)
                    .append('\n');
        }
        if (random.nextInt(4) == 0) {
            s.append("        uses S").append(random.nextInt(SYSTEMS)).append('\n');
        }
        s.append("        duration ").append(1 + random.nextInt(8)).append(" hours\n");
        if (random.nextInt(4) == 0) {
            s.append("        sla 2 days escalate to ")
                    .append(roleOtherThan(responsible))
                    .append('\n');
        }
        if (random.nextInt(5) == 0) {
            s.append("        notify ")
                    .append(role())
                    .append(" about \"")
                    .append(name)
                    .append(" done\" via email\n");
        }
        s.append("        -> ").append(next).append("\n    }\n");
        return s.toString();
    }
}

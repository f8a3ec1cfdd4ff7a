package org.wfa.dsl.tests.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.wfa.dsl.workspace.SourceFile;

/**
 * A seeded generator of random <em>valid</em> workspaces (docs/reliability.md): it writes the
 * language the way docs/language.md describes it, construct by construct, so that every
 * workspace it makes checks without errors, while its shape, names, texts and layout vary.
 * <ul>
 * <li>an organisation file: teams with roles, persons holding them, systems owned by teams, AI
 * agents supervised by a role, shared artifacts of every classification;</li>
 * <li>workflow files in one or more packages: header clauses, case data of every type (fields
 * named with the words that are reserved elsewhere too), dependencies, local and received
 * artifacts, and a step graph built from nested blocks: sequences, decisions on typed
 * conditions, rule tables of every hit policy, approvals with rework loops, forks and joins,
 * calls and waits on workflows written before (so that calls never form a cycle), waits on
 * events, SLAs with escalation and breach routes, notifications and several ends;</li>
 * <li>titles, descriptions, labels and messages drawn from text that tries to break every
 * output (HTML, XML, Markdown, Mermaid, YAML, JSON, CSV formula prefixes, bidi controls,
 * characters outside the BMP), and names escaped with {@code ^};</li>
 * <li>an untidy layout (indentation, blank lines, comments, CRLF line ends), which the
 * formatter must bring to the canonical one without changing the meaning.</li>
 * </ul>
 * The same seed gives the same workspace. CI writes a few to disk and builds them, so that their
 * diagrams and pages go through the real renderers too:
 *
 * <pre>java -cp dsl.tests/target/test-classes:cli/target/wfa.jar org.wfa.dsl.tests.fuzz.WfaRandomWorkspace OUT FIRST_SEED COUNT</pre>
 */
public final class WfaRandomWorkspace {

    private static final String[] HOSTILE = {
        "<script>window.__wfaInjected=1</script>",
        "a & b < c > d",
        "\"quoted\"",
        "it's",
        "x | y | z",
        "[link](javascript:alert(1))",
        "=SUM(A1:A2)",
        "+1 call",
        "-2 items",
        "@cmd",
        "\u202Egnp.exe",
        "\u200Frtl",
        "rocket \uD83D\uDE80",
        "\u65E5\u672C\u8A9E",
        "line one\nline two",
        "back\\slash",
        "{{mustache}}",
        "${expr}",
        "%% mermaid comment",
        "click n call alert(1)",
        "]]> <!-- -->",
        "'; DROP TABLE x; --",
        "--- yaml",
        "# heading",
        "*em* _em_ **strong**",
        "`code`",
        "subgraph end",
        "{ braces }",
        "tab\there",
        "key: value",
        "- item",
        "? key",
        "&amp; &#x41;",
        "\"\"\"",
        "\\\"",
        "null",
        "true",
        "0x1F",
        "<b onmouseover=\"x()\">b</b>",
        ".*[regex]+",
        "\u00A0nbsp",
        "caf\u00E9",
        "\u2028sep",
        "<![CDATA[x]]>",
        "@{id}",
        "$1",
        "a\rb"
    };

    private static final String[] WORDS = {
        "review",
        "check",
        "prepare",
        "approve",
        "send",
        "collect",
        "assess",
        "route",
        "notify",
        "archive",
        "draft",
        "verify",
        "Fix",
        "_merge",
        "Plan",
        "escalate_it",
        "x"
    };

    /** Words reserved elsewhere that case data and enumeration values may be named with. */
    private static final String[] FIELD_WORDS = {
        "start",
        "end",
        "duration",
        "owner",
        "version",
        "timeout",
        "approved",
        "rejected",
        "event",
        "priority",
        "first",
        "unique",
        "any",
        "text",
        "number",
        "date",
        "boolean",
        "description",
        "goal",
        "trigger",
        "email",
        "chat",
        "sms",
        "phone",
        "portal",
        "ticket",
        "meeting",
        "public",
        "internal",
        "confidential",
        "restricted",
        "minute",
        "hours",
        "days",
        "week",
        "months"
    };

    /** Reserved words that steps are named with, escaped with '^'. */
    private static final String[] ESCAPED = {
        "stage", "role", "when", "in", "data", "join", "fork", "call", "system", "workflow", "not", "or", "and", "team"
    };

    private static final String[] UNITS = {
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months"
    };

    private static final String[] CHANNELS = {"email", "chat", "sms", "phone", "portal", "ticket", "meeting"};

    private static final String[] CLASSIFICATIONS = {"public", "internal", "confidential", "restricted"};

    private static final String[] RULES = {
        "four-eyes",
        "bus-factor",
        "handoff-without-artifact",
        "single-outcome-decision",
        "role-overload",
        "requester-not-informed",
        "workflow-too-large"
    };

    private enum Type {
        TEXT,
        NUMBER,
        BOOLEAN,
        DATE,
        DURATION,
        ENUM
    }

    private record Field(String name, Type type, List<String> values) {}

    /**
     * The defects an unsound workspace has, one per workflow, each made with a fork: the kinds of
     * mistake docs/semantics.md shows. Whether the workflow is unsound, and how, is for the
     * soundness checker to say: the defect only makes a problem likely.
     */
    enum Defect {
        /** A branch leads into another branch of the same fork. */
        ARROW_ACROSS_BRANCHES,
        /** A step before the fork has a route straight to its join. */
        JOIN_ENTERED_FROM_OUTSIDE,
        /** A step after the join sends the case back into one branch. */
        REWORK_INTO_A_BRANCH,
        /** A branch ends the case (always or on one route) instead of reaching the join. */
        END_INSIDE_A_BRANCH
    }

    private final Random random;
    /** Whether each workflow gets one defect (and no calls, which a counterexample cannot replay). */
    private final boolean unsound;
    /** Where the depth-0 block of the workflow being written puts its defect (unsound only). */
    private int defectAt;

    private int counter;

    // the organisation, as references usable from any file that imports its package
    private String orgPackage;
    private final List<String> roles = new ArrayList<>();
    private final List<String> teams = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final List<String> systems = new ArrayList<>();
    private final List<String> agents = new ArrayList<>();
    private final List<String> sharedArtifacts = new ArrayList<>();
    /** Workflows written so far, by qualified name: calls and waits refer only to these. */
    private final List<String> workflows = new ArrayList<>();

    // the workflow being written
    private final List<Field> fields = new ArrayList<>();
    private final Set<String> stepNames = new LinkedHashSet<>();
    private final List<String> steps = new ArrayList<>();
    /** Artifacts that exist on every path from the first stage on: later stages may consume them. */
    private final List<String> available = new ArrayList<>();

    private final List<String> localArtifacts = new ArrayList<>();
    private String indent;
    private int budget;

    private WfaRandomWorkspace(long seed, boolean unsound) {
        this.random = new Random(seed);
        this.unsound = unsound;
    }

    static List<SourceFile> generate(long seed) {
        return new WfaRandomWorkspace(seed, false).workspace();
    }

    /** A workspace whose every workflow has one {@link Defect}; otherwise as {@link #generate}. */
    static List<SourceFile> generateUnsound(long seed) {
        return new WfaRandomWorkspace(seed, true).workspace();
    }

    /**
     * Writes the workspaces of COUNT seeds from FIRST_SEED into OUT/seed-S/. With {@code
     * --unsound}, every workflow gets a defect and each workspace gets the soundness checker's
     * labels next to it ({@link WfaSoundnessLabels#FILE}).
     */
    public static void main(String[] args) throws IOException {
        boolean unsound = args.length > 0 && args[0].equals("--unsound");
        String[] rest = unsound ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length != 3) {
            System.err.println("usage: WfaRandomWorkspace [--unsound] OUT FIRST_SEED COUNT");
            System.exit(2);
        }
        long first = Long.parseLong(rest[1]);
        for (long seed = first; seed < first + Integer.parseInt(rest[2]); seed++) {
            Path folder = Path.of(rest[0], "seed-" + seed);
            for (SourceFile file : new WfaRandomWorkspace(seed, unsound).workspace()) {
                Path target = folder.resolve(file.displayPath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.text(), StandardCharsets.UTF_8);
            }
            if (unsound) {
                Files.writeString(
                        folder.resolve(WfaSoundnessLabels.FILE), WfaSoundnessLabels.of(folder), StandardCharsets.UTF_8);
            }
        }
    }

    private List<SourceFile> workspace() {
        List<SourceFile> files = new ArrayList<>();
        orgPackage = packageName() + ".org";
        files.add(file("org/organisation.wfa", organisation()));
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String pkg =
                    i > 0 && random.nextInt(3) == 0 ? packageOf(workflows.get(workflows.size() - 1)) : packageName();
            files.add(file("flows/file" + i + ".wfa", workflowFile(pkg)));
        }
        return files;
    }

    private SourceFile file(String path, String text) {
        String lineEnd = random.nextInt(5) == 0 ? "\r\n" : "\n";
        return new SourceFile(Path.of("/random", path), path, text.replace("\n", lineEnd));
    }

    // ------------------------------------------------------------------ the organisation

    private String organisation() {
        StringBuilder s = new StringBuilder("package ").append(orgPackage).append("\n\n");
        int teamCount = 2 + random.nextInt(3);
        for (int t = 0; t < teamCount; t++) {
            String team = name("Team");
            teams.add(team);
            comment(s, "");
            s.append("team ").append(team).append(title()).append(" {\n");
            if (random.nextBoolean()) {
                s.append("    description ").append(text()).append('\n');
            }
            int roleCount = 1 + random.nextInt(3);
            for (int r = 0; r < roleCount; r++) {
                String role = name("Role");
                roles.add(team + "." + role);
                s.append("    role ").append(role).append(title());
                if (random.nextInt(3) == 0) {
                    s.append(" {\n        description ").append(text()).append("\n    }");
                }
                s.append('\n');
            }
            s.append("}\n\n");
        }
        if (random.nextBoolean()) {
            String empty = name("Board");
            teams.add(empty);
            s.append("team ").append(empty).append(title()).append("\n\n");
        }
        for (String role : roles) {
            int holders = random.nextInt(3);
            for (int h = 0; h < holders; h++) {
                String person = name("person");
                persons.add(person);
                Set<String> held = new LinkedHashSet<>(List.of(role));
                if (random.nextInt(3) == 0) {
                    held.add(pick(roles));
                }
                s.append("person ")
                        .append(person)
                        .append(title())
                        .append(" {\n    holds ")
                        .append(String.join(", ", held));
                s.append("\n}\n\n");
            }
        }
        int systemCount = 1 + random.nextInt(3);
        for (int y = 0; y < systemCount; y++) {
            String system = name("System");
            systems.add(system);
            s.append("system ")
                    .append(system)
                    .append(title())
                    .append(" {\n    owned by ")
                    .append(pick(teams))
                    .append("\n}\n\n");
        }
        int agentCount = random.nextInt(3);
        for (int a = 0; a < agentCount; a++) {
            String agent = name("Agent");
            agents.add(agent);
            s.append("agent ")
                    .append(agent)
                    .append(title())
                    .append(" {\n    does ")
                    .append(text());
            if (random.nextBoolean()) {
                s.append(", ").append(text());
            }
            s.append("\n    supervised by ")
                    .append(pick(roles))
                    .append("\n    uses ")
                    .append(pick(systems))
                    .append("\n}\n\n");
        }
        int artifactCount = 1 + random.nextInt(3);
        for (int a = 0; a < artifactCount; a++) {
            String artifact = name("Record");
            sharedArtifacts.add(artifact);
            s.append("artifact ").append(artifact).append(title()).append(' ').append(pick(CLASSIFICATIONS));
            if (random.nextBoolean()) {
                s.append(" {\n    description ").append(text()).append("\n}");
            }
            s.append("\n\n");
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ workflows

    private String workflowFile(String pkg) {
        StringBuilder body = new StringBuilder();
        List<String> imports = new ArrayList<>();
        imports.add(orgPackage + ".*");
        int count = 1 + random.nextInt(2);
        for (int w = 0; w < count; w++) {
            body.append(workflow(pkg, imports));
        }
        StringBuilder s = new StringBuilder();
        comment(s, "");
        s.append("package ").append(pkg).append("\n\n");
        for (String i : imports) {
            s.append("import ").append(i).append('\n');
        }
        return s.append('\n').append(body).toString();
    }

    private String workflow(String pkg, List<String> imports) {
        String name = name("Flow");
        fields.clear();
        stepNames.clear();
        steps.clear();
        available.clear();
        localArtifacts.clear();
        indent = pick(new String[] {"    ", "  ", "\t", "        ", " "});
        budget = 2 + random.nextInt(14);

        StringBuilder s = new StringBuilder();
        allow(s, "");
        comment(s, "");
        s.append("workflow ").append(name).append(title()).append(" {\n");
        List<String> header = new ArrayList<>();
        header.add("description " + text());
        header.add("version " + quote((1 + random.nextInt(3)) + "." + random.nextInt(10)));
        header.add("owner " + pick(roles));
        header.add("goal " + text());
        header.add("trigger " + text());
        header.add("sla " + duration() + (random.nextBoolean() ? " escalate to " + pick(roles) : ""));
        Collections.shuffle(header, random);
        for (String clause : header) {
            if (random.nextInt(4) > 0) {
                s.append(indent).append(clause).append('\n');
            }
        }
        if (random.nextBoolean()) {
            String received = pick(sharedArtifacts);
            available.add(received);
            s.append(indent).append("receives ").append(received).append('\n');
        }
        data(s);
        dependencies(s);
        int locals = 1 + random.nextInt(3);
        for (int a = 0; a < locals; a++) {
            String artifact = name("Doc");
            localArtifacts.add(artifact);
            s.append(indent).append("artifact ").append(artifact).append(title());
            if (random.nextBoolean()) {
                s.append(' ').append(pick(CLASSIFICATIONS));
            }
            s.append('\n');
        }
        // The first stage produces the case file; every later stage may work from it.
        String first = stepName();
        String done = stepName();
        String startName = random.nextBoolean() ? " " + name("begin") + title() : "";
        s.append(blank())
                .append(indent)
                .append("start")
                .append(startName)
                .append(" -> ")
                .append(first)
                .append('\n');
        String afterFirst = stepName();
        stage(first, afterFirst, false, List.of(localArtifacts.get(0)));
        available.add(localArtifacts.get(0));
        block(afterFirst, done, false, 0);
        end(done);
        for (String step : steps) {
            s.append(blank()).append(step);
        }
        s.append("}\n\n");
        workflows.add(pkg + "." + name);
        return s.toString();
    }

    private void data(StringBuilder s) {
        if (random.nextInt(5) == 0) {
            return;
        }
        s.append(indent).append("data {\n");
        Set<String> symbols = new LinkedHashSet<>();
        int count = 1 + random.nextInt(6);
        for (int f = 0; f < count; f++) {
            Type type = Type.values()[random.nextInt(Type.values().length)];
            String field = symbol(symbols);
            List<String> values = new ArrayList<>();
            String declared = type.name().toLowerCase();
            if (type == Type.ENUM) {
                int n = 1 + random.nextInt(4);
                for (int v = 0; v < n; v++) {
                    values.add(symbol(symbols));
                }
                declared = "enum { " + String.join(", ", values) + " }";
            }
            fields.add(new Field(field, type, values));
            s.append(indent).append(indent).append(field).append(": ").append(declared);
            if (random.nextBoolean()) {
                s.append(' ').append(text());
            }
            s.append('\n');
        }
        s.append(indent).append("}\n");
    }

    /** A data field or enumeration value: a name or a word reserved elsewhere, unique in the workflow. */
    private String symbol(Set<String> taken) {
        String symbol = random.nextInt(3) == 0 ? pick(FIELD_WORDS) : name("f");
        while (!taken.add(symbol)) {
            symbol = name("f");
        }
        return symbol;
    }

    private void dependencies(StringBuilder s) {
        int count = random.nextInt(4);
        for (int d = 0; d < count; d++) {
            int kind = random.nextInt(4);
            String target = kind == 0
                    ? "team " + pick(teams)
                    : kind == 1
                            ? "system " + pick(systems)
                            : kind == 2 && !agents.isEmpty()
                                    ? "agent " + pick(agents)
                                    : !workflows.isEmpty() ? "workflow " + pick(workflows) : "system " + pick(systems);
            s.append(indent)
                    .append("depends on ")
                    .append(target)
                    .append(random.nextBoolean() ? " " + text() : "")
                    .append('\n');
        }
    }

    // ------------------------------------------------------------------ the step graph

    /**
     * Writes steps that lead from {@code entry} (a step this writes) to {@code exit} (a step
     * written elsewhere). Inside a fork's branch no route may leave for an end: every branch must
     * reach the join.
     */
    private void block(String entry, String exit, boolean inBranch, int depth) {
        int segments = depth == 0 ? budget : 1 + random.nextInt(3);
        if (unsound && depth == 0) {
            defectAt = random.nextInt(Math.max(1, segments));
        }
        String current = entry;
        for (int i = 0; i < segments; i++) {
            String next = i == segments - 1 ? exit : stepName();
            if (unsound && depth == 0 && i == defectAt) {
                budget--;
                defectiveFork(current, next, Defect.values()[random.nextInt(Defect.values().length)]);
            } else {
                segment(current, next, inBranch, depth);
            }
            current = next;
        }
    }

    /** One construct from {@code entry} to {@code exit}; only stages once the budget is spent. */
    private void segment(String entry, String exit, boolean inBranch, int depth) {
        budget--;
        int shape = budget <= 0 || depth > 3 ? 0 : random.nextInt(10);
        switch (shape) {
            case 1, 2, 3 -> {
                // Work before every decision: two decisions in a row on one field could contradict
                // each other, and the soundness checker would rightly find steps that never run.
                String decision = stepName();
                stage(entry, decision, inBranch, List.of());
                if (shape == 3) {
                    ruleTable(decision, exit, inBranch, depth);
                } else {
                    decision(decision, exit, inBranch, depth);
                }
            }
            case 4 -> approval(entry, exit, inBranch, depth);
            case 5 -> fork(entry, exit, depth);
            case 6 -> {
                if (workflows.isEmpty() || unsound) {
                    stage(entry, exit, inBranch, List.of());
                } else {
                    call(entry, exit, inBranch);
                }
            }
            case 7 -> waitFor(entry, exit, inBranch, depth);
            default -> stage(entry, exit, inBranch, List.of());
        }
    }

    /** A route out of a decision: on to a block that ends at the exit, straight to it, or to an end. */
    private String route(String exit, boolean inBranch, int depth) {
        return route(exit, inBranch, depth, !inBranch);
    }

    /** A route that reaches the exit: every construct has one, or the steps after it are unreachable. */
    private String onward(String exit, boolean inBranch, int depth) {
        return route(exit, inBranch, depth, false);
    }

    private String route(String exit, boolean inBranch, int depth, boolean mayEnd) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return exit;
        }
        if (kind == 1 && mayEnd) {
            String end = stepName();
            end(end);
            return end;
        }
        String entry = stepName();
        block(entry, exit, inBranch, depth + 1);
        return entry;
    }

    private void stage(String name, String next, boolean inBranch, List<String> produces) {
        StringBuilder s = new StringBuilder();
        allow(s, indent);
        comment(s, indent);
        s.append(indent).append("stage ").append(name).append(title()).append(" {\n");
        List<String> clauses = new ArrayList<>();
        String accountable = pick(roles);
        List<String> responsible = new ArrayList<>();
        int kind = random.nextInt(6);
        if (kind == 0 && !agents.isEmpty()) {
            responsible.add(pick(agents));
            if (random.nextBoolean()) {
                responsible.add(pick(roles));
            }
            clauses.add("reviewed by " + pick(roles));
        } else if (kind == 1) {
            responsible.add(pick(systems));
        } else if (kind == 2 && !persons.isEmpty()) {
            responsible.add(pick(persons));
        } else {
            responsible.add(pick(roles));
        }
        clauses.add("responsible " + String.join(", ", new LinkedHashSet<>(responsible)));
        clauses.add("accountable " + accountable);
        optional(clauses, "description " + text());
        optional(clauses, "consulted " + parties());
        optional(clauses, "informed " + parties());
        List<String> produced = new ArrayList<>(produces);
        if (random.nextBoolean()) {
            produced.add(random.nextBoolean() ? pick(localArtifacts) : pick(sharedArtifacts));
        }
        if (!produced.isEmpty()) {
            clauses.add("produces " + String.join(", ", new LinkedHashSet<>(produced)));
        }
        if (!available.isEmpty() && random.nextBoolean()) {
            clauses.add("consumes " + pick(available));
        }
        optional(clauses, "uses " + pick(systems));
        optional(clauses, "duration " + duration());
        slas(clauses, next);
        notifications(clauses);
        clauses.add("-> " + next);
        step(s, clauses);
    }

    private void call(String name, String next, boolean inBranch) {
        StringBuilder s = new StringBuilder();
        comment(s, indent);
        s.append(indent).append("call ").append(name).append(title()).append(" {\n");
        List<String> clauses = new ArrayList<>();
        clauses.add("workflow " + pick(workflows));
        clauses.add("responsible " + pick(roles));
        clauses.add("accountable " + pick(roles));
        optional(clauses, "informed " + parties());
        optional(clauses, "duration " + duration());
        slas(clauses, next);
        notifications(clauses);
        clauses.add("-> " + next);
        step(s, clauses);
    }

    private void decision(String name, String exit, boolean inBranch, int depth) {
        StringBuilder s = new StringBuilder();
        allow(s, indent);
        s.append(indent).append("decision ").append(name).append(title()).append(" {\n");
        List<String> clauses = new ArrayList<>();
        optional(clauses, "description " + text());
        if (random.nextInt(4) > 0) {
            clauses.add("decided by " + (random.nextBoolean() ? pick(roles) : pick(systems)));
        }
        Field covered =
                fields.stream().filter(f -> f.type() == Type.ENUM).findFirst().orElse(null);
        // Unsound mode leaves out a decision with a single 'when' and no 'otherwise' (an enumeration
        // of one value, covered): Operaton refuses the conditional flow of a one-way gateway
        // (docs/reliability.md, "The engines as oracle for soundness").
        if (covered != null && !(unsound && covered.values().size() == 1) && random.nextInt(3) == 0) {
            // every value of the enumeration has its route: no 'otherwise' needed
            for (String value : covered.values()) {
                String to = value.equals(covered.values().get(0))
                        ? onward(exit, inBranch, depth)
                        : route(exit, inBranch, depth);
                clauses.add("when " + covered.name() + " = " + value + " -> " + to + label());
            }
        } else {
            int outcomes = fields.isEmpty() ? 0 : 1 + random.nextInt(3);
            for (int o = 0; o < outcomes; o++) {
                clauses.add("when " + condition(0) + " -> " + route(exit, inBranch, depth) + label());
            }
            clauses.add("otherwise -> " + onward(exit, inBranch, depth));
        }
        step(s, clauses);
    }

    private void ruleTable(String name, String exit, boolean inBranch, int depth) {
        if (fields.isEmpty()) {
            decision(name, exit, inBranch, depth);
            return;
        }
        List<Field> inputs = new ArrayList<>();
        for (Field field : fields) {
            if (random.nextBoolean() || inputs.isEmpty() && field == fields.get(fields.size() - 1)) {
                inputs.add(field);
            }
        }
        String policy = pick(new String[] {"", "first ", "unique ", "priority ", "any "});
        String target = onward(exit, inBranch, depth);
        StringBuilder s = new StringBuilder();
        s.append(indent).append("decision ").append(name).append(title()).append(" {\n");
        s.append(indent)
                .append(indent)
                .append("decided by ")
                .append(pick(systems))
                .append('\n');
        int rows = 1 + random.nextInt(4);
        // In a 'unique' table no two rows may match the same case: one column tests for equality
        // with a different value in every row.
        Field key = !policy.equals("unique ")
                ? null
                : inputs.stream()
                        .filter(f -> f.type() == Type.NUMBER || f.type() == Type.TEXT || f.type() == Type.ENUM)
                        .findFirst()
                        .orElse(null);
        if (policy.equals("unique ") && key == null) {
            policy = "first ";
        }
        if (key != null && key.type() == Type.ENUM) {
            rows = Math.min(rows, key.values().size());
        }
        s.append(indent)
                .append(indent)
                .append("rules ")
                .append(policy)
                .append("on ")
                .append(String.join(", ", inputs.stream().map(Field::name).toList()))
                .append(" {\n");
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (Field input : inputs) {
                cells.add(input != key ? cell(input) : (random.nextBoolean() ? "= " : "") + distinct(key, r));
            }
            // 'any' tables lead every matching row to the same step; the others may route apart
            String to = r == 0 || policy.equals("any ") || random.nextBoolean() ? target : route(exit, inBranch, depth);
            s.append(indent)
                    .append(indent)
                    .append(indent)
                    .append(String.join(", ", cells))
                    .append(" -> ")
                    .append(to)
                    .append(label())
                    .append('\n');
        }
        s.append(indent).append(indent).append("}\n");
        s.append(indent)
                .append(indent)
                .append("otherwise -> ")
                .append(route(exit, inBranch, depth))
                .append('\n');
        s.append(indent).append("}\n");
        steps.add(s.toString());
    }

    /** A value of the field that differs for every row number. */
    private String distinct(Field field, int row) {
        return switch (field.type()) {
            case NUMBER -> String.valueOf(row * 1000 + random.nextInt(1000));
            case ENUM -> field.values().get(row);
            default -> quote(row + " " + pick(HOSTILE));
        };
    }

    private String cell(Field field) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return "-";
        }
        if (kind == 1 && field.type() != Type.BOOLEAN) {
            return "in [" + value(field) + ", " + value(field) + "]";
        }
        String op = ordered(field) && random.nextBoolean()
                ? pick(new String[] {"<", "<=", ">", ">="})
                : pick(new String[] {"", "= ", "!= "}).trim();
        return (op.isEmpty() ? "" : op + " ") + value(field);
    }

    private void approval(String name, String exit, boolean inBranch, int depth) {
        // the work being approved, done by one role and approved by others (four eyes)
        String work = name;
        String approvalName = stepName();
        String doer = pick(roles);
        String accountable = pick(roles);
        List<String> approvers = new ArrayList<>(roles);
        approvers.remove(doer);
        approvers.remove(accountable);
        if (approvers.isEmpty()) {
            stage(name, exit, inBranch, List.of());
            return;
        }
        StringBuilder w = new StringBuilder();
        w.append(indent).append("stage ").append(work).append(title()).append(" {\n");
        List<String> workClauses = new ArrayList<>(List.of("responsible " + doer, "accountable " + accountable));
        optional(workClauses, "produces " + pick(localArtifacts));
        workClauses.add("-> " + approvalName);
        step(w, workClauses);

        StringBuilder s = new StringBuilder();
        allow(s, indent);
        s.append(indent)
                .append("approval ")
                .append(approvalName)
                .append(title())
                .append(" {\n");
        List<String> clauses = new ArrayList<>();
        optional(clauses, "description " + text());
        Collections.shuffle(approvers, random);
        clauses.add("approver "
                + String.join(", ", approvers.subList(0, 1 + random.nextInt(Math.min(3, approvers.size())))));
        clauses.add("approves " + work);
        optional(clauses, "informed " + parties());
        if (random.nextBoolean()) {
            clauses.add("sla " + duration() + " escalate to " + pick(roles));
        }
        notifications(clauses);
        clauses.add("approved -> " + onward(exit, inBranch, depth));
        // a rejection goes back to rework, or (outside a fork's branch) may end the case
        String rejected = inBranch || random.nextBoolean() ? work : route(exit, inBranch, depth);
        clauses.add("rejected -> " + rejected);
        step(s, clauses);
    }

    private void fork(String name, String exit, int depth) {
        String join = stepName();
        List<String> branches = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int b = 0; b < count; b++) {
            String branch = stepName();
            branches.add(branch);
            block(branch, join, true, depth + 1);
        }
        StringBuilder s = new StringBuilder();
        s.append(indent).append("fork ").append(name).append(title()).append(" {\n");
        List<String> clauses = new ArrayList<>();
        optional(clauses, "description " + text());
        for (String branch : branches) {
            clauses.add("-> " + branch);
        }
        step(s, clauses);
        StringBuilder j = new StringBuilder();
        j.append(indent).append("join ").append(join).append(title()).append(" {\n");
        List<String> joinClauses = new ArrayList<>();
        optional(joinClauses, "description " + text());
        joinClauses.add("-> " + exit);
        step(j, joinClauses);
    }

    /**
     * A fork from {@code entry} with its join leading to {@code exit}, made unsound by the defect
     * (docs/semantics.md, "Examples"). The branches are ordinary blocks otherwise.
     */
    private void defectiveFork(String entry, String exit, Defect defect) {
        String fork = defect == Defect.JOIN_ENTERED_FROM_OUTSIDE ? stepName() : entry;
        String join = stepName();
        String after = defect == Defect.REWORK_INTO_A_BRANCH ? stepName() : exit;
        List<String> branches = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        for (int b = 0; b < count; b++) {
            branches.add(stepName());
        }
        for (int b = count - 1; b >= 0; b--) {
            String branch = branches.get(b);
            if (b == 0 && defect == Defect.ARROW_ACROSS_BRANCHES) {
                // the first branch's steps lead into the second branch's first step
                block(branch, branches.get(1), true, 1);
            } else if (b == 0 && defect == Defect.END_INSIDE_A_BRANCH) {
                String end = stepName();
                end(end);
                if (random.nextBoolean()) {
                    block(branch, end, true, 1);
                } else {
                    String rest = stepName();
                    choice(branch, end, rest);
                    block(rest, join, true, 1);
                }
            } else {
                block(branch, join, true, 1);
            }
        }
        StringBuilder s = new StringBuilder();
        s.append(indent).append("fork ").append(fork).append(title()).append(" {\n");
        List<String> clauses = new ArrayList<>();
        for (String branch : branches) {
            clauses.add("-> " + branch);
        }
        step(s, clauses);
        StringBuilder j = new StringBuilder();
        j.append(indent).append("join ").append(join).append(title()).append(" {\n");
        step(j, new ArrayList<>(List.of("-> " + after)));
        if (defect == Defect.JOIN_ENTERED_FROM_OUTSIDE) {
            choice(entry, join, fork);
        } else if (defect == Defect.REWORK_INTO_A_BRANCH) {
            choice(after, branches.get(random.nextInt(count)), exit);
        }
    }

    /**
     * A step with two routes that the case takes one of: a decision on the data, or (a workflow
     * without data) a wait whose timeout takes the first.
     */
    private void choice(String name, String first, String otherwise) {
        StringBuilder s = new StringBuilder();
        List<String> clauses = new ArrayList<>();
        if (fields.isEmpty()) {
            s.append(indent).append("wait ").append(name).append(title()).append(" {\n");
            clauses.add("for event " + text());
            clauses.add("timeout " + duration() + " -> " + first);
            clauses.add("-> " + otherwise);
        } else {
            s.append(indent).append("decision ").append(name).append(title()).append(" {\n");
            clauses.add("when " + condition(0) + " -> " + first);
            clauses.add("otherwise -> " + otherwise);
        }
        step(s, clauses);
    }

    private void waitFor(String name, String exit, boolean inBranch, int depth) {
        StringBuilder s = new StringBuilder();
        s.append(indent).append("wait ").append(name).append(title()).append(" {\n");
        List<String> clauses = new ArrayList<>();
        optional(clauses, "description " + text());
        clauses.add(
                !workflows.isEmpty() && random.nextBoolean()
                        ? "for workflow " + pick(workflows)
                        : "for event " + text());
        if (random.nextInt(4) > 0) {
            clauses.add("timeout " + duration() + " -> " + route(exit, inBranch, depth));
        }
        clauses.add("-> " + exit);
        step(s, clauses);
    }

    private void end(String name) {
        StringBuilder s = new StringBuilder();
        comment(s, indent);
        s.append(indent).append("end ").append(name).append(title());
        List<String> clauses = new ArrayList<>();
        optional(clauses, "description " + text());
        notifications(clauses);
        if (!clauses.isEmpty()) {
            s.append(" {\n");
            clauses(s, clauses);
            s.append(indent).append('}');
        }
        s.append('\n');
        steps.add(s.toString());
    }

    private void slas(List<String> clauses, String next) {
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            StringBuilder sla = new StringBuilder("sla ").append(duration());
            if (random.nextBoolean()) {
                sla.append(" escalate to ")
                        .append(random.nextInt(4) == 0 && !persons.isEmpty() ? pick(persons) : pick(roles));
            }
            if (random.nextInt(3) == 0) {
                sla.append(" on breach -> ").append(next);
            }
            clauses.add(sla.toString());
        }
    }

    private void notifications(List<String> clauses) {
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(3);
            String what = kind == 0
                    ? " about " + text()
                    : kind == 1 ? " of " + (random.nextBoolean() ? pick(localArtifacts) : pick(sharedArtifacts)) : "";
            clauses.add("notify " + parties() + what + (random.nextBoolean() ? " via " + pick(CHANNELS) : ""));
        }
    }

    // ------------------------------------------------------------------ conditions

    /** A yes/no condition over the workflow's data (which is not empty). */
    private String condition(int depth) {
        int kind = depth > 2 ? 0 : random.nextInt(8);
        return switch (kind) {
            case 1 -> condition(depth + 1) + " and " + condition(depth + 1);
            case 2 -> condition(depth + 1) + " or " + condition(depth + 1);
            case 3 -> "not " + condition(depth + 1);
            case 4 -> "(" + condition(depth + 1) + ")";
            default -> comparison();
        };
    }

    private String comparison() {
        Field field = pick(fields);
        return switch (field.type()) {
            case BOOLEAN -> random.nextBoolean() ? field.name() : field.name() + " = " + value(field);
            case ENUM ->
                random.nextBoolean()
                        ? field.name() + (random.nextBoolean() ? " = " : " != ") + value(field)
                        : field.name() + (random.nextBoolean() ? " not in [" : " in [") + value(field) + ", "
                                + value(field) + "]";
            case TEXT -> field.name() + (random.nextBoolean() ? " = " : " != ") + value(field);
            default -> {
                Field other = sameType(field);
                yield field.name() + " " + pick(new String[] {"=", "!=", "<", "<=", ">", ">="}) + " "
                        + (other != null && random.nextInt(4) == 0 ? other.name() : value(field));
            }
        };
    }

    private Field sameType(Field field) {
        return fields.stream()
                .filter(f -> f != field && f.type() == field.type())
                .findFirst()
                .orElse(null);
    }

    private static boolean ordered(Field field) {
        return field.type() == Type.NUMBER || field.type() == Type.DATE || field.type() == Type.DURATION;
    }

    private String value(Field field) {
        return switch (field.type()) {
            case TEXT -> text();
            case NUMBER ->
                switch (random.nextInt(3)) {
                    case 0 -> String.valueOf(random.nextInt(100_000));
                    case 1 -> "-" + random.nextInt(50);
                    default -> random.nextInt(10) + "." + random.nextInt(1000);
                };
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case DATE ->
                quote(String.format(
                        "%04d-%02d-%02d", 1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            case DURATION -> duration();
            case ENUM -> pick(field.values());
        };
    }

    // ------------------------------------------------------------------ words and layout

    private String name(String base) {
        return (random.nextInt(3) == 0 ? pick(WORDS) : base) + "_" + (++counter);
    }

    private String stepName() {
        if (random.nextInt(8) == 0) {
            String word = "^" + pick(ESCAPED);
            if (stepNames.add(word)) {
                return word;
            }
        }
        String step = name("step");
        stepNames.add(step);
        return step;
    }

    private String packageName() {
        return pick(new String[] {"acme", "org_x", "_p", "Corp"}) + "."
                + pick(WORDS).toLowerCase() + (++counter);
    }

    private static String packageOf(String qualified) {
        return qualified.substring(0, qualified.lastIndexOf('.'));
    }

    private String parties() {
        List<String> parties = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            parties.add(random.nextInt(5) == 0 && !persons.isEmpty() ? pick(persons) : pick(roles));
        }
        return String.join(", ", new LinkedHashSet<>(parties));
    }

    private String duration() {
        int value = 1 + random.nextInt(random.nextInt(5) == 0 ? 1000 : 30);
        return value + " " + pick(UNITS);
    }

    private String title() {
        return random.nextInt(5) == 0 ? "" : " " + text();
    }

    private String label() {
        return random.nextBoolean() ? "" : " " + text();
    }

    /** A quoted text of plain words and fragments meant to break the outputs. */
    private String text() {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(random.nextBoolean() ? pick(WORDS) : pick(HOSTILE));
        }
        return quote(text.toString());
    }

    private static String quote(String value) {
        return "\""
                + value.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\t", "\\t")
                + "\"";
    }

    private void optional(List<String> clauses, String clause) {
        if (random.nextInt(3) == 0) {
            clauses.add(clause);
        }
    }

    /** Ends a step with its clauses and keeps it. */
    private void step(StringBuilder s, List<String> clauses) {
        clauses(s, clauses);
        s.append(indent).append("}\n");
        steps.add(s.toString());
    }

    /** The clauses of a step, in a random order (the language allows any), one per line. */
    private void clauses(StringBuilder s, List<String> clauses) {
        List<String> shuffled = new ArrayList<>(clauses);
        Collections.shuffle(shuffled, random);
        for (String clause : shuffled) {
            s.append(indent).append(indent).append(clause).append('\n');
        }
    }

    private void allow(StringBuilder s, String at) {
        if (random.nextInt(10) == 0) {
            s.append(at)
                    .append("@allow(")
                    .append(pick(RULES))
                    .append(", ")
                    .append(text())
                    .append(")\n");
        }
    }

    private void comment(StringBuilder s, String at) {
        int kind = random.nextInt(8);
        if (kind == 0) {
            s.append(at)
                    .append("// ")
                    .append(pick(HOSTILE).replace("\n", " ").replace("\r", " ").replace("\u2028", " "))
                    .append('\n');
        } else if (kind == 1) {
            s.append(at)
                    .append("/* ")
                    .append(pick(HOSTILE).replace("*/", "* /"))
                    .append(" */\n");
        }
    }

    private String blank() {
        return random.nextInt(3) == 0 ? "" : "\n";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }
}

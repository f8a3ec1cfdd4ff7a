package org.wfa.dsl.generator.sw;

import static org.wfa.dsl.generator.engine.WfaConditionTranslator.Dialect.JQ;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.wfa.dsl.analysis.FlowGraph;
import org.wfa.dsl.analysis.WfaOrganisation;
import org.wfa.dsl.analysis.WorkflowAnalysis;
import org.wfa.dsl.generator.engine.WfaConditionTranslator;
import org.wfa.dsl.model.StepKind;
import org.wfa.dsl.naming.Ref;
import org.wfa.dsl.naming.WfaRefs;
import org.wfa.dsl.wfa.Activity;
import org.wfa.dsl.wfa.Agent;
import org.wfa.dsl.wfa.Approval;
import org.wfa.dsl.wfa.Call;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Duration;
import org.wfa.dsl.wfa.Fork;
import org.wfa.dsl.wfa.Join;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.Party;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.Sla;
import org.wfa.dsl.wfa.Start;
import org.wfa.dsl.wfa.SystemDecl;
import org.wfa.dsl.wfa.Wait;
import org.wfa.dsl.wfa.Workflow;

/**
 * Builds the Serverless Workflow (1.0.3) document of one workflow as ordered maps and lists,
 * ready to be written as YAML.
 *
 * <p>The flow becomes a task list whose tasks name their successor with {@code then}. Work
 * (stages, approvals) is an {@code emit} of a request event followed by a {@code listen} for
 * its completion, so that people, systems and agents all report back the same way; a decision
 * is a {@code switch} on jq conditions; an approval is followed by a {@code switch} on
 * {@code <approval>Approved}; a fork is a {@code fork} whose branches hold the steps up to the
 * join; a wait is a {@code listen}; a call runs the called workflow; an end sets the outcome.
 * An SLA or timeout with a route becomes a {@code timeout} inside a {@code try} whose
 * {@code catch} marks the breach, followed by a {@code switch} that takes the route.
 */
final class SwWorkflowBuilder {

    static final String DSL_VERSION = "1.0.3";

    private static final String TIMEOUT_ERROR = "https://serverlessworkflow.io/spec/1.0.0/errors/timeout";

    private final Workflow workflow;
    private final WorkflowAnalysis analysis;
    private final WfaRefs refs;
    private final SwNames names;
    /** The steps inside some fork's region: they are written inside that fork's branches. */
    private final Set<EObject> inForks = new LinkedHashSet<>();

    SwWorkflowBuilder(Workflow workflow, WorkflowAnalysis analysis, WfaRefs refs) {
        this.workflow = workflow;
        this.analysis = analysis;
        this.refs = refs;
        this.names = new SwNames(workflow.getNodes().stream().map(Node::getName).toList());
        FlowGraph graph = analysis.graph();
        for (Node node : workflow.getNodes()) {
            if (node instanceof Fork fork
                    && analysis.matchOf(fork) != null
                    && analysis.matchOf(fork).join() != null) {
                analysis.matchOf(fork).region().forEach(v -> inForks.add(graph.vertex(v)));
                inForks.add(analysis.matchOf(fork).join());
            }
        }
    }

    Map<String, Object> build() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", document());
        if (workflow.getSla() != null) {
            root.put("timeout", after(workflow.getSla().getWithin()));
        }
        List<Node> order = new ArrayList<>();
        Node first = firstStep();
        if (first != null) {
            order.add(first);
        }
        workflow.getNodes().stream()
                .filter(n -> n != first && !inForks.contains(n))
                .forEach(order::add);
        root.put("do", taskList(order, Set.copyOf(order)));
        return root;
    }

    private Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        Ref ref = refs.of(workflow);
        String namespace =
                ref.name().contains(".") ? ref.name().substring(0, ref.name().lastIndexOf('.')) : "default";
        document.put("dsl", DSL_VERSION);
        document.put("namespace", SwNames.label(namespace));
        document.put("name", SwNames.label(workflow.getName()));
        document.put("version", SwNames.semanticVersion(workflow.getVersion()));
        document.put("title", ref.label());
        if (workflow.getDescription() != null) {
            document.put("summary", workflow.getDescription());
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("wfaName", ref.name());
        putIfPresent(metadata, "owner", refs.of(workflow.getOwner()));
        putIfPresent(metadata, "goal", workflow.getGoal());
        putIfPresent(metadata, "trigger", workflow.getTrigger());
        putIfPresent(metadata, "version", workflow.getVersion());
        document.put("metadata", metadata);
        return document;
    }

    private Node firstStep() {
        return workflow.getStarts().stream()
                .map(Start::getTarget)
                .filter(t -> t != null && !t.eIsProxy())
                .findFirst()
                .orElse(null);
    }

    /**
     * The tasks of the given steps, in order. {@code scope} is what a {@code then} may name:
     * a successor outside it leaves the list ({@code exit}), which is how a branch reaches its join.
     */
    private List<Map<String, Object>> taskList(List<Node> steps, Set<Node> scope) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Node step : steps) {
            tasks.addAll(tasksOf(step, scope));
        }
        return tasks;
    }

    private List<Map<String, Object>> tasksOf(Node step, Set<Node> scope) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        return switch (StepKind.of(step)) {
            case STAGE, CALL -> {
                Activity activity = (Activity) step;
                Map<String, Object> work =
                        activity instanceof Call call ? run(call) : request(activity, activity.getResponsible());
                metadata(work, activity);
                routed(step.getName(), work, activity.getSlas(), next(activity, scope), scope, tasks);
                yield tasks;
            }
            case APPROVAL -> {
                Approval approval = (Approval) step;
                Map<String, Object> work = request(approval, approval.getApprovers());
                String outcome = names.added(approval.getName() + "Outcome");
                routed(step.getName(), work, approval.getSlas(), outcome, scope, tasks);
                List<Map<String, Object>> cases = new ArrayList<>();
                cases.add(switchCase(
                        "approved",
                        "${ ." + approval.getName() + "Approved == true }",
                        then(approval.getApproved(), scope)));
                cases.add(switchCase("rejected", null, then(approval.getRejected(), scope)));
                tasks.add(task(outcome, Map.of("switch", cases)));
                yield tasks;
            }
            case DECISION -> List.of(task(step.getName(), Map.of("switch", decisionCases((Decision) step, scope))));
            case FORK -> List.of(task(step.getName(), fork((Fork) step, scope)));
            // A join has no task of its own: its fork's task goes on after it.
            case JOIN -> List.of();
            case WAIT -> {
                Wait wait = (Wait) step;
                Map<String, Object> listen = listen(
                        wait.getWorkflow() != null
                                ? eventFilter(
                                        "org.wfa.workflow.completed",
                                        refs.of(wait.getWorkflow()).name())
                                : eventFilter(
                                        SwNames.eventType(wait.getEvent() == null ? wait.getName() : wait.getEvent()),
                                        null));
                String next =
                        wait.getNext().isEmpty() ? "end" : then(wait.getNext().get(0), scope);
                if (wait.getTimeout() != null && wait.getTimeoutRoute() != null) {
                    timeboxed(
                            step.getName(),
                            listen,
                            WfaOrganisation.minutes(wait.getTimeout()),
                            then(wait.getTimeoutRoute(), scope),
                            next,
                            tasks);
                } else {
                    listen.put("then", next);
                    tasks.add(task(step.getName(), listen));
                }
                yield tasks;
            }
            case END -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("set", Map.of("outcome", step.getName()));
                body.put("then", "end");
                yield List.of(task(step.getName(), body));
            }
        };
    }

    /** Work with its SLA: timeboxed when a breach has a route, else the SLA is recorded as metadata. */
    private void routed(
            String name,
            Map<String, Object> work,
            List<Sla> slas,
            String next,
            Set<Node> scope,
            List<Map<String, Object>> tasks) {
        Sla routedSla = slas.stream()
                .filter(s -> s.getRoute() != null && !s.getRoute().eIsProxy())
                .findFirst()
                .orElse(null);
        if (routedSla == null) {
            work.put("then", next);
            tasks.add(task(name, work));
        } else {
            timeboxed(
                    name,
                    work,
                    WfaOrganisation.minutes(routedSla.getWithin()),
                    then(routedSla.getRoute(), scope),
                    next,
                    tasks);
        }
    }

    /**
     * A task with a time limit: the work runs inside a {@code try} with a {@code timeout}; the
     * {@code catch} marks the breach, and a {@code switch} then takes the breach route or goes on.
     */
    private void timeboxed(
            String name,
            Map<String, Object> work,
            long minutes,
            String breachRoute,
            String next,
            List<Map<String, Object>> tasks) {
        String flag = name + "Breached";
        String check = names.added(name + "Breach");
        Map<String, Object> limited = new LinkedHashMap<>(work);
        limited.put("timeout", Map.of("after", SwNames.isoDuration(minutes)));
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("try", List.of(task("work", limited)));
        Map<String, Object> catchBlock = new LinkedHashMap<>();
        catchBlock.put("errors", Map.of("with", Map.of("type", TIMEOUT_ERROR)));
        catchBlock.put("do", List.of(task("markBreach", Map.of("set", Map.of(flag, true)))));
        attempt.put("catch", catchBlock);
        attempt.put("then", check);
        tasks.add(task(name, attempt));
        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(switchCase("breached", "${ ." + flag + " == true }", breachRoute));
        cases.add(switchCase("inTime", null, next));
        tasks.add(task(check, Map.of("switch", cases)));
    }

    /** Work as a request event and a wait for its completion event, correlated by workflow and step. */
    private Map<String, Object> request(Node step, List<Party> assignees) {
        Map<String, Object> with = new LinkedHashMap<>();
        with.put("source", "https://wfa.dev/workflows/" + refs.of(workflow).name());
        with.put("type", "org.wfa.work.requested");
        with.put("subject", step.getName());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("step", step.getName());
        data.put("title", refs.of(step).label());
        data.put("assignees", refs.of(assignees).stream().map(Ref::name).toList());
        with.put("data", data);
        Map<String, Object> emit = Map.of("emit", Map.of("event", Map.of("with", with)));
        Map<String, Object> await = listen(eventFilter("org.wfa.work.completed", step.getName()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("do", List.of(task("request", emit), task("awaitCompletion", await)));
        return body;
    }

    private Map<String, Object> run(Call call) {
        Ref called = refs.of(call.getCalled());
        Map<String, Object> target = new LinkedHashMap<>();
        String name = called == null ? "unknown" : called.name();
        target.put(
                "namespace", SwNames.label(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "default"));
        target.put("name", SwNames.label(name.substring(name.lastIndexOf('.') + 1)));
        target.put(
                "version",
                call.getCalled() == null
                        ? "0.0.0"
                        : SwNames.semanticVersion(call.getCalled().getVersion()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run", Map.of("workflow", target));
        return body;
    }

    private static Map<String, Object> listen(Map<String, Object> filter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("listen", Map.of("to", Map.of("one", filter)));
        return body;
    }

    private static Map<String, Object> eventFilter(String type, String subject) {
        Map<String, Object> with = new LinkedHashMap<>();
        with.put("type", type);
        if (subject != null) {
            with.put("subject", subject);
        }
        return Map.of("with", with);
    }

    private void metadata(Map<String, Object> work, Activity activity) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        Party performer = activity.getResponsible().isEmpty()
                ? null
                : activity.getResponsible().get(0);
        metadata.put(
                "performer", performer instanceof Agent ? "AI" : performer instanceof SystemDecl ? "system" : "human");
        putNames(metadata, "responsible", activity.getResponsible());
        putNames(metadata, "accountable", activity.getAccountable());
        putNames(metadata, "consulted", activity.getConsulted());
        putNames(metadata, "informed", activity.getInformed());
        if (activity.getDuration() != null) {
            metadata.put("duration", SwNames.isoDuration(WfaOrganisation.minutes(activity.getDuration())));
        }
        // Every SLA of the step: a step may have a short one escalating and a long one re-routing.
        List<Map<String, Object>> limits = new ArrayList<>();
        for (Sla sla : activity.getSlas()) {
            Map<String, Object> limit = new LinkedHashMap<>();
            limit.put("within", SwNames.isoDuration(WfaOrganisation.minutes(sla.getWithin())));
            putIfPresent(limit, "escalateTo", refs.of(sla.getEscalateTo()));
            limits.add(limit);
        }
        if (!limits.isEmpty()) {
            metadata.put("sla", limits);
        }
        work.put("metadata", metadata);
    }

    private List<Map<String, Object>> decisionCases(Decision decision, Set<Node> scope) {
        List<Map<String, Object>> cases = new ArrayList<>();
        int index = 1;
        for (Outcome outcome : decision.getOutcomes()) {
            cases.add(switchCase(
                    "case" + index++,
                    WfaConditionTranslator.condition(outcome.getCondition(), JQ),
                    then(outcome.getTarget(), scope)));
        }
        if (decision.getTable() != null) {
            for (RuleRow row : decision.getTable().getRows()) {
                cases.add(switchCase(
                        "rule" + index++,
                        WfaConditionTranslator.rule(decision.getTable(), row, JQ),
                        then(row.getTarget(), scope)));
            }
        }
        cases.add(switchCase(
                "otherwise", null, decision.getOtherwise() == null ? "end" : then(decision.getOtherwise(), scope)));
        return cases;
    }

    private Map<String, Object> fork(Fork fork, Set<Node> outer) {
        WorkflowAnalysis.ForkMatch match = analysis.matchOf(fork);
        Join join = match == null ? null : match.join();
        List<Map<String, Object>> branches = new ArrayList<>();
        FlowGraph graph = analysis.graph();
        int index = 1;
        for (Node branchStart : fork.getBranches()) {
            List<Node> steps = branchSteps(branchStart, join, graph);
            Set<Node> scope = new LinkedHashSet<>(steps);
            branches.add(task("branch" + index++, Map.of("do", taskList(steps, scope))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("branches", branches);
        configuration.put("compete", false);
        body.put("fork", configuration);
        body.put(
                "then",
                join == null || join.getNext().isEmpty()
                        ? "end"
                        : then(join.getNext().get(0), outer));
        return body;
    }

    /** The steps of one branch: reached from its first step without passing the join, in source order. */
    private List<Node> branchSteps(Node first, Join join, FlowGraph graph) {
        Set<Node> reached = new LinkedHashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(first));
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (node == join || !reached.add(node)) {
                continue;
            }
            int v = graph.indexOf(node);
            if (node instanceof Fork nested
                    && analysis.matchOf(nested) != null
                    && analysis.matchOf(nested).join() != null) {
                // A nested fork carries its own branches; the branch continues after its join.
                Join inner = analysis.matchOf(nested).join();
                inner.getNext().forEach(queue::add);
                continue;
            }
            for (int w : v < 0 ? new int[0] : graph.successors(v)) {
                if (graph.vertex(w) instanceof Node next) {
                    queue.add(next);
                }
            }
        }
        List<Node> ordered = new ArrayList<>();
        List<Node> inSource =
                workflow.getNodes().stream().filter(reached::contains).toList();
        ordered.add(first);
        inSource.stream().filter(n -> n != first).forEach(ordered::add);
        return ordered;
    }

    private String next(Activity activity, Set<Node> scope) {
        List<Node> next = FlowGraph.nextOf(activity);
        return next == null || next.isEmpty() ? "end" : then(next.get(0), scope);
    }

    /** The flow directive to a step: its task's name, or {@code exit} when it lies outside the list. */
    private String then(Node target, Set<Node> scope) {
        if (target == null || target.eIsProxy()) {
            return "end";
        }
        if (scope != null && !scope.contains(target)) {
            return "exit";
        }
        return target.getName();
    }

    private static Map<String, Object> switchCase(String name, String when, String then) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (when != null) {
            body.put("when", when);
        }
        body.put("then", then);
        return Map.of(name, body);
    }

    private static Map<String, Object> task(String name, Map<String, Object> body) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put(name, body);
        return task;
    }

    private static Map<String, Object> after(Duration duration) {
        return Map.of("after", SwNames.isoDuration(WfaOrganisation.minutes(duration)));
    }

    private void putNames(Map<String, Object> map, String key, List<Party> parties) {
        List<String> names = refs.of(parties).stream().map(Ref::name).toList();
        if (!names.isEmpty()) {
            map.put(key, names);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value instanceof Ref ref) {
            map.put(key, ref.name());
        } else if (value != null) {
            map.put(key, value);
        }
    }
}

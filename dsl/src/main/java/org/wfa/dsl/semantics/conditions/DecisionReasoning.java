package org.wfa.dsl.semantics.conditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.wfa.dsl.wfa.DataField;
import org.wfa.dsl.wfa.Decision;
import org.wfa.dsl.wfa.Outcome;
import org.wfa.dsl.wfa.RuleRow;
import org.wfa.dsl.wfa.RuleTable;

/**
 * What the conditions of one decision say together: whether they route every case, which
 * outcome or row can never be the one taken, which rows of a {@code unique} table overlap. Every
 * answer is a proof; where a condition is not understood, the answers stay on the safe side
 * (not covered, nothing shadowed).
 */
public final class DecisionReasoning {

    /** A row or outcome that never decides, with the earlier one it collides with (for 'unique'), if any. */
    public record Shadowed<T>(T route, T overlapped) {}

    /** A field and the values of it that no route covers. */
    public record Gap(String field, List<String> values) {}

    private final Decision decision;

    private List<Optional<Region<DataField>>> routes;

    public DecisionReasoning(Decision decision) {
        this.decision = decision;
    }

    /** Whether the outcomes and the table's rows together route every case. */
    public boolean coversEveryCase() {
        try {
            Region<DataField> routed = Region.none();
            for (Optional<Region<DataField>> route : routes()) {
                routed = route.map(routed::or).orElse(routed);
            }
            return routed.isAll();
        } catch (Region.TooComplex e) {
            return false;
        }
    }

    /**
     * When every route is understood and the cases no route takes are values of one finite
     * field: that field and those values.
     */
    public Optional<Gap> gap() {
        try {
            Region<DataField> routed = Region.none();
            for (Optional<Region<DataField>> route : routes()) {
                if (route.isEmpty()) {
                    return Optional.empty();
                }
                routed = routed.or(route.get());
            }
            Map.Entry<DataField, FieldValues> gap = routed.not().singleField();
            if (gap == null || !(gap.getValue() instanceof Choices)) {
                return Optional.empty();
            }
            return Optional.of(new Gap(gap.getKey().getName(), WfaConditions.names(gap.getValue())));
        } catch (Region.TooComplex e) {
            return Optional.empty();
        }
    }

    /** The 'when' outcomes that can never be the first true one. */
    public List<Outcome> shadowedOutcomes() {
        List<Outcome> shadowed = new ArrayList<>();
        Region<DataField> earlier = Region.none();
        try {
            for (Outcome outcome : decision.getOutcomes()) {
                Optional<Region<DataField>> cases = WfaConditions.of(outcome.getCondition());
                if (cases.isPresent()) {
                    if (earlier.covers(cases.get())) {
                        shadowed.add(outcome);
                    }
                    earlier = earlier.or(cases.get());
                }
            }
        } catch (Region.TooComplex e) {
            // what was proven so far stands
        }
        return shadowed;
    }

    /**
     * The rows that can never fire under the table's hit policy: for 'first' (and 'priority',
     * which the engines evaluate as 'first') a row whose cases earlier rows all match; for
     * 'unique' a row that shares a case with an earlier row. 'any' tables are not judged.
     */
    public List<Shadowed<RuleRow>> shadowedRows() {
        RuleTable table = decision.getTable();
        List<Shadowed<RuleRow>> shadowed = new ArrayList<>();
        if (table == null) {
            return shadowed;
        }
        List<RuleRow> rows = new ArrayList<>();
        List<Region<DataField>> regions = new ArrayList<>();
        Region<DataField> earlier = Region.none();
        try {
            for (RuleRow row : table.getRows()) {
                Optional<Region<DataField>> cases = WfaConditions.of(table, row);
                if (cases.isEmpty()) {
                    continue;
                }
                switch (table.getHitPolicy()) {
                    case FIRST, PRIORITY -> {
                        if (earlier.covers(cases.get())) {
                            shadowed.add(new Shadowed<>(row, null));
                        }
                        earlier = earlier.or(cases.get());
                    }
                    case UNIQUE -> {
                        for (int i = 0; i < regions.size(); i++) {
                            if (regions.get(i).overlaps(cases.get())) {
                                shadowed.add(new Shadowed<>(row, rows.get(i)));
                                break;
                            }
                        }
                    }
                    case ANY -> {
                        return shadowed;
                    }
                }
                rows.add(row);
                regions.add(cases.get());
            }
        } catch (Region.TooComplex e) {
            // what was proven so far stands
        }
        return shadowed;
    }

    /**
     * Whether the table's hit policy can never fail a case: always for 'first' and 'priority';
     * for 'unique' when no two rows match a common case, for 'any' when no two rows leading to
     * different steps do. A proof: false where a row is not understood.
     */
    public boolean rowsNeverConflict() {
        RuleTable table = decision.getTable();
        if (table == null) {
            return true;
        }
        return switch (table.getHitPolicy()) {
            case FIRST, PRIORITY -> true;
            case UNIQUE -> noRowsOverlap(table, false);
            case ANY -> noRowsOverlap(table, true);
        };
    }

    private boolean noRowsOverlap(RuleTable table, boolean sameStepAllowed) {
        List<RuleRow> rows = table.getRows();
        List<Optional<Region<DataField>>> regions = routes().subList(0, rows.size());
        if (regions.stream().anyMatch(Optional::isEmpty)) {
            return false;
        }
        try {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    boolean sameStep = rows.get(i).getTarget() == rows.get(j).getTarget();
                    if (!(sameStepAllowed && sameStep)
                            && regions.get(i).get().overlaps(regions.get(j).get())) {
                        return false;
                    }
                }
            }
            return true;
        } catch (Region.TooComplex e) {
            return false;
        }
    }

    /**
     * The cases in which each 'when' outcome is the one taken: its condition and none of the
     * earlier ones. Empty where the condition is not understood; earlier conditions that are not
     * understood are not subtracted, so a guard may be larger than the truth, never smaller.
     */
    public List<Optional<Region<DataField>>> outcomeGuards() {
        List<Optional<Region<DataField>>> guards = new ArrayList<>();
        Region<DataField> earlier = Region.none();
        for (Outcome outcome : decision.getOutcomes()) {
            Optional<Region<DataField>> cases = WfaConditions.of(outcome.getCondition());
            Region<DataField> before = earlier;
            guards.add(cases.flatMap(c -> guarded(() -> c.and(before.not()))));
            if (cases.isPresent()) {
                earlier = guarded(() -> before.or(cases.get())).orElse(before);
            }
        }
        return guards;
    }

    /**
     * The cases in which each row of the table fires: under 'first' its cases and no earlier
     * row's; under the other hit policies (which pick among matching rows, or fail) its own
     * cases. Empty where the row is not understood.
     */
    public List<Optional<Region<DataField>>> rowGuards() {
        RuleTable table = decision.getTable();
        List<Optional<Region<DataField>>> guards = new ArrayList<>();
        if (table == null) {
            return guards;
        }
        Region<DataField> earlier = Region.none();
        for (RuleRow row : table.getRows()) {
            Optional<Region<DataField>> cases = WfaConditions.of(table, row);
            boolean first = switch (table.getHitPolicy()) {
                case FIRST -> true;
                case PRIORITY, UNIQUE, ANY -> false;
            };
            Region<DataField> before = earlier;
            guards.add(first ? cases.flatMap(c -> guarded(() -> c.and(before.not()))) : cases);
            if (cases.isPresent()) {
                earlier = guarded(() -> before.or(cases.get())).orElse(before);
            }
        }
        return guards;
    }

    /** The cases no route takes, when every route is understood; otherwise empty. */
    public Optional<Region<DataField>> otherwiseGuard() {
        Region<DataField> routed = Region.none();
        for (Optional<Region<DataField>> route : routes()) {
            if (route.isEmpty()) {
                return Optional.empty();
            }
            Region<DataField> so = routed;
            Optional<Region<DataField>> more = guarded(() -> so.or(route.get()));
            if (more.isEmpty()) {
                return Optional.empty();
            }
            routed = more.get();
        }
        Region<DataField> all = routed;
        return guarded(all::not);
    }

    /** A region, or empty when computing it passed the reasoning's limits. */
    private static Optional<Region<DataField>> guarded(Supplier<Region<DataField>> region) {
        try {
            return Optional.of(region.get());
        } catch (Region.TooComplex e) {
            return Optional.empty();
        }
    }

    /** What each route (table rows, then outcomes) covers, read once: every question asks it. */
    private List<Optional<Region<DataField>>> routes() {
        if (routes == null) {
            routes = readRoutes();
        }
        return routes;
    }

    private List<Optional<Region<DataField>>> readRoutes() {
        List<Optional<Region<DataField>>> routes = new ArrayList<>();
        RuleTable table = decision.getTable();
        if (table != null) {
            table.getRows().forEach(row -> routes.add(WfaConditions.of(table, row)));
        }
        decision.getOutcomes().forEach(outcome -> routes.add(WfaConditions.of(outcome.getCondition())));
        return routes;
    }
}

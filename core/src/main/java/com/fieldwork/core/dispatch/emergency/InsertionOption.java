package com.fieldwork.core.dispatch.emergency;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.plan.PlanDiff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One way to fit the urgent job in: where it goes, which of the technician's later visits move and by
 * how much (each with a sentence for the dispatcher), and what it costs.
 *
 * @param slaLateness how long after its SLA deadline the urgent job would finish; zero when in time
 * @param extraKm     the detour the urgent job adds to the technician's day
 * @param summary     e.g. "Tech 2 at 10:40–11:40, 1 h 20 min before SLA; 2 visits move, 40 min in all; +3.1 km"
 * @param sentences   one per moved visit, in the order of the day
 */
public record InsertionOption(DispatchTechnician technician, Appointment placement, List<PlanDiff.Moved> moved,
                              Duration slaLateness, double extraKm, String summary, List<String> sentences) {

    /** Least disruption first: SLA lateness, visits moved, minutes shifted, extra km; then earlier, then by id. */
    public static final Comparator<InsertionOption> LEAST_DISRUPTION = Comparator
            .comparing(InsertionOption::slaLateness)
            .thenComparingInt(InsertionOption::visitsMoved)
            .thenComparing(InsertionOption::totalShift)
            .thenComparingDouble(InsertionOption::extraKm)
            .thenComparing(o -> o.placement().start())
            .thenComparingLong(o -> o.technician().id());

    public InsertionOption {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(placement, "placement");
        moved = List.copyOf(moved);
        Objects.requireNonNull(slaLateness, "slaLateness");
        Objects.requireNonNull(summary, "summary");
        sentences = List.copyOf(sentences);
    }

    public int visitsMoved() {
        return moved.size();
    }

    /** All the moved visits' shifts added up. */
    public Duration totalShift() {
        return moved.stream().map(PlanDiff.Moved::shift).reduce(Duration.ZERO, Duration::plus);
    }

    /** The whole day's plan if this option is accepted: the urgent job added, the moved visits at their new times. */
    public List<Appointment> applyTo(List<Appointment> current) {
        Map<Long, Appointment> to = moved.stream().map(PlanDiff.Moved::to)
                .collect(Collectors.toMap(Appointment::visitId, Function.identity()));
        List<Appointment> after = new ArrayList<>(current.size() + 1);
        for (Appointment a : current) {
            after.add(to.getOrDefault(a.visitId(), a));
        }
        after.add(placement);
        return after;
    }
}

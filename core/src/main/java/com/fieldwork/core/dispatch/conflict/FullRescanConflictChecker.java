package com.fieldwork.core.dispatch.conflict;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The obvious way: group every appointment by technician, sort, and check everything, every time. Kept
 * as the benchmark's baseline and as the test oracle for {@link IncrementalConflictChecker}, not for use
 * on a live board.
 */
public final class FullRescanConflictChecker implements ConflictChecker {

    private final ConflictRules rules;
    private final DispatchPlan plan;
    private Set<Conflict> before;

    public FullRescanConflictChecker(ConflictRules rules, DispatchPlan plan) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** Every conflict in the given appointments. */
    public Set<Conflict> scan(Collection<Appointment> appointments) {
        Set<Conflict> out = new LinkedHashSet<>();
        Map<Long, List<Appointment>> byTechnician = appointments.stream()
                .collect(Collectors.groupingBy(Appointment::technicianId));
        for (List<Appointment> day : byTechnician.values()) {
            List<Appointment> sorted = day.stream().sorted(Appointment.BY_START).toList();
            List<Conflict> alone = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                Appointment visit = sorted.get(i);
                rules.checkAlone(visit, alone);
                for (int j = i + 1; j < sorted.size() && sorted.get(j).start().isBefore(visit.end()); j++) {
                    rules.overlap(visit, sorted.get(j)).ifPresent(out::add);
                }
                if (i + 1 < sorted.size()) {
                    rules.travelGap(visit, sorted.get(i + 1)).ifPresent(out::add);
                }
            }
            out.addAll(alone);
        }
        return out;
    }

    @Override
    public List<Conflict> checkDay(long technicianId, LocalDate day) {
        rules.technician(technicianId);
        Set<Long> ofDay = plan.all().stream()
                .filter(a -> a.technicianId() == technicianId
                        && a.start().atZone(rules.zone()).toLocalDate().equals(day))
                .map(Appointment::visitId)
                .collect(Collectors.toSet());
        return scan(plan.all()).stream()
                .filter(c -> c.visits().stream().anyMatch(v -> ofDay.contains(v.visitId())))
                .toList();
    }

    /** One full rescan of the plan as it would be after the move, compared with the plan before it. */
    @Override
    public List<Conflict> checkMove(Move move) {
        Appointment from = plan.get(move.visitId());
        Appointment to = from.movedTo(move.technicianId(), move.start());
        if (before == null) {
            before = new HashSet<>(scan(plan.all()));
        }
        List<Appointment> after = new ArrayList<>(plan.all().size());
        for (Appointment a : plan.all()) {
            after.add(a.visitId() == move.visitId() ? to : a);
        }
        List<Conflict> out = new ArrayList<>();
        rules.pinned(from, to).ifPresent(out::add);
        for (Conflict c : scan(after)) {
            if (c.concerns(move.visitId()) || !before.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}

package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What accepting a proposal would change, visit by visit, for the dispatcher to review before anything
 * is committed. Visits that stay exactly where they are are not listed.
 */
public record PlanDiff(List<Change> changes) {

    public PlanDiff {
        changes = List.copyOf(changes);
    }

    /** One visit's change. */
    public sealed interface Change {
        DispatchJob job();
    }

    /** An unassigned visit gets a technician and a time. */
    public record Assigned(DispatchJob job, Appointment to) implements Change {
    }

    /** A planned visit moves in time, to another technician, or both. */
    public record Moved(DispatchJob job, Appointment from, Appointment to) implements Change {

        /** Positive when the visit starts later than before. */
        public Duration shift() {
            return Duration.between(from.start(), to.start());
        }

        public boolean reassigned() {
            return from.technicianId() != to.technicianId();
        }
    }

    /** A planned visit is taken off the plan (the planner found no place for it). */
    public record Unassigned(DispatchJob job, Appointment from) implements Change {
    }

    public static PlanDiff between(List<Appointment> current, PlanProposal proposal) {
        Map<Long, Appointment> before = current.stream()
                .collect(Collectors.toMap(Appointment::visitId, Function.identity()));
        Map<Long, Appointment> after = proposal.appointments().stream()
                .collect(Collectors.toMap(Appointment::visitId, Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (Appointment to : proposal.appointments()) {
            Appointment from = before.get(to.visitId());
            if (from == null) {
                changes.add(new Assigned(to.job(), to));
            } else if (from.technicianId() != to.technicianId() || !from.slot().equals(to.slot())) {
                changes.add(new Moved(to.job(), from, to));
            }
        }
        for (Appointment from : current) {
            if (!after.containsKey(from.visitId())) {
                changes.add(new Unassigned(from.job(), from));
            }
        }
        changes.sort(Comparator.comparing((Change c) -> c.job().number().toString()));
        return new PlanDiff(changes);
    }

    public List<Moved> moved() {
        return changes.stream().filter(Moved.class::isInstance).map(Moved.class::cast).toList();
    }
}

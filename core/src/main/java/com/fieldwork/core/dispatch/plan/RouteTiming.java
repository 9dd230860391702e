package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.Times;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a job can start in one technician's working day if they get there no earlier than a given
 * instant: the arrival rounded up to the minute, then past the customer window's opening, the break and
 * any absence, as often as needed. The same arithmetic for every planner that builds routes visit by
 * visit (exhaustive search, emergency insertion), so "earliest feasible" means one thing.
 *
 * <p>Hard conflicts of the job alone (skills aside, which a caller checks once per technician) are
 * exactly what this avoids or refuses: outside the working day, in the break, in an absence, arriving
 * after the customer window closes.
 */
public final class RouteTiming {

    private final ConflictRules rules;
    private final DispatchTechnician technician;
    private final LocalDate day;
    private final TimeSlot shift;
    private final Optional<TimeSlot> pause;
    private final List<Absence> absences;

    private RouteTiming(ConflictRules rules, DispatchTechnician technician, LocalDate day, WorkingHours hours) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.technician = Objects.requireNonNull(technician, "technician");
        this.day = Objects.requireNonNull(day, "day");
        this.shift = rules.shift(hours, day);
        this.pause = hours.breakStart().filter(b -> hours.breakMinutes() > 0)
                .map(b -> TimeSlot.of(day.atTime(b).atZone(rules.zone()).toInstant(),
                        Duration.ofMinutes(hours.breakMinutes())));
        this.absences = technician.absencesDuring(shift);
    }

    /** The technician's day, or empty on a day off. */
    public static Optional<RouteTiming> of(ConflictRules rules, DispatchTechnician technician, LocalDate day) {
        return technician.profile().hoursOn(day.getDayOfWeek()).map(h -> new RouteTiming(rules, technician, day, h));
    }

    public DispatchTechnician technician() {
        return technician;
    }

    public LocalDate day() {
        return day;
    }

    public TimeSlot shift() {
        return shift;
    }

    /** True when every skill the job needs is held at its level with a certificate valid that day. */
    public boolean qualified(DispatchJob job) {
        return job.skills().stream().allMatch(s -> technician.qualifiedFor(s, day));
    }

    /** Where the day's first drive starts, and when: the start point at the start of the shift. */
    public Instant firstDeparture() {
        return shift.start();
    }

    /** Arrival after leaving {@code from} at {@code departure}. */
    public Instant arrival(GeoPoint from, Instant departure, DispatchJob job) {
        return departure.plus(rules.travel().drive(from, job.location(), departure));
    }

    /**
     * The earliest start at or after {@code arrival} that keeps the job inside the day, out of the break
     * and absences and arriving within the customer's window; empty when there is none.
     */
    public Optional<Appointment> earliestFrom(Instant arrival, DispatchJob job) {
        return earliest(arrival, job, null);
    }

    /**
     * As {@link #earliestFrom}, but says what stands in the way when there is no such start, e.g.
     * "would arrive 12:40, after the customer's window 10:00–12:00 closes".
     */
    public Placement place(Instant arrival, DispatchJob job) {
        StringBuilder why = new StringBuilder();
        Optional<Appointment> at = earliest(arrival, job, why);
        return new Placement(at, why.toString());
    }

    /** A start, or the reason there is none. */
    public record Placement(Optional<Appointment> appointment, String whyNot) {
    }

    private Optional<Appointment> earliest(Instant arrival, DispatchJob job, StringBuilder why) {
        Instant start = wholeMinute(arrival.isBefore(shift.start()) ? shift.start() : arrival);
        if (job.customerWindow().isPresent() && start.isBefore(job.customerWindow().get().start())) {
            start = wholeMinute(job.customerWindow().get().start());
        }
        boolean pushed = true;
        while (pushed) {
            pushed = false;
            TimeSlot slot = TimeSlot.of(start, job.duration());
            if (pause.isPresent() && pause.get().overlaps(slot)) {
                start = wholeMinute(pause.get().end());
                pushed = true;
                continue;
            }
            for (Absence absence : absences) {
                if (absence.period().overlaps(slot)) {
                    start = wholeMinute(absence.period().end());
                    pushed = true;
                    break;
                }
            }
        }
        var zone = rules.zone();
        if (job.customerWindow().isPresent() && start.isAfter(job.customerWindow().get().end())) {
            note(why, job.number() + " would arrive " + Times.clock(start, zone) + ", after the customer's window "
                    + Times.span(job.customerWindow().get(), zone) + " closes");
            return Optional.empty();
        }
        if (start.plus(job.duration()).isAfter(shift.end())) {
            note(why, job.number() + " would end " + Times.clock(start.plus(job.duration()), zone)
                    + ", after working hours end at " + Times.clock(shift.end(), zone));
            return Optional.empty();
        }
        return Optional.of(new Appointment(job, technician.id(), TimeSlot.of(start, job.duration())));
    }

    private static void note(StringBuilder why, String reason) {
        if (why != null) {
            why.append(reason);
        }
    }

    /** People plan in minutes: a start is rounded up to the next whole minute, as the recommender does. */
    public static Instant wholeMinute(Instant instant) {
        Instant down = instant.truncatedTo(ChronoUnit.MINUTES);
        return down.equals(instant) ? down : down.plus(1, ChronoUnit.MINUTES);
    }
}

package com.fieldwork.core.dispatch.emergency;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.Times;
import com.fieldwork.core.dispatch.plan.PlanDiff;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.plan.RouteTiming;
import com.fieldwork.core.dispatch.recommend.Rejection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an urgent job into today's plan with the least disruption. For every qualified technician working
 * today, every position in their day after what has already started: the urgent job goes there as early
 * as the drive, the working day, the break and absences allow, and the visits after it shift right just
 * as much as needed, never earlier. An option is refused, with the reason, when it would move a pinned
 * (in-progress or locked) visit, push a visit past its customer's window or out of the working day. The
 * options are ranked by {@link InsertionOption#LEAST_DISRUPTION}; nothing is changed.
 */
public final class EmergencyDispatcher {

    private final Clock clock;

    public EmergencyDispatcher(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param today the current plan (its horizon must include today in the company's zone)
     * @throws ValidationException when the job is already planned or pinned, or today is not in the plan
     */
    public EmergencyPlacement place(PlanningProblem today, DispatchJob urgent) {
        Objects.requireNonNull(urgent, "urgent");
        ZoneId zone = today.zone();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        if (day.isBefore(today.firstDay()) || day.isAfter(today.lastDay())) {
            throw new ValidationException("day", "Today (" + day + ") is not in the plan given ("
                    + today.firstDay() + " to " + today.lastDay() + ")");
        }
        if (today.jobs().stream().anyMatch(j -> j.visitId() == urgent.visitId())) {
            throw new ValidationException("job", urgent.number() + " is already on the board: move it rather than"
                    + " insert it again");
        }
        if (urgent.pinned()) {
            throw new ValidationException("job", urgent.number() + " is pinned: a locked or in-progress visit already"
                    + " has its place and cannot be inserted");
        }
        ConflictRules rules = today.rules();
        DispatchPlan plan = new DispatchPlan(today.current());
        List<InsertionOption> options = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (DispatchTechnician technician : today.technicians()) {
            Set<String> reasons = new LinkedHashSet<>();
            Optional<InsertionOption> best = bestFor(rules, plan, technician, urgent, day, now, reasons);
            if (best.isPresent()) {
                options.add(best.get());
                reasons.forEach(r -> refused.add(technician.name() + ", " + lowerFirst(r)));
            } else {
                rejected.add(new Rejection(technician, List.copyOf(reasons)));
            }
        }
        options.sort(InsertionOption.LEAST_DISRUPTION);
        return new EmergencyPlacement(urgent, options, rejected, refused);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<InsertionOption> bestFor(ConflictRules rules, DispatchPlan plan,
                                                     DispatchTechnician technician, DispatchJob urgent, LocalDate day,
                                                     Instant now, Set<String> reasons) {
        Optional<RouteTiming> timing = RouteTiming.of(rules, technician, day);
        if (timing.isEmpty()) {
            reasons.add("Does not work on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + day);
            return Optional.empty();
        }
        if (!timing.get().qualified(urgent)) {
            List<Conflict> probe = new ArrayList<>();
            rules.checkAlone(new Appointment(urgent, technician.id(), TimeSlot.of(timing.get().shift().start(),
                    urgent.duration())), probe);
            probe.stream().filter(c -> c instanceof Conflict.MissingSkill || c instanceof Conflict.ExpiredCertification)
                    .map(c -> c.sentence(rules.zone())).forEach(reasons::add);
            return Optional.empty();
        }
        Instant dayStart = day.atStartOfDay(rules.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        List<Appointment> route = List.copyOf(plan.timeline(technician.id()).startingBetween(dayStart, dayEnd));
        int firstOpen = 0;
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).start().isBefore(now)) {
                firstOpen = i + 1; // started, or should have: the urgent job can only come after it
            }
        }
        Optional<InsertionOption> best = Optional.empty();
        for (int k = firstOpen; k <= route.size(); k++) {
            Optional<InsertionOption> option = insertAt(rules, timing.get(), route, k, urgent, now, reasons);
            if (option.isPresent() && (best.isEmpty()
                    || InsertionOption.LEAST_DISRUPTION.compare(option.get(), best.get()) < 0)) {
                best = option;
            }
        }
        return best;
    }

    /** The urgent job just before {@code route[k]} (at the end when k is the route's size), the rest shifted. */
    private static Optional<InsertionOption> insertAt(ConflictRules rules, RouteTiming timing, List<Appointment> route,
                                                      int k, DispatchJob urgent, Instant now, Set<String> reasons) {
        DispatchTechnician technician = timing.technician();
        ZoneId zone = rules.zone();
        Optional<Appointment> previous = k > 0 ? Optional.of(route.get(k - 1)) : Optional.empty();
        GeoPoint from = previous.map(p -> p.job().location()).orElse(technician.startPoint());
        Instant free = previous.map(Appointment::end).orElse(timing.firstDeparture());
        Instant departure = free.isAfter(now) ? free : now;
        String where = k < route.size() ? "Before " + route.get(k).job().number() : "At the end of the day";
        RouteTiming.Placement urgentPlace = timing.place(timing.arrival(from, departure, urgent), urgent);
        if (urgentPlace.appointment().isEmpty()) {
            reasons.add(where + ": " + urgentPlace.whyNot());
            return Optional.empty();
        }
        Appointment placed = urgentPlace.appointment().get();
        List<PlanDiff.Moved> moved = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Appointment cursor = placed;
        for (int i = k; i < route.size(); i++) {
            Appointment visit = route.get(i);
            Instant arrival = timing.arrival(cursor.job().location(), cursor.end(), visit.job());
            if (!arrival.isAfter(visit.start())) {
                break; // it still starts on time, and so does everything after it
            }
            if (visit.job().pinned()) {
                reasons.add(where + ": " + visit.job().number() + " " + Times.span(visit.slot(), zone)
                        + " is in progress or locked and would have to start " + Times.clock(arrival, zone));
                return Optional.empty();
            }
            RouteTiming.Placement later = timing.place(arrival, visit.job());
            if (later.appointment().isEmpty()) {
                reasons.add(where + ": " + later.whyNot());
                return Optional.empty();
            }
            Appointment to = later.appointment().get();
            moved.add(new PlanDiff.Moved(visit.job(), visit, to));
            sentences.add(movedSentence(technician, visit, to, zone));
            cursor = to;
        }
        GeoPoint then = k < route.size() ? route.get(k).job().location() : technician.startPoint();
        var travel = rules.travel();
        double extraKm = travel.roadKm(from, urgent.location()) + travel.roadKm(urgent.location(), then)
                - travel.roadKm(from, then);
        Duration late = urgent.slaDue().map(d -> Duration.between(d.resolutionDue(), placed.end()))
                .filter(d -> !d.isNegative() && !d.isZero()).orElse(Duration.ZERO);
        String summary = summary(technician, placed, urgent, moved, extraKm, zone);
        return Optional.of(new InsertionOption(technician, placed, moved, late, extraKm, summary, sentences));
    }

    private static String movedSentence(DispatchTechnician technician, Appointment from, Appointment to, ZoneId zone) {
        String sentence = from.job().number() + " (" + technician.name() + ") moves "
                + Times.minutes(Duration.between(from.start(), to.start())) + " later, " + Times.span(from.slot(), zone)
                + " → " + Times.span(to.slot(), zone);
        return sentence + from.job().customerWindow()
                .map(w -> ", still inside the customer's window " + Times.span(w, zone)).orElse("");
    }

    private static String summary(DispatchTechnician technician, Appointment placed, DispatchJob urgent,
                                  List<PlanDiff.Moved> moved, double extraKm, ZoneId zone) {
        String sla = urgent.slaDue().map(d -> {
            Duration slack = Duration.between(placed.end(), d.resolutionDue());
            return slack.isNegative() ? ", " + Times.minutes(slack.negated()) + " after its SLA deadline"
                    : ", " + Times.minutes(slack) + " before SLA";
        }).orElse("");
        Duration shifted = moved.stream().map(PlanDiff.Moved::shift).reduce(Duration.ZERO, Duration::plus);
        String disruption = moved.isEmpty() ? "nothing else moves"
                : moved.size() + (moved.size() == 1 ? " visit moves, " : " visits move, ") + Times.minutes(shifted)
                + " in all";
        return String.format(Locale.ROOT, "%s at %s%s; %s; %+.1f km", technician.name(),
                Times.span(placed.slot(), zone), sla, disruption, extraKm);
    }
}

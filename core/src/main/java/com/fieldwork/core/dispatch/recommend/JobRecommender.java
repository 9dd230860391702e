package com.fieldwork.core.dispatch.recommend;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.PartsReadiness;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.Times;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.Priority;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks every technician for one job on one day. Hard filters first (skill and certificate, a working
 * day, a free slot inside working hours, breaks, absences and the customer's window, with the drives);
 * then a weighted score of extra travel, workload, parts readiness, SLA slack and, scaled by priority,
 * how soon they arrive. Each candidate carries a sentence of why, each rejection its reasons.
 */
public final class JobRecommender {

    private static final double HALF_SCORE_KM = 10;
    private static final Duration SLA_COMFORT = Duration.ofHours(4);
    private static final Duration EARLINESS_HORIZON = Duration.ofHours(8);

    private final ConflictRules rules;
    private final DispatchPlan plan;
    private final List<DispatchTechnician> technicians;
    private final RecommendationWeights weights;
    private final Clock clock;
    private final FreeSlotFinder slots;

    public JobRecommender(ConflictRules rules, DispatchPlan plan, Collection<DispatchTechnician> technicians,
                          RecommendationWeights weights, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.technicians = List.copyOf(technicians);
        this.weights = Objects.requireNonNull(weights, "weights");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.slots = new FreeSlotFinder(rules, plan);
    }

    public Recommendation recommend(DispatchJob job, LocalDate day) {
        List<Candidate> ranked = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (DispatchTechnician technician : technicians) {
            List<String> reasons = new ArrayList<>();
            evaluate(job, technician, day, reasons).ifPresentOrElse(ranked::add,
                    () -> rejected.add(new Rejection(technician, reasons)));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.placement().start())
                .thenComparingLong(c -> c.technician().id()));
        return new Recommendation(job, ranked, rejected);
    }

    private Optional<Candidate> evaluate(DispatchJob job, DispatchTechnician technician, LocalDate day,
                                         List<String> reasons) {
        Optional<WorkingHours> hours = technician.profile().hoursOn(day.getDayOfWeek());
        Instant probeStart = day.atTime(12, 0).atZone(rules.zone()).toInstant();
        List<Conflict> probe = new ArrayList<>();
        rules.checkAlone(new Appointment(job, technician.id(), TimeSlot.of(probeStart, job.duration())), probe);
        probe.stream().filter(c -> c instanceof Conflict.MissingSkill || c instanceof Conflict.ExpiredCertification)
                .map(c -> c.sentence(rules.zone())).forEach(reasons::add);
        if (hours.isEmpty()) {
            reasons.add("Does not work on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + day);
        }
        if (!reasons.isEmpty()) {
            return Optional.empty();
        }
        WorkingHours h = hours.get();
        Optional<FreeSlotFinder.Placement> placement = slots.earliest(job, technician, h, day, clock.instant());
        if (placement.isEmpty()) {
            reasons.addAll(whyNoSlot(job, technician, h, day));
            return Optional.empty();
        }
        return Optional.of(score(job, technician, h, day, placement.get()));
    }

    private List<String> whyNoSlot(DispatchJob job, DispatchTechnician technician, WorkingHours h, LocalDate day) {
        List<String> reasons = new ArrayList<>();
        TimeSlot shift = rules.shift(h, day);
        for (Absence absence : technician.absencesDuring(shift)) {
            reasons.add("Absent (" + absence.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") "
                    + Times.span(absence.period(), rules.zone()));
        }
        reasons.add("No free " + Times.minutes(job.duration()) + " with the drives between " + h.start() + " and "
                + h.end() + " on " + day + job.customerWindow().map(w -> " arriving within the customer's window "
                + Times.span(w, rules.zone())).orElse(""));
        return reasons;
    }

    private Candidate score(DispatchJob job, DispatchTechnician technician, WorkingHours h, LocalDate day,
                            FreeSlotFinder.Placement placement) {
        Appointment at = placement.appointment();
        GeoPoint next = placement.next().map(n -> n.job().location()).orElse(null);
        double kmThere = rules.travel().roadKm(placement.comesFrom(), job.location());
        double extraKm = kmThere + (next == null ? 0
                : rules.travel().roadKm(job.location(), next) - rules.travel().roadKm(placement.comesFrom(), next));
        Duration drive = rules.travel().drive(placement.comesFrom(), job.location(), at.start());
        Instant dayStart = day.atStartOfDay(rules.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        Collection<Appointment> today = plan.timeline(technician.id()).startingBetween(dayStart, dayEnd);
        long visitsToday = today.stream().filter(a -> a.visitId() != job.visitId()).count();
        Duration booked = today.stream().filter(a -> a.visitId() != job.visitId())
                .map(a -> a.slot().duration()).reduce(Duration.ZERO, Duration::plus);
        PartsReadiness readiness = PartsReadiness.of(job, Optional.of(technician));
        long partsReady = readiness.lines().stream().filter(l -> l.state() != PartsReadiness.State.MISSING).count();
        Optional<Duration> slack = job.slaDue().map(d -> Duration.between(at.end(), d.resolutionDue()));
        Instant earliest = rules.shift(h, day).start();
        if (clock.instant().isAfter(earliest)) {
            earliest = clock.instant();
        }

        Candidate.Scores scores = new Candidate.Scores(
                HALF_SCORE_KM / (HALF_SCORE_KM + Math.max(0, extraKm)),
                1 - Math.min(1, (double) booked.toMinutes() / h.workingTime().toMinutes()),
                job.parts().isEmpty() ? 1 : (double) partsReady / job.parts().size(),
                slack.map(s -> s.isNegative() ? 0 : Math.min(1, (double) s.toSeconds() / SLA_COMFORT.toSeconds()))
                        .orElse(1.0),
                1 - Math.min(1, (double) Duration.between(earliest, at.start()).toSeconds()
                        / EARLINESS_HORIZON.toSeconds()));
        double earlinessWeight = weights.earliness() * priorityFactor(job.priority());
        double total = (weights.travel() * scores.travel() + weights.workload() * scores.workload()
                + weights.parts() * scores.parts() + weights.slaRisk() * scores.slaRisk()
                + earlinessWeight * scores.earliness())
                / (weights.travel() + weights.workload() + weights.parts() + weights.slaRisk() + earlinessWeight);
        String explanation = explain(job, readiness, kmThere, drive, visitsToday, at, slack);
        return new Candidate(technician, at, total, scores, explanation);
    }

    private String explain(DispatchJob job, PartsReadiness readiness, double km, Duration drive,
                           long visitsToday, Appointment at, Optional<Duration> slack) {
        List<String> parts = new ArrayList<>();
        job.skills().forEach(s -> parts.add(s + " ✓"));
        parts.add(String.format(Locale.ROOT, "%.1f km / %s", km, Times.minutes(drive)));
        parts.add(visitsToday + (visitsToday == 1 ? " visit today" : " visits today"));
        if (!job.parts().isEmpty()) {
            parts.add(partsText(readiness));
        }
        String sentence = String.join(", ", parts) + ", ETA " + Times.clock(at.start(), rules.zone());
        return sentence + slack.map(s -> s.isNegative() ? " — SLA missed by " + Times.minutes(s.negated())
                : " — " + Times.minutes(s) + " before SLA").orElse("");
    }

    private static String partsText(PartsReadiness readiness) {
        List<String> missing = new ArrayList<>();
        boolean anyReserved = false;
        for (PartsReadiness.Line line : readiness.lines()) {
            if (line.state() == PartsReadiness.State.MISSING) {
                missing.add(line.shortBy().stripTrailingZeros().toPlainString() + " × " + line.label());
            }
            anyReserved |= line.reserved().signum() > 0;
        }
        if (!missing.isEmpty()) {
            return "parts to fetch: " + String.join(", ", missing);
        }
        return anyReserved ? "parts in van or reserved" : "parts in van";
    }

    private static double priorityFactor(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> 4;
            case HIGH -> 2;
            case NORMAL -> 1;
            case LOW -> 0.5;
        };
    }
}

package com.fieldwork.core.dispatch.generate;

import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.ELEC;
import static com.fieldwork.core.dispatch.DispatchWorld.GAS;
import static com.fieldwork.core.dispatch.DispatchWorld.HVAC;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.Priority;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A Denver branch's work to plan, the same for the same seed: a {@link PlanningProblem} with technicians
 * of five trades (levels 1–5, some certificates expired or expiring during the horizon), three shift
 * patterns mostly with a 30-minute lunch, some absences (a day of vacation, a morning of training), a van
 * stock each; jobs of 30–90 minutes, most needing one trade some technician holds at level 1–3, a few
 * two; customer windows
 * (40 % none, 30 % two hours, 30 % four hours); priorities from emergency to low with SLA deadlines;
 * parts, sometimes reserved. About one technician in seven starts the first day in an in-progress visit
 * (pinned). Nothing is planned yet apart from those.
 *
 * <p>Unlike {@link com.fieldwork.core.dispatch.RandomDispatchInstance} (a plan with deliberate faults for
 * the conflict checkers) this is a question for planners. A technician does about six jobs in a day, so
 * the horizon is chosen to leave a little slack: see {@link Size}.
 */
public final class FieldInstances {

    public static final Skill PLUMB = new Skill(4, "PLUMB", "Plumbing");
    public static final Skill REFRIG = new Skill(5, "REFRIG", "Commercial refrigeration");
    /** Trades by how many technicians practise them (and so how often a job needs them). */
    private static final List<Skill> TRADES = List.of(HVAC, HVAC, HVAC, PLUMB, PLUMB, PLUMB, ELEC, ELEC, GAS, REFRIG);
    private static final List<Skill> ALL_TRADES = List.of(HVAC, GAS, ELEC, PLUMB, REFRIG);
    private static final int PARTS = 12;

    /**
     * The benchmark's sizes. Weekdays from Tuesday 1 December 2026: 10 jobs a technician over 2 days and
     * about 17 over 3 days fill about two thirds of the working hours, some 80 % with the drives, so most but
     * perhaps not all jobs can be placed.
     */
    public enum Size {
        SMALL_100(100, 10, 2), MEDIUM_1000(1_000, 100, 2), LARGE_5000(5_000, 300, 3);

        public final int jobs;
        public final int technicians;
        public final int days;

        Size(int jobs, int technicians, int days) {
            this.jobs = jobs;
            this.technicians = technicians;
            this.days = days;
        }

        @Override
        public String toString() {
            return String.format("%,d × %d, %d days", jobs, technicians, days);
        }
    }

    private final Random random;
    private final List<LocalDate> days = new ArrayList<>();

    private FieldInstances(long seed, int weekdays) {
        this.random = new Random(seed);
        for (LocalDate d = DAY; days.size() < weekdays; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
    }

    public static PlanningProblem generate(long seed, Size size) {
        return generate(seed, size.jobs, size.technicians, size.days);
    }

    public static PlanningProblem generate(long seed, int jobs, int technicians, int weekdays) {
        return generate(seed, jobs, technicians, weekdays, new GreatCircleTravelTimes(TravelSettings.defaults(ZONE)));
    }

    /** With another travel model, e.g. constant speeds for a test that compares against a brute force. */
    public static PlanningProblem generate(long seed, int jobs, int technicians, int weekdays, TravelTimes travel) {
        return new FieldInstances(seed, weekdays).problem(jobs, technicians, travel);
    }

    /** A tiny problem for the exhaustive planner: 8 jobs, 3 technicians, one day. */
    public static PlanningProblem tiny(long seed) {
        return generate(seed, 8, 3, 1);
    }

    private PlanningProblem problem(int jobCount, int technicianCount, TravelTimes travel) {
        List<DispatchTechnician> technicians = new ArrayList<>();
        for (long t = 1; t <= technicianCount; t++) {
            technicians.add(technician(t));
        }
        List<DispatchJob> jobs = new ArrayList<>();
        for (long v = 1; v <= jobCount; v++) {
            jobs.add(job(v, technicians));
        }
        List<Appointment> inProgress = new ArrayList<>();
        long visitId = jobCount;
        for (DispatchTechnician technician : technicians) {
            if (random.nextDouble() < 0.15) {
                inProgress(technician, ++visitId).ifPresent(a -> {
                    inProgress.add(a);
                    jobs.add(a.job());
                });
            }
        }
        return new PlanningProblem(technicians, jobs, inProgress, days.get(0), days.get(days.size() - 1), ZONE, travel);
    }

    private DispatchTechnician technician(long id) {
        List<TechnicianSkill> skills = new ArrayList<>();
        Skill primary = TRADES.get(random.nextInt(TRADES.size()));
        List<Skill> others = new ArrayList<>(ALL_TRADES);
        others.remove(primary);
        Collections.shuffle(others, random);
        skills.add(held(primary, 2 + random.nextInt(4)));
        if (random.nextDouble() < 0.5) {
            skills.add(held(others.get(0), 1 + random.nextInt(3)));
        }
        if (random.nextDouble() < 0.15) {
            skills.add(held(others.get(1), 1 + random.nextInt(2)));
        }
        LocalTime start = LocalTime.of(7 + random.nextInt(3), 0);
        boolean lunch = random.nextDouble() < 0.8;
        List<WorkingHours> week = new ArrayList<>();
        for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.add(lunch ? new WorkingHours(d, start, start.plusMinutes(510), Optional.of(LocalTime.of(12, 0)), 30)
                    : new WorkingHours(d, start, start.plusHours(8)));
        }
        DispatchWorld.TechnicianBuilder builder = DispatchWorld.technician(id)
                .skills(skills.toArray(TechnicianSkill[]::new)).hours(week.toArray(WorkingHours[]::new))
                .home(point());
        double absence = random.nextDouble();
        LocalDate day = days.get(random.nextInt(days.size()));
        if (absence < 0.08) {
            builder.absent(new Absence(id, id, AbsenceKind.VACATION, new TimeSlot(day.atStartOfDay(ZONE).toInstant(),
                    day.plusDays(1).atStartOfDay(ZONE).toInstant()), Optional.of("vacation")));
        } else if (absence < 0.15) {
            builder.absent(new Absence(id, id, AbsenceKind.TRAINING,
                    new TimeSlot(at(day, 7, 0), at(day, 12, 0)), Optional.of("training")));
        }
        for (long part = 1; part <= PARTS; part++) {
            builder.van(part, Integer.toString(random.nextInt(4)));
        }
        return builder.build();
    }

    /** Most certificates do not expire; some ran out before the horizon, some run out during it. */
    private TechnicianSkill held(Skill skill, int level) {
        double r = random.nextDouble();
        Optional<LocalDate> until = r < 0.08 ? Optional.of(DAY.minusDays(1 + random.nextInt(60)))
                : r < 0.13 ? Optional.of(days.get(random.nextInt(days.size()))) : Optional.empty();
        return new TechnicianSkill(skill, level, until);
    }

    /**
     * A branch takes the work its people can do: a job's trade is one some technician holds, at a level
     * they have (though that technician's certificate may have run out).
     */
    private DispatchJob job(long visitId, List<DispatchTechnician> technicians) {
        DispatchWorld.JobBuilder job = DispatchWorld.job(visitId).at(point()).minutes(30 + 15L * random.nextInt(5));
        double skill = random.nextDouble();
        if (skill < 0.85) {
            List<TechnicianSkill> held = technicians.get(random.nextInt(technicians.size())).profile().skills();
            TechnicianSkill first = held.get(random.nextInt(held.size()));
            job.needs(first.skill(), Math.min(first.level(), neededLevel()));
            TechnicianSkill second = held.get(random.nextInt(held.size()));
            if (skill < 0.10 && !second.skill().equals(first.skill())) {
                job.needs(second.skill(), 1);
            }
        }
        double p = random.nextDouble();
        Priority priority = p < 0.03 ? Priority.EMERGENCY : p < 0.20 ? Priority.HIGH : p < 0.80 ? Priority.NORMAL
                : Priority.LOW;
        job.priority(priority);
        LocalDate day = days.get(random.nextInt(days.size()));
        double w = random.nextDouble();
        Instant windowEnd = null;
        if (w >= 0.4) {
            int hours = w < 0.7 ? 2 : 4;
            Instant from = at(day, 8 + random.nextInt(hours == 2 ? 7 : 5), 0);
            windowEnd = from.plus(Duration.ofHours(hours));
            job.window(from, windowEnd);
        }
        Instant due = switch (priority) {
            case EMERGENCY -> at(days.get(0), 12 + random.nextInt(6), 0);
            case HIGH -> at(days.get(Math.min(1, days.size() - 1)), 17, 0);
            case NORMAL -> random.nextDouble() < 0.3 ? at(day, 12 + random.nextInt(7), 0) : null;
            case LOW -> null;
        };
        if (due != null) {
            job.resolveBy(windowEnd != null && due.isBefore(windowEnd.plus(Duration.ofHours(2)))
                    ? windowEnd.plus(Duration.ofHours(2)) : due);
        }
        if (random.nextDouble() < 0.3) {
            int quantity = 1 + random.nextInt(2);
            job.needsPart(1 + random.nextInt(PARTS), Integer.toString(quantity),
                    random.nextDouble() < 0.3 ? Integer.toString(quantity) : "0");
        }
        return job.build();
    }

    private int neededLevel() {
        double r = random.nextDouble();
        return r < 0.45 ? 1 : r < 0.80 ? 2 : 3;
    }

    /** A visit begun at the start of the first day's shift where the technician is: it stays put. */
    private Optional<Appointment> inProgress(DispatchTechnician technician, long visitId) {
        LocalDate first = days.get(0);
        WorkingHours hours = technician.profile().hoursOn(first.getDayOfWeek()).orElseThrow();
        Instant start = first.atTime(hours.start()).atZone(ZONE).toInstant();
        DispatchJob job = DispatchWorld.job(visitId).at(point()).minutes(45 + 15L * random.nextInt(4))
                .priority(Priority.NORMAL).pinned().build();
        TimeSlot slot = TimeSlot.of(start, job.duration());
        return technician.absencesDuring(slot).isEmpty() ? Optional.of(new Appointment(job, technician.id(), slot))
                : Optional.empty();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return DispatchWorld.at(day, hour, minute);
    }

    /** Inside the Denver metro, Lakewood to Aurora, Westminster to Littleton. */
    private GeoPoint point() {
        return new GeoPoint(39.55 + random.nextDouble() * 0.35, -105.15 + random.nextDouble() * 0.40);
    }
}

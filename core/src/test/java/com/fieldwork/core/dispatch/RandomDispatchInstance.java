package com.fieldwork.core.dispatch;

import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.SKILLS;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.conflict.Move;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A generated Denver-metro plan, the same for the same seed: technicians with mixed skills, some
 * expiring certificates, breaks and absences; weekday visits with skills, parts, windows and SLAs, some
 * overlapping or too close. Used by the checker property test and by the benchmark.
 */
public final class RandomDispatchInstance {

    private final Random random;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<DispatchTechnician> technicians = new ArrayList<>();
    private final List<Appointment> appointments = new ArrayList<>();

    private RandomDispatchInstance(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param perDay     visits per technician per day
     * @param sloppiness 0 for a tidy plan, up to 1 for many overlaps and short gaps
     */
    public static RandomDispatchInstance generate(long seed, int technicians, int weekdays, int perDay,
                                                  double sloppiness) {
        RandomDispatchInstance instance = new RandomDispatchInstance(seed);
        for (LocalDate d = DAY; instance.days.size() < weekdays; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                instance.days.add(d);
            }
        }
        for (long t = 1; t <= technicians; t++) {
            instance.technicians.add(instance.technician(t));
        }
        long visitId = 1;
        for (DispatchTechnician technician : instance.technicians) {
            for (LocalDate day : instance.days) {
                Instant cursor = day.atTime(7, 0).plusMinutes(30 + instance.random.nextInt(60)).atZone(ZONE).toInstant();
                for (int i = 0; i < perDay; i++) {
                    DispatchJob job = instance.job(visitId++, day);
                    instance.appointments.add(new Appointment(job, technician.id(), TimeSlot.of(cursor, job.duration())));
                    long gap = instance.random.nextDouble() < sloppiness ? instance.random.nextInt(60) - 40
                            : 15 + instance.random.nextInt(45);
                    cursor = cursor.plus(job.duration()).plus(Duration.ofMinutes(gap));
                }
            }
        }
        return instance;
    }

    public List<DispatchTechnician> technicians() {
        return technicians;
    }

    public List<Appointment> appointments() {
        return appointments;
    }

    /** A drag somewhere on the board: any visit, to any technician, any quarter hour 06:00–19:00 of the plan. */
    public Move randomMove() {
        Appointment visit = appointments.get(random.nextInt(appointments.size()));
        long technician = random.nextBoolean() ? visit.technicianId()
                : technicians.get(random.nextInt(technicians.size())).id();
        LocalDate day = days.get(random.nextInt(days.size()));
        Instant start = day.atTime(6, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(5L * random.nextInt(157)));
        return new Move(visit.visitId(), technician, start);
    }

    /** A new job for one of the plan's days, not yet on the board. */
    public DispatchJob newJob(long visitId) {
        return job(visitId, days.get(random.nextInt(days.size())));
    }

    public List<LocalDate> days() {
        return days;
    }

    public Random random() {
        return random;
    }

    private DispatchTechnician technician(long id) {
        List<TechnicianSkill> skills = new ArrayList<>();
        for (Skill skill : SKILLS) {
            if (random.nextDouble() < 0.6) {
                Optional<LocalDate> until = random.nextDouble() < 0.2
                        ? Optional.of(days.get(random.nextInt(days.size())).plusDays(random.nextInt(3) - 1))
                        : Optional.empty();
                skills.add(new TechnicianSkill(skill, 1 + random.nextInt(5), until));
            }
        }
        boolean early = random.nextBoolean();
        boolean lunch = random.nextBoolean();
        List<WorkingHours> week = new ArrayList<>();
        for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            LocalTime start = early ? LocalTime.of(7, 0) : LocalTime.of(8, 0);
            week.add(lunch ? new WorkingHours(d, start, start.plusHours(9), Optional.of(LocalTime.of(12, 0)), 30)
                    : new WorkingHours(d, start, start.plusHours(9)));
        }
        List<Absence> absences = new ArrayList<>();
        if (random.nextDouble() < 0.3) {
            Instant from = days.get(random.nextInt(days.size())).atTime(7 + random.nextInt(8), 0).atZone(ZONE)
                    .toInstant();
            absences.add(new Absence(id, id, AbsenceKind.values()[random.nextInt(AbsenceKind.values().length)],
                    TimeSlot.of(from, Duration.ofMinutes(60 + random.nextInt(600))), Optional.empty()));
        }
        DispatchWorld.TechnicianBuilder builder = DispatchWorld.technician(id)
                .skills(skills.toArray(TechnicianSkill[]::new))
                .hours(week.toArray(WorkingHours[]::new))
                .home(point());
        absences.forEach(builder::absent);
        for (long part = 1; part <= 5; part++) {
            builder.van(part, Integer.toString(random.nextInt(3)));
        }
        return builder.build();
    }

    private DispatchJob job(long visitId, LocalDate day) {
        DispatchWorld.JobBuilder job = DispatchWorld.job(visitId).at(point()).minutes(30 + 15L * random.nextInt(7))
                .priority(Priority.values()[random.nextInt(Priority.values().length)]);
        if (random.nextDouble() < 0.4) {
            job.needs(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(4));
        }
        if (random.nextDouble() < 0.3) {
            job.needsPart(1 + random.nextInt(5), Integer.toString(1 + random.nextInt(2)),
                    Integer.toString(random.nextInt(2)));
        }
        if (random.nextDouble() < 0.3) {
            Instant from = day.atTime(8 + random.nextInt(6), 0).atZone(ZONE).toInstant();
            job.window(from, from.plus(Duration.ofHours(2 + random.nextInt(3))));
        }
        if (random.nextDouble() < 0.3) {
            job.resolveBy(day.atTime(10 + random.nextInt(8), 0).atZone(ZONE).toInstant());
        }
        if (random.nextDouble() < 0.05) {
            job.pinned();
        }
        return job.build();
    }

    /** Inside the Denver metro, Lakewood to Aurora, Westminster to Littleton. */
    private GeoPoint point() {
        return new GeoPoint(39.55 + random.nextDouble() * 0.35, -105.15 + random.nextDouble() * 0.40);
    }
}

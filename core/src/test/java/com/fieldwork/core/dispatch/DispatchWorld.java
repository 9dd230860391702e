package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderNumber;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Denver branch for dispatch tests: three skills, technicians working 08:00–17:00 on weekdays and
 * jobs downtown unless a test says otherwise. Tuesday 1 December 2026 is the day under test.
 */
public final class DispatchWorld {

    public static final ZoneId ZONE = ZoneId.of("America/Denver");
    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    public static final GeoPoint DOWNTOWN = new GeoPoint(39.7392, -104.9903);
    public static final GeoPoint BOULDER = new GeoPoint(40.0150, -105.2705);
    public static final Skill HVAC = new Skill(1, "HVAC", "Heating, ventilation and air conditioning");
    public static final Skill GAS = new Skill(2, "GAS", "Gas fitting");
    public static final Skill ELEC = new Skill(3, "ELEC", "Electrical");
    public static final List<Skill> SKILLS = List.of(HVAC, GAS, ELEC);

    private DispatchWorld() {
    }

    public static Instant at(int hour, int minute) {
        return at(DAY, hour, minute);
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    public static ConflictRules rules(Collection<DispatchTechnician> technicians) {
        return new ConflictRules(technicians, new GreatCircleTravelTimes(TravelSettings.defaults(ZONE)), ZONE);
    }

    /** Great-circle travel with the metro defaults (rush hours included). */
    public static GreatCircleTravelTimes travel() {
        return new GreatCircleTravelTimes(TravelSettings.defaults(ZONE));
    }

    /** A planning question for {@link #DAY} alone: these technicians and jobs, {@code current} already planned. */
    public static PlanningProblem problem(List<DispatchTechnician> technicians, List<DispatchJob> jobs,
                                          List<Appointment> current) {
        return new PlanningProblem(technicians, jobs, current, DAY, DAY, ZONE, travel());
    }

    public static TechnicianBuilder technician(long id) {
        return new TechnicianBuilder(id);
    }

    public static JobBuilder job(long visitId) {
        return new JobBuilder(visitId);
    }

    /** A technician with HVAC level 3 (no expiry), 08:00–17:00 Monday to Friday, based downtown. */
    public static final class TechnicianBuilder {
        private final long id;
        private final List<TechnicianSkill> skills = new ArrayList<>(List.of(new TechnicianSkill(HVAC, 3,
                Optional.empty())));
        private final List<WorkingHours> week = new ArrayList<>();
        private final List<Absence> absences = new ArrayList<>();
        private final Map<Long, BigDecimal> van = new HashMap<>();
        private GeoPoint home = DOWNTOWN;

        private TechnicianBuilder(long id) {
            this.id = id;
            for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                week.add(new WorkingHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)));
            }
        }

        public TechnicianBuilder skills(TechnicianSkill... held) {
            skills.clear();
            skills.addAll(List.of(held));
            return this;
        }

        public TechnicianBuilder hours(WorkingHours... days) {
            week.clear();
            week.addAll(List.of(days));
            return this;
        }

        public TechnicianBuilder absent(Absence absence) {
            absences.add(absence);
            return this;
        }

        public TechnicianBuilder van(long partId, String quantity) {
            van.put(partId, new BigDecimal(quantity));
            return this;
        }

        public TechnicianBuilder home(GeoPoint point) {
            home = point;
            return this;
        }

        public DispatchTechnician build() {
            Technician t = new Technician(id, 100 + id, 1, "T" + id, "Tech " + id, home, new BigDecimal("30.00"),
                    new BigDecimal("90.00"), true, 1);
            return new DispatchTechnician(new TechnicianProfile(t, skills, week), absences, Optional.empty(), van);
        }
    }

    /** A one-hour normal-priority job downtown needing nothing, numbered WO-2026-000&lt;visitId&gt;. */
    public static final class JobBuilder {
        private final long visitId;
        private GeoPoint location = DOWNTOWN;
        private Duration duration = Duration.ofMinutes(60);
        private final List<NeededSkill> skills = new ArrayList<>();
        private final List<NeededPart> parts = new ArrayList<>();
        private Optional<TimeSlot> window = Optional.empty();
        private Priority priority = Priority.NORMAL;
        private Optional<SlaDue> sla = Optional.empty();
        private boolean pinned;

        private JobBuilder(long visitId) {
            this.visitId = visitId;
        }

        public JobBuilder at(GeoPoint point) {
            location = point;
            return this;
        }

        public JobBuilder minutes(long minutes) {
            duration = Duration.ofMinutes(minutes);
            return this;
        }

        public JobBuilder needs(Skill skill, int level) {
            skills.add(new NeededSkill(skill, level));
            return this;
        }

        public JobBuilder needsPart(long partId, String quantity, String reserved) {
            parts.add(new NeededPart(partId, "Part " + partId, new BigDecimal(quantity), new BigDecimal(reserved)));
            return this;
        }

        public JobBuilder window(Instant from, Instant to) {
            window = Optional.of(new TimeSlot(from, to));
            return this;
        }

        public JobBuilder priority(Priority p) {
            priority = p;
            return this;
        }

        public JobBuilder resolveBy(Instant due) {
            sla = Optional.of(new SlaDue(due, due));
            return this;
        }

        public JobBuilder pinned() {
            pinned = true;
            return this;
        }

        public DispatchJob build() {
            return new DispatchJob(visitId, 1000 + visitId, new WorkOrderNumber(2026, visitId), location, duration,
                    skills, parts, window, priority, sla, pinned);
        }

        public Appointment on(long technicianId, Instant start) {
            return Appointment.of(build(), technicianId, start);
        }
    }
}

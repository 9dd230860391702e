package com.fieldwork.core.fieldjob;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading a technician's day and jobs. A caller reads their own with {@link Permission#WORK_ORDER_VIEW_OWN};
 * anyone else's needs {@link Permission#WORK_ORDER_VIEW_ALL}, so a technician asking for a colleague's
 * day is refused while the office may look at any technician's.
 *
 * <p>Branch scope ({@link Permission#ALL_BRANCHES}) is not checked here: the actor does not carry a branch.
 */
public final class FieldJobService {

    private final FieldJobs jobs;
    private final Clock clock;
    private final ZoneId companyZone;

    /** @param companyZone where "today" is decided (company.time_zone), whatever zone the clock has */
    public FieldJobService(FieldJobs jobs, Clock clock, ZoneId companyZone) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.companyZone = Objects.requireNonNull(companyZone, "companyZone");
    }

    /** The caller's own visits today in the company's time zone. */
    public List<VisitSummary> myVisitsToday(Actor actor) {
        return myVisitsOn(actor, today());
    }

    public List<VisitSummary> myVisitsOn(Actor actor, LocalDate day) {
        return visitsOf(actor, ownTechnicianId(actor), day);
    }

    /** @throws com.fieldwork.core.security.PermissionDeniedException when the caller may not read that day */
    public List<VisitSummary> visitsOf(Actor actor, long technicianId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        requireMayRead(actor, technicianId);
        return jobs.visitsOn(technicianId, day, companyZone);
    }

    /** The caller's own job; empty when it is not theirs or does not exist (the API's 404). */
    public Optional<JobDetail> myJob(Actor actor, long workOrderId) {
        return jobOf(actor, ownTechnicianId(actor), workOrderId);
    }

    /** A job as the given technician sees it, for the office helping them on the phone. */
    public Optional<JobDetail> jobOf(Actor actor, long technicianId, long workOrderId) {
        requireMayRead(actor, technicianId);
        return jobs.jobFor(technicianId, workOrderId);
    }

    public LocalDate today() {
        // Not clock.withZone(): a test clock may ignore the zone, and "today" must be the company's.
        return clock.instant().atZone(companyZone).toLocalDate();
    }

    private static long ownTechnicianId(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return actor.technicianId().orElseThrow(() -> new ValidationException("technicianId",
                "User " + actor.username() + " has no technician profile, so has no visits of their own"));
    }

    private static void requireMayRead(Actor actor, long technicianId) {
        Objects.requireNonNull(actor, "actor");
        boolean own = actor.technicianId().isPresent() && actor.technicianId().getAsLong() == technicianId;
        // The permission check comes first for one's own data too: a role without even "see own work
        // orders" must not read its jobs through a technician profile.
        actor.require(own ? Permission.WORK_ORDER_VIEW_OWN : Permission.WORK_ORDER_VIEW_ALL);
    }
}

package com.fieldwork.core.fieldjob;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What a technician's phone reads: their day and their jobs. Every read is scoped to one technician in
 * the query itself, so a job of someone else cannot leak through a forgotten filter.
 */
public interface FieldJobs {

    /**
     * The technician's live (not cancelled) visits whose planned time overlaps {@code day} in {@code zone},
     * by planned start. Unplanned visits have no day and are not listed.
     */
    List<VisitSummary> visitsOn(long technicianId, LocalDate day, ZoneId zone);

    /**
     * The job, when the technician has a live visit on it; empty otherwise. An unknown work order and
     * someone else's job look the same, so the API answers both with 404 and reveals nothing.
     */
    Optional<JobDetail> jobFor(long technicianId, long workOrderId);
}

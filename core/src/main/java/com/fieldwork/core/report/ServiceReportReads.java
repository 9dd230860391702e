package com.fieldwork.core.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a service report that no other port reads: each method is one set-based query for one job.
 * Status history, notes, parts, photos and signatures come through the ports that already read them.
 */
public interface ServiceReportReads {

    /** Empty when there is no such work order. */
    Optional<ServiceReport.Header> header(long workOrderId);

    ZoneId companyZone();

    /** With the technicians' names, in planned order. */
    List<ServiceReport.VisitLine> visits(long workOrderId);

    /** The template's checklist in order, each with its answer written for a reader. */
    List<ServiceReport.ChecklistLine> checklist(long workOrderId);

    /** The completion record with the completing user's name; empty when none was recorded. */
    Optional<ServiceReport.Completion> completion(long workOrderId);
}

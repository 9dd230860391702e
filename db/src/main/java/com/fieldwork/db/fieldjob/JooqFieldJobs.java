package com.fieldwork.db.fieldjob;

import com.fieldwork.db.support.CompanyZone;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.fieldjob.FieldJobs;
import com.fieldwork.core.fieldjob.JobDetail;
import com.fieldwork.core.fieldjob.VisitSummary;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * The technician's phone reads in SQL. The day list is one query, since a phone asks for it often;
 * the job detail is a fixed number of queries whatever the job holds (see {@link JobDetailReads}).
 */
public final class JooqFieldJobs implements FieldJobs {

    private final DSLContext dsl;
    private final Clock clock;

    /** @param clock only handed to the repositories the detail reuses; nothing here is written */
    public JooqFieldJobs(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<VisitSummary> visitsOn(long technicianId, LocalDate day, ZoneId zone) {
        // The local day's bounds as instants: 24 hours most days, 23 or 25 when the clocks change.
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return dsl.select(VISIT.ID, VISIT.STATUS, VISIT.PLANNED_START, VISIT.PLANNED_END, VISIT.ACTUAL_START,
                        VISIT.ACTUAL_END, VISIT.VERSION,
                        WORK_ORDER.ID, WORK_ORDER.NUMBER, WORK_ORDER.SUMMARY, WORK_ORDER.DESCRIPTION,
                        WORK_ORDER.PRIORITY, WORK_ORDER.STATUS, WORK_ORDER.RESOLUTION_DUE_AT, WORK_ORDER.VERSION,
                        CUSTOMER.NAME, SITE.NAME, SITE.STREET, SITE.CITY, SITE.POSTAL_CODE, SITE.COUNTRY,
                        SITE.LAT, SITE.LON)
                .from(VISIT)
                .join(WORK_ORDER).on(WORK_ORDER.ID.eq(VISIT.WORK_ORDER_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(WORK_ORDER.CUSTOMER_ID))
                .join(SITE).on(SITE.ID.eq(WORK_ORDER.SITE_ID))
                .where(VISIT.TECHNICIAN_ID.eq(technicianId))
                .and(VISIT.STATUS.ne(VisitStatus.CANCELLED.name()))
                .and(VISIT.PLANNED_START.lt(end))
                .and(VISIT.PLANNED_END.gt(start))
                .orderBy(VISIT.PLANNED_START, VISIT.ID)
                .fetch(JooqFieldJobs::toSummary);
    }

    @Override
    public Optional<JobDetail> jobFor(long technicianId, long workOrderId) {
        // One transaction, so the parts of the detail come from one connection and agree with each other
        // as far as the isolation level allows.
        return dsl.transactionResult(cfg -> new JobDetailReads(cfg.dsl(), clock).jobFor(technicianId, workOrderId));
    }

    /**
     * Where "today" is for the phones, for wiring {@link com.fieldwork.core.fieldjob.FieldJobService}: the
     * company's time zone, UTC before a company is set up (as work order numbering does).
     */
    public ZoneId companyZone() {
        return CompanyZone.of(dsl);
    }

    private static VisitSummary toSummary(Record r) {
        Optional<TimeSlot> planned = Optional.of(new TimeSlot(r.get(VISIT.PLANNED_START), r.get(VISIT.PLANNED_END)));
        return new VisitSummary(
                r.get(VISIT.ID),
                VisitStatus.valueOf(r.get(VISIT.STATUS)),
                planned,
                Optional.ofNullable(r.get(VISIT.ACTUAL_START)),
                Optional.ofNullable(r.get(VISIT.ACTUAL_END)),
                r.get(VISIT.VERSION),
                r.get(WORK_ORDER.ID),
                WorkOrderNumber.parse(r.get(WORK_ORDER.NUMBER)),
                r.get(WORK_ORDER.SUMMARY),
                Optional.ofNullable(r.get(WORK_ORDER.DESCRIPTION)),
                Priority.valueOf(r.get(WORK_ORDER.PRIORITY)),
                WorkOrderStatus.valueOf(r.get(WORK_ORDER.STATUS)),
                Optional.ofNullable(r.get(WORK_ORDER.RESOLUTION_DUE_AT)),
                r.get(WORK_ORDER.VERSION),
                r.get(CUSTOMER.NAME),
                r.get(SITE.NAME),
                new Address(r.get(SITE.STREET), r.get(SITE.CITY), r.get(SITE.POSTAL_CODE), r.get(SITE.COUNTRY)),
                new GeoPoint(r.get(SITE.LAT), r.get(SITE.LON)));
    }
}

package com.fieldwork.db.demo;

import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.jooq.tables.records.ChecklistAnswerRecord;
import com.fieldwork.db.workorder.Urgency;
import com.fieldwork.db.jooq.tables.records.CompletionRecordRecord;
import com.fieldwork.db.jooq.tables.records.LaborEntryRecord;
import com.fieldwork.db.jooq.tables.records.StockReservationRecord;
import com.fieldwork.db.jooq.tables.records.VisitRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderNoteRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderPartRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderSkillRecord;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static com.fieldwork.core.workorder.WorkOrderStatus.*;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.STOCK_RESERVATION;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;

/**
 * Turns a {@link Job} into rows: the work order, its visits, and a status history that walks the
 * legal moves of the lifecycle from Pending to the job's status, each made by a role allowed to.
 * The full form adds what a finished job leaves behind (labour, parts, checklist, completion, notes);
 * the lean form, for scale data, writes only work orders, visits and history.
 */
final class JobWriter {

    private static final List<String> DISPATCH_NOTES = List.of("Customer confirmed the appointment by phone.",
            "Customer asked for a call 30 minutes before arrival.", "Second request this season - check the warranty.",
            "Tenant will let the technician in; owner approved up to $500.");
    private static final List<String> FIX_NOTES = List.of("Replaced the failed part and tested a full cycle. Running normally.",
            "Cleaned and adjusted; measured values within spec.", "Found a loose connection, repaired and tested.",
            "Completed the scheduled service. Recommended replacement within two years.");

    private final CompanyModel model;
    private final ExplicitIds ids;
    private final Instant now;
    private final boolean full;
    private final WorkOrderRows rows;

    JobWriter(CompanyModel model, ExplicitIds ids, Instant now, boolean full, WorkOrderRows rows) {
        this.model = model;
        this.ids = ids;
        this.now = now;
        this.full = full;
        this.rows = rows;
    }

    void write(Job job, long id, String number, SplittableRandom random) {
        WorkOrderStatus status = job.status();
        long creator = model.user(job.source() == WorkOrderSource.RECURRING ? Role.OPERATIONS_MANAGER : Role.DISPATCHER);
        long dispatcher = model.user(Role.DISPATCHER);
        Long techUser = job.technician().map(CompanyModel.Technician::userId).orElse(null);
        StatusSteps steps = new StatusSteps(id, rows.history);
        steps.add(PENDING, job.createdAt(), creator);
        WorkOrderRecord wo = workOrder(job, id, number, creator);
        Instant assignedBy = job.earlierVisit().orElse(job.plannedStart());
        if (job.technician().isEmpty()) {
            if (status == ON_HOLD || status == CANCELLED) {
                steps.add(status, between(job.createdAt(), Math.min(48, hoursUntilNow(job.createdAt())), random), dispatcher);
            }
        } else {
            steps.add(ASSIGNED, assignedAt(job.createdAt(), assignedBy, random), dispatcher);
            if (status == ON_HOLD || status == CANCELLED) {
                steps.add(status, between(steps.last(), Math.min(24, hoursUntilNow(steps.last())), random), dispatcher);
                visit(job, id, VisitStatus.CANCELLED, job.plannedStart(), job.plannedEnd(), null, null, dispatcher);
            } else if (status == ASSIGNED) {
                visit(job, id, VisitStatus.PLANNED, job.plannedStart(), job.plannedEnd(), null, null, dispatcher);
                reserveParts(job, id, job.technician().get().vanId(), "ACTIVE", steps.last(), dispatcher);
            } else if (status == EN_ROUTE || status == ARRIVED || status == IN_PROGRESS) {
                onSiteNow(job, id, steps, techUser, random, wo);
            } else {
                finishedVisits(job, id, steps, techUser, dispatcher, random, wo);
            }
        }
        wo.setUpdatedBy(steps.lastActor()).setUpdatedAt(steps.last());
        rows.workOrders.add(wo);
        if (full) {
            copyRequirements(job, id);
            if (random.nextInt(100) < 35) {
                note(id, dispatcher, DISPATCH_NOTES.get(random.nextInt(DISPATCH_NOTES.size())),
                        job.createdAt().plusSeconds(300), false);
            }
        }
    }

    /** Today's work: the technician is driving there, standing at the door, or working. */
    private void onSiteNow(Job job, long id, StatusSteps steps, long techUser, SplittableRandom random, WorkOrderRecord wo) {
        Instant arrived = min(job.plannedStart().plus(minutes(random, -5, 10)), now.minus(Duration.ofMinutes(3)));
        Instant enRoute = job.status() == EN_ROUTE ? now.minus(minutes(random, 4, 15)) : arrived.minus(minutes(random, 12, 30));
        steps.add(EN_ROUTE, enRoute, techUser);
        wo.setRespondedAt(steps.last());
        Instant actualStart = null;
        if (job.status() != EN_ROUTE) {
            steps.add(ARRIVED, arrived, techUser);
            actualStart = steps.last();
            if (job.status() == IN_PROGRESS) {
                steps.add(IN_PROGRESS, min(arrived.plus(Duration.ofMinutes(5)), now.minus(Duration.ofMinutes(1))), techUser);
            }
        }
        VisitRecord visit = visit(job, id, VisitStatus.IN_PROGRESS, job.plannedStart(), job.plannedEnd(), actualStart, null,
                model.user(Role.DISPATCHER));
        visit.setPinned(true).setUpdatedBy(techUser).setUpdatedAt(steps.last());
    }

    /** Past work: one or two trips done, ending waiting for parts, completed or closed. */
    private void finishedVisits(Job job, long id, StatusSteps steps, long techUser, long dispatcher,
                                SplittableRandom random, WorkOrderRecord wo) {
        CompanyModel.Technician tech = job.technician().orElseThrow();
        long warehouse = model.warehouseByBranch.get(tech.branchId());
        if (job.earlierVisit().isPresent()) {
            Instant start = job.earlierVisit().get();
            Instant end = worked(job, id, steps, techUser, start, start.plus(Duration.ofMinutes(job.template().minutes())),
                    random, wo);
            steps.add(WAITING_FOR_PARTS, end, techUser);
            reserveParts(job, id, warehouse, "CONSUMED", end, techUser);
            if (full) {
                note(id, techUser, "Part not on the van; ordered from the warehouse.", end, true);
            }
            steps.add(ASSIGNED, assignedAt(end, job.plannedStart(), random), dispatcher);
        }
        Instant end = worked(job, id, steps, techUser, job.plannedStart(), job.plannedEnd(), random, wo);
        if (job.status() == WAITING_FOR_PARTS) {
            steps.add(WAITING_FOR_PARTS, end, techUser);
            reserveParts(job, id, warehouse, "ACTIVE", end, techUser);
            return;
        }
        steps.add(COMPLETED, end, techUser);
        wo.setCompletedAt(end);
        if (job.status() == CLOSED) {
            steps.add(CLOSED, between(end, Math.min(120, hoursUntilNow(end)), random), model.user(Role.ACCOUNTANT));
            wo.setClosedAt(steps.last());
        }
        if (full) {
            completion(job, id, techUser, end, random);
            job.template().parts().forEach((part, quantity) -> rows.consumptions.add(new WorkOrderRows.Consumption(
                    id, tech.vanId(), tech.branchId(), part, quantity, end, techUser)));
        }
    }

    /** A trip that was made: travel, arrival, work, labour booked; returns when the work ended. */
    private Instant worked(Job job, long id, StatusSteps steps, long techUser, Instant plannedStart, Instant plannedEnd,
                           SplittableRandom random, WorkOrderRecord wo) {
        Instant arrived = plannedStart.plus(minutes(random, -10, 20));
        steps.add(EN_ROUTE, arrived.minus(minutes(random, 12, 35)), techUser);
        if (wo.getRespondedAt() == null) {
            wo.setRespondedAt(steps.last());
        }
        steps.add(ARRIVED, arrived, techUser);
        Instant start = steps.last();
        steps.add(IN_PROGRESS, start.plus(Duration.ofMinutes(5)), techUser);
        long planned = Duration.between(plannedStart, plannedEnd).toMinutes();
        Instant end = steps.last().plus(Duration.ofMinutes(Math.max(15, planned * (70 + random.nextInt(60)) / 100)));
        if (end.isAfter(now)) {
            // A long job that overran today: it ended just now, not in the future.
            end = now.minus(Duration.ofMinutes(1));
        }
        VisitRecord visit = visit(job, id, VisitStatus.DONE, plannedStart, plannedEnd, start, end, model.user(Role.DISPATCHER));
        visit.setUpdatedBy(techUser).setUpdatedAt(end);
        if (full) {
            rows.labor.add(new LaborEntryRecord().setId(ids.next(LABOR_ENTRY)).setWorkOrderId(id).setVisitId(visit.getId())
                    .setTechnicianId(job.technician().orElseThrow().id()).setStartedAt(start).setEndedAt(end)
                    .setBillable(true).setNote(null));
        }
        return end;
    }

    private VisitRecord visit(Job job, long id, VisitStatus status, Instant plannedStart, Instant plannedEnd,
                              Instant actualStart, Instant actualEnd, long by) {
        VisitRecord visit = new VisitRecord().setId(ids.next(VISIT)).setWorkOrderId(id)
                .setTechnicianId(job.technician().orElseThrow().id()).setStatus(status.name())
                .setPlannedStart(plannedStart).setPlannedEnd(plannedEnd).setActualStart(actualStart)
                .setActualEnd(actualEnd).setPinned(false).setVersion(0L).setCreatedBy(by)
                .setCreatedAt(job.createdAt()).setUpdatedBy(by).setUpdatedAt(job.createdAt());
        rows.visits.add(visit);
        return visit;
    }

    private WorkOrderRecord workOrder(Job job, long id, String number, long creator) {
        CompanyModel.Sla sla = model.slas.get(job.priority());
        Instant created = job.createdAt();
        return new WorkOrderRecord().setId(id).setNumber(number).setCustomerId(job.site().customerId())
                .setSiteId(job.site().id()).setAssetId(job.assetId().orElse(null))
                .setServiceTypeId(job.template().serviceTypeId()).setTemplateId(job.template().id())
                .setBranchId(job.site().branchId()).setPriority(job.priority().name())
                .setUrgency(Urgency.of(job.priority())).setStatus(job.status().name())
                .setSummary(job.template().name()).setDescription(description(job, number))
                .setEstimatedMinutes(job.template().minutes()).setSource(job.source().name())
                .setExternalRef(job.source() == WorkOrderSource.API ? "CRM-" + number.substring(3) : null)
                .setSlaPolicyId(sla == null ? null : sla.id())
                .setResponseDueAt(sla == null ? null : created.plus(sla.response()))
                .setResolutionDueAt(sla == null ? null : created.plus(sla.resolution()))
                .setWindowStart(null).setWindowEnd(null).setRespondedAt(null).setCompletedAt(null).setClosedAt(null)
                .setVersion(0L).setCreatedBy(creator).setCreatedAt(created).setUpdatedBy(creator).setUpdatedAt(created);
    }

    private static String description(Job job, String number) {
        return switch (job.priority()) {
            case EMERGENCY -> "Urgent: " + job.template().name().toLowerCase() + ". Site reports equipment down.";
            case HIGH -> "Customer reports a fault: " + job.template().name().toLowerCase() + ".";
            case NORMAL -> job.template().name() + " requested by the customer.";
            case LOW -> job.template().name() + " (planned work, " + number + ").";
        };
    }

    private void copyRequirements(Job job, long id) {
        job.template().skills().forEach((skill, level) -> rows.skills.add(new WorkOrderSkillRecord()
                .setWorkOrderId(id).setSkillId(skill).setMinLevel(level.shortValue())));
        job.template().parts().forEach((part, quantity) -> rows.parts.add(new WorkOrderPartRecord()
                .setWorkOrderId(id).setPartId(part).setQuantity(quantity)));
    }

    private void reserveParts(Job job, long id, long locationId, String status, Instant at, long by) {
        if (!full) {
            return;
        }
        for (Map.Entry<Long, BigDecimal> part : job.template().parts().entrySet()) {
            rows.reservations.add(new StockReservationRecord().setId(ids.next(STOCK_RESERVATION)).setWorkOrderId(id)
                    .setPartId(part.getKey()).setLocationId(locationId).setQuantity(part.getValue()).setStatus(status)
                    .setCreatedBy(by).setCreatedAt(at));
        }
    }

    private void completion(Job job, long id, long techUser, Instant at, SplittableRandom random) {
        rows.completions.add(new CompletionRecordRecord().setWorkOrderId(id).setCompletedBy(techUser).setCompletedAt(at)
                .setLat(job.site().lat()).setLon(job.site().lon()).setFirstTimeFix(job.earlierVisit().isEmpty())
                .setCustomerConfirmed(random.nextInt(100) < 85).setSignatureId(null)
                .setSummary(FIX_NOTES.get(random.nextInt(FIX_NOTES.size()))));
        for (CompanyModel.CheckItem item : job.template().checklist()) {
            if (item.kind() == ChecklistItemKind.PHOTO) {
                continue; // a photo answer needs an attachment file; the demo has none
            }
            ChecklistAnswerRecord answer = new ChecklistAnswerRecord().setId(ids.next(CHECKLIST_ANSWER)).setWorkOrderId(id)
                    .setChecklistItemId(item.id()).setAnsweredBy(techUser).setAnsweredAt(at)
                    .setAnswerYesNo(item.kind() == ChecklistItemKind.YES_NO ? Boolean.TRUE : null)
                    .setAnswerNumber(item.kind() == ChecklistItemKind.NUMBER ? BigDecimal.valueOf(20 + random.nextInt(100)) : null)
                    .setAnswerText(item.kind() == ChecklistItemKind.TEXT ? "Worn parts replaced, no other findings" : null)
                    .setAttachmentId(null);
            rows.answers.add(answer);
        }
        note(id, techUser, FIX_NOTES.get(random.nextInt(FIX_NOTES.size())), at, false);
    }

    private void note(long id, long author, String body, Instant at, boolean internal) {
        rows.notes.add(new WorkOrderNoteRecord().setId(ids.next(WORK_ORDER_NOTE)).setWorkOrderId(id).setAuthorId(author)
                .setBody(body).setInternal(internal).setCreatedAt(at).setClientId(null));
    }

    /** Assigned some time after the request came in, and well before the technician sets off. */
    private Instant assignedAt(Instant after, Instant appointment, SplittableRandom random) {
        long gap = Duration.between(after, min(appointment, now)).toMinutes();
        long offset = gap <= 4 ? 1 : 1 + random.nextLong(Math.max(1, Math.min(gap / 2, 240)));
        return after.plus(Duration.ofMinutes(offset));
    }

    private Instant between(Instant after, long maxHours, SplittableRandom random) {
        return after.plus(Duration.ofMinutes(1 + random.nextLong(Math.max(1, maxHours * 60 - 1))));
    }

    private long hoursUntilNow(Instant from) {
        return Math.max(0, Duration.between(from, now).toHours() - 1);
    }

    private static Duration minutes(SplittableRandom random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

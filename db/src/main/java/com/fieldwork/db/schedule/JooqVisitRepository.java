package com.fieldwork.db.schedule;

import com.fieldwork.db.support.OpenWorkOrders;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.VisitRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.OptimisticLock;
import com.fieldwork.db.support.RenderedStatement;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.UpdateSetMoreStep;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;
import static com.fieldwork.db.support.RenderedStatement.param;

/** Visits in SQL; every write versioned, audited and on the change feed. */
public final class JooqVisitRepository implements VisitRepository {

    private static final String ENTITY = "visit";

    /** Whether a technician may see a job: asked on every request a phone makes about one. */
    private static final RenderedStatement ASSIGNED = RenderedStatement.of(dsl -> dsl.selectOne().from(VISIT)
            .where(VISIT.WORK_ORDER_ID.eq(param(VISIT.WORK_ORDER_ID))
                    .and(VISIT.TECHNICIAN_ID.eq(param(VISIT.TECHNICIAN_ID)))
                    .and(VISIT.STATUS.ne(DSL.inline(VisitStatus.CANCELLED.name()))))
            .limit(DSL.inline(1)));

    private final DSLContext dsl;
    private final Clock clock;

    public JooqVisitRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Visit create(NewVisit visit, Actor actor, String reason) {
        return IntegrityViolations.translate("Visit", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OpenWorkOrders.lock(tx, visit.workOrderId(), "planning a visit");
            Instant now = clock.instant();
            VisitRecord row = tx.newRecord(VISIT)
                    .setWorkOrderId(visit.workOrderId())
                    .setTechnicianId(orNull(visit.technicianId()))
                    .setStatus(VisitStatus.PLANNED.name())
                    .setPlannedStart(visit.planned().map(TimeSlot::start).orElse(null))
                    .setPlannedEnd(visit.planned().map(TimeSlot::end).orElse(null))
                    .setPinned(visit.pinned())
                    .setVersion(0L)
                    .setCreatedBy(actor.userId()).setCreatedAt(now)
                    .setUpdatedBy(actor.userId()).setUpdatedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "plan visit", null, row, reason);
            return toVisit(row);
        }));
    }

    @Override
    public Optional<Visit> find(long id) {
        return dsl.selectFrom(VISIT).where(VISIT.ID.eq(id)).fetchOptional().map(JooqVisitRepository::toVisit);
    }

    @Override
    public List<Visit> forWorkOrder(long workOrderId) {
        return dsl.selectFrom(VISIT).where(VISIT.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(VISIT.PLANNED_START.asc().nullsLast(), VISIT.ID)
                .fetch(JooqVisitRepository::toVisit);
    }

    @Override
    public List<Visit> forTechnician(long technicianId, TimeSlot range) {
        return dsl.selectFrom(VISIT)
                .where(VISIT.TECHNICIAN_ID.eq(technicianId))
                .and(VISIT.PLANNED_START.lt(range.end()))
                .and(VISIT.PLANNED_END.gt(range.start()))
                .orderBy(VISIT.PLANNED_START, VISIT.ID)
                .fetch(JooqVisitRepository::toVisit);
    }

    @Override
    public boolean isAssigned(long workOrderId, long technicianId) {
        return ASSIGNED.exists(dsl, workOrderId, technicianId);
    }

    @Override
    public Visit replan(long id, long expectedVersion, VisitPlan plan, Actor actor, String reason) {
        return versionedUpdate(id, expectedVersion, actor, "replan", reason, tx -> tx.update(VISIT)
                .set(VISIT.TECHNICIAN_ID, orNull(plan.technicianId()))
                .set(VISIT.PLANNED_START, plan.planned().map(TimeSlot::start).orElse(null))
                .set(VISIT.PLANNED_END, plan.planned().map(TimeSlot::end).orElse(null))
                .set(VISIT.PINNED, plan.pinned()));
    }

    @Override
    public Visit recordActualTimes(long id, long expectedVersion, Optional<Instant> start, Optional<Instant> end,
                                   VisitStatus status, Actor actor) {
        return versionedUpdate(id, expectedVersion, actor, "actual times", null, tx -> tx.update(VISIT)
                .set(VISIT.ACTUAL_START, start.orElse(null))
                .set(VISIT.ACTUAL_END, end.orElse(null))
                .set(VISIT.STATUS, status.name()));
    }

    private Visit versionedUpdate(long id, long expectedVersion, Actor actor, String action, String reason,
                                  java.util.function.Function<DSLContext, UpdateSetMoreStep<VisitRecord>> changes) {
        return IntegrityViolations.translate("Visit", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            VisitRecord before = tx.selectFrom(VISIT).where(VISIT.ID.eq(id)).fetchOne();
            if (before != null) {
                OpenWorkOrders.lock(tx, before.getWorkOrderId(), "changing a visit (" + action + ")");
            }
            int updated = changes.apply(tx)
                    .set(VISIT.VERSION, VISIT.VERSION.plus(1))
                    .set(VISIT.UPDATED_BY, actor.userId())
                    .set(VISIT.UPDATED_AT, now)
                    .where(VISIT.ID.eq(id).and(VISIT.VERSION.eq(expectedVersion)))
                    .execute();
            if (updated == 0) {
                throw OptimisticLock.staleOrMissing(tx, "Visit", VISIT, VISIT.ID, VISIT.VERSION, VISIT.UPDATED_AT,
                        VISIT.UPDATED_BY, id, expectedVersion);
            }
            VisitRecord after = tx.selectFrom(VISIT).where(VISIT.ID.eq(id)).fetchSingle();
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, action, before, after, reason);
            return toVisit(after);
        }));
    }

    /** Public so that other read models (the field jobs) map a visit row the same way. */
    public static Visit toVisit(VisitRecord r) {
        Optional<TimeSlot> planned = r.getPlannedStart() == null ? Optional.empty()
                : Optional.of(new TimeSlot(r.getPlannedStart(), r.getPlannedEnd()));
        return new Visit(r.getId(), r.getWorkOrderId(), ofLong(r.getTechnicianId()), VisitStatus.valueOf(r.getStatus()),
                planned, Optional.ofNullable(r.getActualStart()), Optional.ofNullable(r.getActualEnd()),
                r.getPinned(), r.getVersion(), r.getUpdatedAt());
    }
}

package com.fieldwork.db.field;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.field.ActingTechnician;
import com.fieldwork.core.field.FieldClockRule;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.LaborEntryRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/** Labor in SQL: once per client id, never overlapping the same technician's other labor, audited. */
public final class JooqLaborEntries implements LaborEntries {

    private static final String ENTITY = "labor_entry";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqLaborEntries(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LaborEntry record(NewLaborEntry entry, Actor actor) {
        Objects.requireNonNull(entry, "entry");
        long technicianId = ActingTechnician.idOf(actor);
        FieldClockRule.notInFuture("endedAt", entry.endedAt(), clock);
        return IntegrityViolations.translate("Labor entry", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<LaborEntryRecord> existing = tx.selectFrom(LABOR_ENTRY)
                    .where(LABOR_ENTRY.CLIENT_ID.eq(entry.clientId())).fetchOptional();
            if (existing.isPresent()) {
                return replayOf(existing.get(), entry, technicianId);
            }
            WorkOrderRefs.require(tx, entry.workOrderId(), entry.visitId(), "recording labor");
            // Locking the technician's row makes the overlap check and the insert one step for that
            // technician: two phones (or two retries) cannot both slip in overlapping labor.
            tx.select(TECHNICIAN.ID).from(TECHNICIAN).where(TECHNICIAN.ID.eq(technicianId)).forUpdate().fetch();
            tx.selectFrom(LABOR_ENTRY)
                    .where(LABOR_ENTRY.TECHNICIAN_ID.eq(technicianId))
                    .and(LABOR_ENTRY.STARTED_AT.lt(entry.endedAt()))
                    .and(LABOR_ENTRY.ENDED_AT.gt(entry.startedAt()))
                    .orderBy(LABOR_ENTRY.STARTED_AT).limit(1)
                    .fetchOptional().ifPresent(other -> {
                        throw new ConflictException("This labor (" + entry.startedAt() + " to " + entry.endedAt()
                                + ") overlaps labor already recorded from " + other.getStartedAt() + " to "
                                + other.getEndedAt() + " on work order " + other.getWorkOrderId());
                    });
            Instant now = clock.instant();
            LaborEntryRecord row = tx.newRecord(LABOR_ENTRY)
                    .setWorkOrderId(entry.workOrderId())
                    .setVisitId(orNull(entry.visitId()))
                    .setTechnicianId(technicianId)
                    .setStartedAt(entry.startedAt())
                    .setEndedAt(entry.endedAt())
                    .setBillable(entry.billable())
                    .setNote(entry.note().orElse(null))
                    .setClientId(entry.clientId());
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "record labor", null, row, null);
            return toEntry(row);
        }));
    }

    private static LaborEntry replayOf(LaborEntryRecord existing, NewLaborEntry entry, long technicianId) {
        boolean same = existing.getWorkOrderId() == entry.workOrderId()
                && existing.getTechnicianId() == technicianId
                && existing.getStartedAt().equals(entry.startedAt())
                && existing.getEndedAt().equals(entry.endedAt());
        if (!same) {
            throw new ConflictException("Labor " + entry.clientId() + " was already recorded with other times");
        }
        return toEntry(existing);
    }

    @Override
    public List<LaborEntry> forWorkOrder(long workOrderId) {
        return dsl.selectFrom(LABOR_ENTRY).where(LABOR_ENTRY.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(LABOR_ENTRY.STARTED_AT, LABOR_ENTRY.ID)
                .fetch(JooqLaborEntries::toEntry);
    }

    private static LaborEntry toEntry(LaborEntryRecord r) {
        return new LaborEntry(r.getId(), r.getWorkOrderId(), ofLong(r.getVisitId()), r.getTechnicianId(),
                r.getStartedAt(), r.getEndedAt(), r.getBillable(), Optional.ofNullable(r.getNote()),
                Optional.ofNullable(r.getClientId()));
    }
}

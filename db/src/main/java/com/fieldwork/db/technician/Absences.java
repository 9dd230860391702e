package com.fieldwork.db.technician;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.NewAbsence;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.AbsenceRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.ABSENCE;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;

/**
 * Absences are rows of their own (no version: they are added and removed, never edited), so they
 * are audited as entity "absence" and leave the technician's version alone.
 */
final class Absences {

    static final String ENTITY = "absence";

    private final DSLContext dsl;
    private final Clock clock;

    Absences(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    Absence add(long technicianId, NewAbsence absence, Actor actor) {
        return IntegrityViolations.translate("Absence", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(TECHNICIAN, TECHNICIAN.ID.eq(technicianId))) {
                throw new NotFoundException("technician", technicianId);
            }
            Instant now = clock.instant();
            AbsenceRecord row = tx.newRecord(ABSENCE)
                    .setTechnicianId(technicianId).setKind(absence.kind().name())
                    .setStartsAt(absence.period().start()).setEndsAt(absence.period().end())
                    .setNote(absence.note().orElse(null));
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "add", null, row, null);
            return toAbsence(row);
        }));
    }

    void remove(long absenceId, Actor actor) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            AbsenceRecord before = tx.selectFrom(ABSENCE).where(ABSENCE.ID.eq(absenceId)).fetchOne();
            if (before == null) {
                throw new NotFoundException("absence", absenceId);
            }
            tx.deleteFrom(ABSENCE).where(ABSENCE.ID.eq(absenceId)).execute();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, absenceId, ChangeOperation.DELETE, "remove",
                    before, null, null);
        });
    }

    List<Absence> between(OptionalLong technicianId, TimeSlot range) {
        Condition overlaps = ABSENCE.STARTS_AT.lt(range.end()).and(ABSENCE.ENDS_AT.gt(range.start()));
        Condition whose = technicianId.isPresent() ? ABSENCE.TECHNICIAN_ID.eq(technicianId.getAsLong()) : null;
        return dsl.selectFrom(ABSENCE)
                .where(whose == null ? overlaps : overlaps.and(whose))
                .orderBy(ABSENCE.STARTS_AT, ABSENCE.ID)
                .fetch(Absences::toAbsence);
    }

    private static Absence toAbsence(AbsenceRecord r) {
        return new Absence(r.getId(), r.getTechnicianId(), AbsenceKind.valueOf(r.getKind()),
                new TimeSlot(r.getStartsAt(), r.getEndsAt()), Optional.ofNullable(r.getNote()));
    }
}

package com.fieldwork.db.catalog;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.catalog.Part;
import com.fieldwork.core.catalog.PartDetails;
import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.AuditLogRecord;
import com.fieldwork.db.jooq.tables.records.PartRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.PART;

/** The parts catalog in SQL; writes audited and on the change feed. */
public final class JooqPartRepository implements PartRepository {

    static final String ENTITY = "part";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqPartRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Part create(PartDetails part, Actor actor) {
        return IntegrityViolations.translate("Part", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireSkuFree(tx, part.sku(), null);
            PartRecord row = tx.newRecord(PART);
            apply(row, part);
            row.store();
            // Read back what the columns kept (numeric scale), so the returned part equals a later find.
            row.refresh();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toPart(row);
        }));
    }

    @Override
    public Optional<Part> find(long id) {
        return dsl.selectFrom(PART).where(PART.ID.eq(id)).fetchOptional(JooqPartRepository::toPart);
    }

    @Override
    public Optional<Part> findBySku(String sku) {
        return dsl.selectFrom(PART).where(PART.SKU.eq(sku.trim())).fetchOptional(JooqPartRepository::toPart);
    }

    @Override
    public List<Part> search(String prefix, boolean activeOnly, int limit) {
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "A limit is from 1 to 500, got " + limit);
        }
        String p = prefix == null ? "" : prefix.trim();
        Condition match = PART.SKU.startsWithIgnoreCase(p).or(PART.NAME.startsWithIgnoreCase(p));
        return dsl.selectFrom(PART).where(match.and(activeOnly ? PART.ACTIVE.isTrue() : DSL.noCondition()))
                .orderBy(PART.SKU).limit(limit)
                .fetch(JooqPartRepository::toPart);
    }

    @Override
    public Part update(long id, long expectedVersion, PartDetails values, Actor actor) {
        return IntegrityViolations.translate("Part", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            PartRecord row = tx.selectFrom(PART).where(PART.ID.eq(id)).forUpdate().fetchOne();
            if (row == null) {
                throw new NotFoundException(ENTITY, id);
            }
            if (row.getVersion() != expectedVersion) {
                throw stale(tx, id, expectedVersion, row.getVersion());
            }
            requireSkuFree(tx, values.sku(), id);
            PartRecord before = row.into(PART);
            apply(row, values);
            row.setVersion(row.getVersion() + 1);
            row.update();
            row.refresh();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, id, ChangeOperation.UPDATE, "update", before, row, null);
            return toPart(row);
        }));
    }

    /** Checked first for a sentence naming the other part; the unique constraint still guards the race. */
    private static void requireSkuFree(DSLContext tx, String sku, Long self) {
        PartRecord other = tx.selectFrom(PART).where(PART.SKU.eq(sku)).fetchOne();
        if (other != null && !other.getId().equals(self)) {
            throw new ConflictException("SKU " + sku + " is already used by part " + other.getId() + " (" + other.getName() + ")");
        }
    }

    /** Without updated_by on part, the audit log says who saved the values the caller did not see. */
    private static ConcurrentModificationException stale(DSLContext tx, long id, long expected, long current) {
        AuditLogRecord last = tx.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(ENTITY).and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(id))))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        return new ConcurrentModificationException("Part", id, expected, current,
                last == null ? null : last.getActorName(), last == null ? null : last.getAt());
    }

    private static void apply(PartRecord row, PartDetails part) {
        row.setSku(part.sku());
        row.setName(part.name());
        row.setUnit(part.unit());
        row.setUnitCost(part.unitCost());
        row.setUnitPrice(part.unitPrice());
        row.setReorderPoint(part.reorderPoint());
        row.setActive(part.active());
    }

    static Part toPart(PartRecord r) {
        return new Part(r.getId(), new PartDetails(r.getSku(), r.getName(), r.getUnit(), r.getUnitCost(),
                r.getUnitPrice(), r.getReorderPoint(), r.getActive()), r.getVersion());
    }
}

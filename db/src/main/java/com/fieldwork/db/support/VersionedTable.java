package com.fieldwork.db.support;

import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.NotFoundException;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;

/**
 * A table whose rows carry {@code version} and {@code updated_at} but no {@code updated_by} (branch,
 * app_user, technician, customer, site, asset), and the one way its rows are changed: only from the
 * version the caller read. Who saved last is read from the audit log, which every write of these tables
 * appends to in the same transaction, so it is exactly as current as the row.
 *
 * @param label       how messages name the entity ("Customer")
 * @param auditEntity the entity name the repository writes to the audit log ("customer")
 */
public record VersionedTable<R extends UpdatableRecord<R>>(String label, String auditEntity, Table<R> table,
                                                           TableField<R, Long> id, TableField<R, Long> version,
                                                           TableField<R, Instant> updatedAt) {

    public VersionedTable {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(auditEntity, "auditEntity");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Writes the changed fields of {@code changes} (none is fine: the row is then only claimed), raises
     * the version and stamps {@code updated_at}, all where the version is still {@code expectedVersion}.
     *
     * @throws NotFoundException                when the row is gone
     * @throws ConcurrentModificationException when someone saved it since it was read, naming who and when
     */
    public void update(DSLContext tx, long idValue, long expectedVersion, Instant now, R changes) {
        int updated = tx.update(table)
                .set(changes)
                .set(version, version.plus(1))
                .set(updatedAt, now)
                .where(id.eq(idValue).and(version.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            throw staleOrMissing(tx, idValue, expectedVersion);
        }
    }

    /** Only claims the row (version and updated_at), for changes that live in child tables. */
    public void claim(DSLContext tx, long idValue, long expectedVersion, Instant now) {
        update(tx, idValue, expectedVersion, now, tx.newRecord(table));
    }

    private RuntimeException staleOrMissing(DSLContext tx, long idValue, long expectedVersion) {
        Record2<Long, Instant> current = tx.select(version, updatedAt).from(table).where(id.eq(idValue)).fetchOne();
        if (current == null) {
            return new NotFoundException(label.toLowerCase(Locale.ROOT), idValue);
        }
        String who = tx.select(AUDIT_LOG.ACTOR_NAME).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(auditEntity).and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(idValue))))
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(1)
                .fetchOne(AUDIT_LOG.ACTOR_NAME);
        return new ConcurrentModificationException(label, idValue, expectedVersion, current.value1(), who,
                current.value2());
    }
}

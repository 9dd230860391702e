package com.fieldwork.db.support;

import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.NotFoundException;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;

import java.time.Instant;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;

/**
 * {@link OptimisticLock} for tables without an updated_by column (branch, app_user, technician,
 * customer, site, asset): who saved last is read from the audit log, which every write of those
 * tables appends to in the same transaction, so it is exactly as current as the row.
 */
public final class LastChange {

    private LastChange() {
    }

    /**
     * Call after {@code update ... where id = ? and version = ?} returned 0 rows.
     *
     * @param label       how the message names the entity ("Customer")
     * @param auditEntity the entity name the repository writes to the audit log ("customer")
     */
    public static RuntimeException staleOrMissing(DSLContext tx, String label, String auditEntity, Table<?> table,
                                                  TableField<?, Long> id, TableField<?, Long> version,
                                                  TableField<?, Instant> updatedAt, long idValue,
                                                  long expectedVersion) {
        Record2<Long, Instant> current = tx.select(version, updatedAt).from(table).where(id.eq(idValue)).fetchOne();
        if (current == null) {
            return new NotFoundException(label.toLowerCase(java.util.Locale.ROOT), idValue);
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

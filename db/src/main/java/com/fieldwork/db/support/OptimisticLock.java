package com.fieldwork.db.support;

import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.NotFoundException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

import java.time.Instant;

import static com.fieldwork.db.jooq.Tables.APP_USER;

/**
 * Explains why a versioned update touched no row: either the record is gone, or someone saved it
 * first, in which case the exception names who and when (from the row's updated_by / updated_at).
 */
public final class OptimisticLock {

    private OptimisticLock() {
    }

    /**
     * Call after {@code update ... where id = ? and version = ?} returned 0 rows.
     *
     * @param updatedBy the table's updated_by column, or null when the table does not record it
     */
    public static RuntimeException staleOrMissing(DSLContext tx, String entity, Table<?> table,
                                                  TableField<?, Long> id, TableField<?, Long> version,
                                                  TableField<?, Instant> updatedAt, TableField<?, Long> updatedBy,
                                                  long idValue, long expectedVersion) {
        Field<String> who = updatedBy == null ? null
                : tx.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(updatedBy)).asField("who");
        Record current = who == null
                ? tx.select(version, updatedAt).from(table).where(id.eq(idValue)).fetchOne()
                : tx.select(version, updatedAt, who).from(table).where(id.eq(idValue)).fetchOne();
        if (current == null) {
            return new NotFoundException(entity, idValue);
        }
        return new ConcurrentModificationException(entity, idValue, expectedVersion, current.get(version),
                who == null ? null : current.get(who), current.get(updatedAt));
    }
}

package com.fieldwork.db.demo;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Primary keys chosen by the generator instead of the database, so that rows referring to each
 * other can be inserted in bulk without reading generated keys back. Afterwards each identity
 * column is restarted past the highest key, so ordinary inserts continue without collisions.
 * (On both H2 and PostgreSQL that restart takes part in the open transaction.)
 */
final class ExplicitIds {

    private final DSLContext tx;
    private final Map<Table<?>, Long> next = new LinkedHashMap<>();

    ExplicitIds(DSLContext tx) {
        this.tx = tx;
    }

    long next(Table<?> table) {
        long id = next.computeIfAbsent(table, this::firstFree);
        next.put(table, id + 1);
        return id;
    }

    private long firstFree(Table<?> table) {
        Field<Long> id = idOf(table);
        Long max = tx.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Moves every identity this allocator used past its highest key. */
    void restartIdentities() {
        next.forEach((table, value) ->
                tx.execute("alter table " + table.getName() + " alter column id restart with " + value));
    }

    private static Field<Long> idOf(Table<?> table) {
        Field<Long> id = table.field("id", Long.class);
        if (id == null) {
            throw new IllegalArgumentException(table.getName() + " has no id column");
        }
        return id;
    }
}

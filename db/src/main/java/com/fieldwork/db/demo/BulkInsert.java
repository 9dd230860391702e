package com.fieldwork.db.demo;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.SQLDialect;
import org.jooq.TableRecord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Multi-row INSERTs of detached records: one statement per few hundred rows instead of one
 * round trip per row, which is what makes thousands of rows load in seconds on both engines.
 */
final class BulkInsert {

    /** PostgreSQL accepts at most 32767 bind values in one statement; stay well below. */
    private static final int MAX_BINDS_PER_STATEMENT = 30_000;
    private static final int MAX_ROWS_PER_STATEMENT = 1_000;

    private BulkInsert() {
    }

    /**
     * Inserts the records in chunks. The columns are those set on any record, so a record that
     * leaves a column untouched gets null there: set every column with a default explicitly.
     */
    static <R extends TableRecord<R>> int insert(DSLContext tx, List<R> records) {
        if (records.isEmpty()) {
            return 0;
        }
        List<Field<?>> fields = columnsSet(records);
        if (tx.dialect().family() == SQLDialect.H2) {
            return batched(tx, records, fields);
        }
        int perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, MAX_BINDS_PER_STATEMENT / fields.size()));
        for (int from = 0; from < records.size(); from += perStatement) {
            List<R> chunk = records.subList(from, Math.min(records.size(), from + perStatement));
            InsertValuesStepN<R> insert = tx.insertInto(records.get(0).getTable()).columns(fields);
            for (R record : chunk) {
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(fields.get(i));
                }
                insert = insert.values(values);
            }
            insert.execute();
        }
        return records.size();
    }

    /**
     * Embedded H2 has no network round trip to save, but parses every distinct statement: one prepared
     * statement executed as a JDBC batch is the fast path there.
     */
    private static <R extends TableRecord<R>> int batched(DSLContext tx, List<R> records, List<Field<?>> fields) {
        BatchBindStep batch = tx.batch(tx.insertInto(records.get(0).getTable()).columns(fields)
                .values(new Object[fields.size()]));
        for (int from = 0; from < records.size(); from += MAX_ROWS_PER_STATEMENT) {
            for (R record : records.subList(from, Math.min(records.size(), from + MAX_ROWS_PER_STATEMENT))) {
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(fields.get(i));
                }
                batch = batch.bind(values);
            }
        }
        batch.execute();
        return records.size();
    }

    private static <R extends TableRecord<R>> List<Field<?>> columnsSet(List<R> records) {
        Set<Field<?>> set = new LinkedHashSet<>();
        Field<?>[] all = records.get(0).fields();
        for (R record : records) {
            for (Field<?> field : all) {
                if (record.changed(field)) {
                    set.add(field);
                }
            }
            if (set.size() == all.length) {
                break;
            }
        }
        return new ArrayList<>(set);
    }
}

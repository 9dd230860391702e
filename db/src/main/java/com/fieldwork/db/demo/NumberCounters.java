package com.fieldwork.db.demo;

import org.jooq.DSLContext;

import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;

/** Sets a number_sequence counter outright: the generators hand out numbers in bulk, not one by one. */
final class NumberCounters {

    private NumberCounters() {
    }

    static void set(DSLContext tx, String scope, long nextValue) {
        int updated = tx.update(NUMBER_SEQUENCE).set(NUMBER_SEQUENCE.NEXT_VALUE, nextValue)
                .where(NUMBER_SEQUENCE.SCOPE.eq(scope)).execute();
        if (updated == 0) {
            tx.insertInto(NUMBER_SEQUENCE, NUMBER_SEQUENCE.SCOPE, NUMBER_SEQUENCE.NEXT_VALUE).values(scope, nextValue).execute();
        }
    }
}

package com.fieldwork.db.support;

import org.jooq.DSLContext;

import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;

/**
 * Gapless counters: the scope's row is locked for the rest of the calling transaction, so two
 * concurrent callers get consecutive numbers and a rollback gives its number back.
 */
public final class NumberSequences {

    private NumberSequences() {
    }

    /** The next value of {@code scope}, starting at 1; call inside the transaction that uses it. */
    public static long next(DSLContext tx, String scope) {
        tx.insertInto(NUMBER_SEQUENCE, NUMBER_SEQUENCE.SCOPE, NUMBER_SEQUENCE.NEXT_VALUE)
                .values(scope, 1L)
                .onDuplicateKeyIgnore()
                .execute();
        long value = tx.select(NUMBER_SEQUENCE.NEXT_VALUE)
                .from(NUMBER_SEQUENCE)
                .where(NUMBER_SEQUENCE.SCOPE.eq(scope))
                .forUpdate()
                .fetchSingle(NUMBER_SEQUENCE.NEXT_VALUE);
        tx.update(NUMBER_SEQUENCE)
                .set(NUMBER_SEQUENCE.NEXT_VALUE, value + 1)
                .where(NUMBER_SEQUENCE.SCOPE.eq(scope))
                .execute();
        return value;
    }
}

package com.fieldwork.db.support;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;

/**
 * Gapless counters: the scope's row is locked for the rest of the calling transaction, so two
 * concurrent callers get consecutive numbers and a rollback gives its number back.
 */
public final class NumberSequences {

    /** How long a caller waits for a concurrent first caller to commit the scope's new row (H2 only). */
    private static final int FIRST_ROW_ATTEMPTS = 500;
    private static final long FIRST_ROW_PAUSE_MS = 20;

    private NumberSequences() {
    }

    /** The next value of {@code scope}, starting at 1; call inside the transaction that uses it. */
    public static long next(DSLContext tx, String scope) {
        for (int attempt = 1; ; attempt++) {
            insertIfMissing(tx, scope);
            Long value = tx.select(NUMBER_SEQUENCE.NEXT_VALUE)
                    .from(NUMBER_SEQUENCE)
                    .where(NUMBER_SEQUENCE.SCOPE.eq(scope))
                    .forUpdate()
                    .fetchOne(NUMBER_SEQUENCE.NEXT_VALUE);
            if (value != null) {
                tx.update(NUMBER_SEQUENCE)
                        .set(NUMBER_SEQUENCE.NEXT_VALUE, value + 1)
                        .where(NUMBER_SEQUENCE.SCOPE.eq(scope))
                        .execute();
                return value;
            }
            // H2: another transaction inserted the first row and has not committed it yet, so it is neither
            // visible nor insertable here; wait for its commit (PostgreSQL's ON CONFLICT waits by itself)
            if (attempt == FIRST_ROW_ATTEMPTS) {
                throw new IllegalStateException("Counter " + scope + " stayed locked by an uncommitted first use");
            }
            pause();
        }
    }

    private static void insertIfMissing(DSLContext tx, String scope) {
        try {
            tx.insertInto(NUMBER_SEQUENCE, NUMBER_SEQUENCE.SCOPE, NUMBER_SEQUENCE.NEXT_VALUE)
                    .values(scope, 1L)
                    .onDuplicateKeyIgnore()
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            // H2 emulates the upsert with MERGE, which fails on a concurrent uncommitted insert of the same
            // scope; H2 undoes only this statement, and the row is the other caller's to commit
        }
    }

    private static void pause() {
        try {
            Thread.sleep(FIRST_ROW_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a counter", e);
        }
    }
}

package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.WorkOrderNumber;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static com.fieldwork.db.jooq.Tables.NUMBER_SEQUENCE;

/**
 * Work order numbers for generated orders, counted per year of creation like the real create does
 * ({@link WorkOrderNumber#sequenceScope}), continuing from the counters already stored and written
 * back so the next order made by hand continues the sequence without a gap.
 */
final class WorkOrderNumbers {

    private final ZoneId zone;
    private final Map<Integer, Long> next = new TreeMap<>();

    WorkOrderNumbers(ZoneId zone) {
        this.zone = zone;
    }

    String next(DSLContext tx, Instant createdAt) {
        int year = createdAt.atZone(zone).getYear();
        long value = next.computeIfAbsent(year, y -> stored(tx, WorkOrderNumber.sequenceScope(y)));
        next.put(year, value + 1);
        return new WorkOrderNumber(year, value).toString();
    }

    /** Writes every year's counter back: next_value is the number the next order will get. */
    void store(DSLContext tx) {
        next.forEach((year, value) -> NumberCounters.set(tx, WorkOrderNumber.sequenceScope(year), value));
    }

    private static long stored(DSLContext tx, String scope) {
        Long value = tx.select(NUMBER_SEQUENCE.NEXT_VALUE).from(NUMBER_SEQUENCE)
                .where(NUMBER_SEQUENCE.SCOPE.eq(scope)).fetchOne(NUMBER_SEQUENCE.NEXT_VALUE);
        return value == null ? 1 : value;
    }
}

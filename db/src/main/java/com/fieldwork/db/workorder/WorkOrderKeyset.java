package com.fieldwork.db.workorder;

import com.fieldwork.core.workorder.WorkOrderQuery.PageCursor;
import com.fieldwork.core.workorder.WorkOrderSort;
import org.jooq.Condition;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * Each {@link WorkOrderSort} in SQL: the ORDER BY, and the keyset condition that starts right after a cursor.
 * Every order ends in the id (or, for numbers, is unique by itself), so it is total and a page never skips
 * or repeats a row. All columns of one
 * order run the same direction, so "after the cursor" is a row-value comparison that H2 and PostgreSQL
 * both turn into an index range scan (V10 has the indexes).
 * <p>
 * Resolve-by is read in two segments, orders with a due time then those without: NULLs sort differently
 * in H2 and PostgreSQL and in their indexes, and an {@code OR due IS NULL} would stop either using the
 * index. Reading the segments one after the other gives "due soonest first, no SLA last" on both.
 */
final class WorkOrderKeyset {

    /** One index range read in one order; a sort is one or more of them, read until the page is full. */
    record Segment(Condition where, List<SortField<?>> orderBy) {
    }

    private WorkOrderKeyset() {
    }

    static List<Segment> segments(WorkOrderSort sort, Optional<PageCursor> after) {
        return switch (sort) {
            case NEWEST -> List.of(new Segment(after.map(c -> DSL.row(WORK_ORDER.CREATED_AT, WORK_ORDER.ID)
                    .lt(c.createdAt(), c.id())).orElse(DSL.noCondition()),
                    List.of(WORK_ORDER.CREATED_AT.desc(), WORK_ORDER.ID.desc())));
            case OLDEST -> List.of(new Segment(after.map(c -> DSL.row(WORK_ORDER.CREATED_AT, WORK_ORDER.ID)
                    .gt(c.createdAt(), c.id())).orElse(DSL.noCondition()),
                    List.of(WORK_ORDER.CREATED_AT.asc(), WORK_ORDER.ID.asc())));
            case PRIORITY -> priority(after);
            // numbers are unique, so they need no id to break ties, and the unique index alone is the order
            case NUMBER -> List.of(new Segment(after.map(c -> WORK_ORDER.NUMBER.gt(c.number()))
                    .orElse(DSL.noCondition()), List.of(WORK_ORDER.NUMBER.asc())));
            case RESOLVE_BY -> resolveBy(after);
        };
    }

    /**
     * The rest of the cursor's urgency, then the less urgent ones. One three-column row comparison would do
     * on PostgreSQL, but H2 seeks only on its first column and would read the whole urgency up to the cursor.
     */
    private static List<Segment> priority(Optional<PageCursor> after) {
        List<SortField<?>> mostUrgentNewest = List.of(WORK_ORDER.URGENCY.desc(), WORK_ORDER.CREATED_AT.desc(),
                WORK_ORDER.ID.desc());
        if (after.isEmpty()) {
            return List.of(new Segment(DSL.noCondition(), mostUrgentNewest));
        }
        PageCursor c = after.get();
        short urgency = Urgency.of(c.priority());
        return List.of(new Segment(WORK_ORDER.URGENCY.eq(urgency)
                        .and(DSL.row(WORK_ORDER.CREATED_AT, WORK_ORDER.ID).lt(c.createdAt(), c.id())), mostUrgentNewest),
                new Segment(WORK_ORDER.URGENCY.lt(urgency), mostUrgentNewest));
    }

    private static List<Segment> resolveBy(Optional<PageCursor> after) {
        List<SortField<?>> byId = List.of(WORK_ORDER.ID.asc());
        if (after.isPresent() && after.get().resolveBy().isEmpty()) {
            // already among the orders without an SLA
            return List.of(new Segment(WORK_ORDER.RESOLUTION_DUE_AT.isNull().and(WORK_ORDER.ID.gt(after.get().id())),
                    byId));
        }
        Condition due = WORK_ORDER.RESOLUTION_DUE_AT.isNotNull();
        if (after.isPresent()) {
            PageCursor c = after.get();
            due = due.and(DSL.row(WORK_ORDER.RESOLUTION_DUE_AT, WORK_ORDER.ID).gt(c.resolveBy().orElseThrow(), c.id()));
        }
        return List.of(new Segment(due, List.of(WORK_ORDER.RESOLUTION_DUE_AT.asc(), WORK_ORDER.ID.asc())),
                new Segment(WORK_ORDER.RESOLUTION_DUE_AT.isNull(), byId));
    }
}

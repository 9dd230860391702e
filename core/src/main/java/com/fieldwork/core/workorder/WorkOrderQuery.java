package com.fieldwork.core.workorder;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A filtered list of work orders, newest first, read a page at a time by keyset: {@code after} is
 * the last row of the previous page, so page 5,000 costs what page 1 does.
 */
public record WorkOrderQuery(Set<WorkOrderStatus> statuses, Set<Priority> priorities, OptionalLong branchId,
                             OptionalLong customerId, Optional<String> text, Optional<PageCursor> after, int limit) {

    public static final int MAX_LIMIT = 500;

    public WorkOrderQuery {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(after, "after");
        text = Text.optional("text", text, 100);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "A page holds 1 to " + MAX_LIMIT + " rows, asked for " + limit);
        }
    }

    public static WorkOrderQuery firstPage(int limit) {
        return new WorkOrderQuery(Set.of(), Set.of(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
                Optional.empty(), limit);
    }

    public WorkOrderQuery withStatuses(Set<WorkOrderStatus> only) {
        return new WorkOrderQuery(only, priorities, branchId, customerId, text, after, limit);
    }

    public WorkOrderQuery withText(String search) {
        return new WorkOrderQuery(statuses, priorities, branchId, customerId, Optional.of(search), after, limit);
    }

    public WorkOrderQuery after(PageCursor cursor) {
        return new WorkOrderQuery(statuses, priorities, branchId, customerId, text, Optional.of(cursor), limit);
    }

    /** Where a page ended: the sort key of its last row. */
    public record PageCursor(java.time.Instant createdAt, long id) {
        public PageCursor {
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}

package com.fieldwork.core.workorder;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sla.SlaDue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A filtered list of work orders in one {@link WorkOrderSort} (newest first unless asked otherwise), read a
 * page at a time by keyset: {@code after} holds the sort key of the last row of the previous page, so page
 * 5,000 costs what page 1 does and no row is skipped or repeated.
 */
public record WorkOrderQuery(Set<WorkOrderStatus> statuses, Set<Priority> priorities, OptionalLong branchId,
                             OptionalLong customerId, Optional<String> text, WorkOrderSort sort,
                             Optional<PageCursor> after, int limit) {

    public static final int MAX_LIMIT = 500;

    public WorkOrderQuery {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(after, "after");
        if (after.isPresent() && after.get().sort() != sort) {
            // a cursor only means something in the order it was taken in
            throw new ValidationException("after", "A page cursor taken in " + after.get().sort()
                    + " order cannot continue a list sorted " + sort);
        }
        text = Text.optional("text", text, 100);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "A page holds 1 to " + MAX_LIMIT + " rows, asked for " + limit);
        }
    }

    /** The first page of everything, newest first. */
    public static WorkOrderQuery firstPage(int limit) {
        return new WorkOrderQuery(Set.of(), Set.of(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
                WorkOrderSort.NEWEST, Optional.empty(), limit);
    }

    public WorkOrderQuery withStatuses(Set<WorkOrderStatus> only) {
        return new WorkOrderQuery(only, priorities, branchId, customerId, text, sort, after, limit);
    }

    public WorkOrderQuery withText(String search) {
        return new WorkOrderQuery(statuses, priorities, branchId, customerId, Optional.of(search), sort, after, limit);
    }

    /** The first page in another order (a cursor of the old order would not fit, so it is dropped). */
    public WorkOrderQuery sortedBy(WorkOrderSort order) {
        return new WorkOrderQuery(statuses, priorities, branchId, customerId, text, order, Optional.empty(), limit);
    }

    public WorkOrderQuery after(PageCursor cursor) {
        return new WorkOrderQuery(statuses, priorities, branchId, customerId, text, sort, Optional.of(cursor), limit);
    }

    /**
     * Where a page ended: the sort key of its last row in {@code sort} order, the id breaking ties. It holds
     * every column any sort reads, so one shape serves all sorts; {@code resolveBy} is empty for an order
     * without an SLA.
     */
    public record PageCursor(WorkOrderSort sort, Instant createdAt, Priority priority, Optional<Instant> resolveBy,
                             String number, long id) {
        public PageCursor {
            Objects.requireNonNull(sort, "sort");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(resolveBy, "resolveBy");
            Objects.requireNonNull(number, "number");
        }

        /** The cursor after {@code last}, the last row of a page read in {@code sort} order. */
        public static PageCursor after(WorkOrderSort sort, WorkOrder last) {
            return new PageCursor(sort, last.created().at(), last.priority(),
                    last.slaDue().map(SlaDue::resolutionDue), last.number().toString(), last.id());
        }
    }
}

package com.fieldwork.core.workorder;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.sla.SlaDue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A stored work order as everyone sees it. {@code version} is what an edit must quote back. */
public record WorkOrder(long id, WorkOrderNumber number, long customerId, long siteId, OptionalLong assetId,
                        long serviceTypeId, OptionalLong templateId, long branchId, Priority priority,
                        WorkOrderStatus status, String summary, Optional<String> description, int estimatedMinutes,
                        WorkOrderSource source, Optional<String> externalRef, Optional<SlaDue> slaDue,
                        Optional<TimeSlot> customerWindow, Optional<Instant> respondedAt,
                        Optional<Instant> completedAt, Optional<Instant> closedAt,
                        List<RequiredSkill> requiredSkills, List<PartQuantity> requiredParts,
                        long version, Stamp created, Stamp updated) {

    public WorkOrder {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        requiredSkills = List.copyOf(requiredSkills);
        requiredParts = List.copyOf(requiredParts);
    }

    /**
     * This order after a move to {@code change.target()}, stamped by whoever made it. The SLA response is
     * met when the technician sets off (or, failing that, first reports on site) and stays met; the
     * completion time survives closing, and any other move (a reopen) clears both.
     */
    public WorkOrder moved(StatusChange change, Stamp by) {
        WorkOrderStatus to = change.target();
        Instant at = occurredAt(change, by);
        boolean responding = to == WorkOrderStatus.EN_ROUTE || to == WorkOrderStatus.ARRIVED
                || to == WorkOrderStatus.IN_PROGRESS;
        Optional<Instant> responded = respondedAt.isPresent() || !responding ? respondedAt : Optional.of(at);
        Optional<Instant> completed = to == WorkOrderStatus.COMPLETED ? Optional.of(at)
                : to == WorkOrderStatus.CLOSED ? completedAt : Optional.empty();
        Optional<Instant> closed = to == WorkOrderStatus.CLOSED ? Optional.of(at) : Optional.empty();
        return new WorkOrder(id, number, customerId, siteId, assetId, serviceTypeId, templateId, branchId, priority,
                to, summary, description, estimatedMinutes, source, externalRef, slaDue, customerWindow,
                responded, completed, closed, requiredSkills, requiredParts, version + 1, created, by);
    }

    /** When the move took place: the phone's own time for an offline action, else the time it was saved. */
    public static Instant occurredAt(StatusChange change, Stamp by) {
        return change.occurredAt().orElse(by.at());
    }

    /** Who did something to a record, and when. */
    public record Stamp(long userId, String userName, Instant at) {
        public Stamp {
            Objects.requireNonNull(userName, "userName");
            Objects.requireNonNull(at, "at");
        }
    }
}

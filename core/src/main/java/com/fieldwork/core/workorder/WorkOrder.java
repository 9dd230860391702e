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

    /** Who did something to a record, and when. */
    public record Stamp(long userId, String userName, Instant at) {
        public Stamp {
            Objects.requireNonNull(userName, "userName");
            Objects.requireNonNull(at, "at");
        }
    }
}

package com.fieldwork.core.workorder;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** The fields of a work order an office user may change after it was opened. */
public record WorkOrderEdit(Priority priority, String summary, Optional<String> description, int estimatedMinutes,
                            OptionalLong assetId, Optional<TimeSlot> customerWindow) {

    public WorkOrderEdit {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(customerWindow, "customerWindow");
        summary = Text.required("summary", summary, 200);
        description = Text.optional("description", description, 4000);
        if (estimatedMinutes <= 0 || estimatedMinutes > 7 * 24 * 60) {
            throw new ValidationException("estimatedMinutes",
                    "Estimated minutes must be between 1 and one week (10080), got " + estimatedMinutes);
        }
    }

    public static WorkOrderEdit of(WorkOrder current) {
        return new WorkOrderEdit(current.priority(), current.summary(), current.description(),
                current.estimatedMinutes(), current.assetId(), current.customerWindow());
    }
}

package com.fieldwork.core.sla;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.workorder.Priority;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/** Response and resolution targets for one priority, company-wide or for one customer. */
public record SlaPolicy(long id, String name, Priority priority, OptionalLong customerId, Duration response,
                        Duration resolution) {

    public SlaPolicy {
        name = Text.required("name", name, 200);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(customerId, "customerId");
        if (response.isNegative() || response.isZero()) {
            throw new ValidationException("response", "The response target must be positive");
        }
        if (resolution.compareTo(response) < 0) {
            throw new ValidationException("resolution", "The resolution target cannot be shorter than the response target");
        }
    }

    /**
     * Clock time from when the job was opened. Business-hours calendars belong here when a customer
     * needs them; the stored flag says which policies will.
     */
    public SlaDue dueFrom(Instant opened) {
        return new SlaDue(opened.plus(response), opened.plus(resolution));
    }
}

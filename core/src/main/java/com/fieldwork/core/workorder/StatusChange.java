package com.fieldwork.core.workorder;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A request to move a work order to another status, with where and why it happened. */
public record StatusChange(WorkOrderStatus target, Optional<String> reason, Optional<GeoPoint> position,
                           Optional<Instant> occurredAt) {

    public StatusChange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(occurredAt, "occurredAt");
        reason = Text.optional("reason", reason, 500);
    }

    public static StatusChange to(WorkOrderStatus target) {
        return new StatusChange(target, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public StatusChange because(String why) {
        return new StatusChange(target, Optional.of(why), position, occurredAt);
    }
}

package com.fieldwork.core.asset;

import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One job done on an asset, as the technician reads it before going: what was wrong, what was
 * done and which parts went in.
 *
 * @param resolution the completion summary the technician wrote, when the job was completed
 */
public record AssetServiceRecord(long workOrderId, String number, WorkOrderStatus status, String serviceType,
                                 Instant createdAt, Optional<Instant> completedAt, String summary,
                                 Optional<String> description, Optional<String> resolution, List<PartUsed> parts) {

    public AssetServiceRecord {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(resolution, "resolution");
        parts = List.copyOf(parts);
    }

    /** When the job happened for sorting: completion if done, else when it was opened. */
    public Instant when() {
        return completedAt.orElse(createdAt);
    }
}

package com.fieldwork.core.workorder;

import com.fieldwork.core.common.GeoPoint;

import java.time.Instant;
import java.util.Optional;

/** One step in a work order's life, as shown on its history tab. */
public record StatusHistoryEntry(long id, Optional<WorkOrderStatus> from, WorkOrderStatus to, long changedBy,
                                 String changedByName, Instant changedAt, Optional<String> reason,
                                 Optional<GeoPoint> position) {
}

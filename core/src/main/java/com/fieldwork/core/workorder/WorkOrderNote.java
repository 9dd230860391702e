package com.fieldwork.core.workorder;

import java.time.Instant;

/** A note on a work order; internal notes are for the office and never shown to the customer. */
public record WorkOrderNote(long id, long workOrderId, long authorId, String authorName, String body,
                            boolean internal, Instant createdAt) {
}

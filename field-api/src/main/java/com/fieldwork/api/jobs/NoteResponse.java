package com.fieldwork.api.jobs;

import com.fieldwork.core.workorder.WorkOrderNote;

import java.time.OffsetDateTime;

/** A note on a job; {@code internal} notes are never shown to the customer. */
public record NoteResponse(long id, long workOrderId, long authorId, String authorName, String body,
                           boolean internal, OffsetDateTime createdAt) {

    static NoteResponse of(WorkOrderNote n, CompanyTime time) {
        return new NoteResponse(n.id(), n.workOrderId(), n.authorId(), n.authorName(), n.body(), n.internal(),
                time.of(n.createdAt()));
    }
}

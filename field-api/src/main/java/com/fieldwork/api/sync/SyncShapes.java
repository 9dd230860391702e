package com.fieldwork.api.sync;

import com.fieldwork.core.sync.SyncOutcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The wire shapes of {@code POST /api/v1/sync} in types, for the OpenAPI document. The controller reads each
 * event on its own as JSON ({@link SyncEventReader}) and writes each result as a map, so that absent fields
 * stay absent; OpenApiDocumentTest checks a real answer against {@link SyncResults}.
 */
final class SyncShapes {

    private SyncShapes() {
    }

    record SyncBatch(List<QueuedEvent> events) {
    }

    /**
     * @param payload the body of the matching online route, plus {@code workOrderId} (and {@code itemId} for a
     *                checklist answer); its shape is the one {@code type} names (SyncEventType)
     */
    record QueuedEvent(UUID id, OffsetDateTime clientTime, SyncEventType type, SyncPayloads.Shape payload) {
    }

    record SyncResults(List<EventResult> results) {
    }

    /** {@code code} and {@code message} come with a rejection, {@code result} (e.g. the new id) with success. */
    record EventResult(UUID id, SyncOutcome.Kind outcome, String code, String message, Map<String, String> result) {
    }
}

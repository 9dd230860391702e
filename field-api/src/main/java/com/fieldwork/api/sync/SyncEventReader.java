package com.fieldwork.api.sync;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sync.SyncEvent;
import com.fieldwork.core.sync.SyncPayload;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One element of {@code events}, read on its own so that one malformed event is that event's rejection, not
 * the batch's. Only an element without a readable {@code id} fails the whole batch: its answer could not be
 * matched to anything on the phone.
 */
final class SyncEventReader {


    private final ObjectMapper json;

    SyncEventReader(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The event's id, or a 400 for the whole batch naming its position. */
    UUID id(JsonNode node, int index) {
        JsonNode id = node == null ? null : node.get("id");
        try {
            if (id != null && id.isTextual()) {
                return UUID.fromString(id.textValue());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ValidationException("events[" + index + "].id", "Every event needs its id, a UUID made on the phone");
    }

    /** @throws ValidationException (or the domain error of a rejected value) naming what is wrong */
    SyncEvent read(UUID id, JsonNode node) {
        try {
            OffsetDateTime clientTime = json.treeToValue(node.get("clientTime"), OffsetDateTime.class);
            SyncPayloads.required(clientTime, "clientTime");
            JsonNode payload = node.get("payload");
            if (payload == null || !payload.isObject()) {
                throw new ValidationException("payload", "payload must be a JSON object");
            }
            return new SyncEvent(id, clientTime.toInstant(), payload(id, clientTime.toInstant(), typeOf(node), payload));
        } catch (JacksonException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw new ValidationException("payload", "The event does not have the expected shape: " + e.getOriginalMessage());
        }
    }

    private static SyncEventType typeOf(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new ValidationException("type", "type is required, one of: " + SyncEventType.KNOWN);
        }
        return SyncEventType.of(type.textValue()).orElseThrow(() -> new ValidationException("type",
                "Unknown event type " + type.textValue() + "; known: " + SyncEventType.KNOWN));
    }

    private SyncPayload payload(UUID id, Instant clientTime, SyncEventType type, JsonNode payload)
            throws JacksonException {
        SyncPayloads.Shape read = json.treeToValue(payload, type.payload());
        return switch (type) {
            case STATUS -> ((SyncPayloads.Status) read).toPayload();
            case NOTE -> ((SyncPayloads.Note) read).toPayload();
            case CHECKLIST_ANSWER -> ((SyncPayloads.Checklist) read).toPayload();
            case LABOR -> ((SyncPayloads.Labor) read).toPayload(id);
            case PART_USED -> ((SyncPayloads.PartUsed) read).toPayload(id);
            case PING -> ((SyncPayloads.Ping) read).toPayload(clientTime);
            case SIGNATURE -> ((SyncPayloads.Signature) read).toPayload(id);
            case COMPLETE -> ((SyncPayloads.Complete) read).toPayload();
        };
    }
}

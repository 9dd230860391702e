package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.completion.CompletionBody;
import com.fieldwork.api.records.ChecklistAnswerRequest;
import com.fieldwork.api.records.PartsUsedRequest;
import com.fieldwork.api.records.SignatureRequest;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.completion.CompletionRequest;
import com.fieldwork.core.field.LocationPing;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.sync.SyncPayload;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The payloads as the phone sends them, one record per event type; the fields are those of the matching
 * online route, plus {@code workOrderId} (which the online routes take from the path).
 */
final class SyncPayloads {

    private SyncPayloads() {
    }

    /** Any payload; for the OpenAPI document, which lists the shapes an event's payload takes. */
    @Schema(name = "SyncPayload", description = "The event's data, shaped by its type: status → Status, note → Note, "
            + "checklist_answer → Checklist, labor → Labor, part_used → PartUsed, ping → Ping, signature → Signature, "
            + "complete → Complete",
            oneOf = {Status.class, Note.class, Checklist.class, Labor.class, PartUsed.class, Ping.class, Signature.class,
                    Complete.class})
    sealed interface Shape permits Status, Note, Checklist, Labor, PartUsed, Ping, Signature, Complete {
    }

    /** {@code version} is accepted and ignored: the status rule judges a replayed move by the job's status. */
    record Status(Long workOrderId, WorkOrderStatus to, Long version, Double lat, Double lon, String note) implements Shape {
        SyncPayload.StatusChangeEvent toPayload() {
            required(to, "to");
            if ((lat == null) != (lon == null)) {
                throw new ValidationException(lat == null ? "lat" : "lon", "A position needs both lat and lon");
            }
            Optional<GeoPoint> position = lat == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon));
            return new SyncPayload.StatusChangeEvent(id(workOrderId), to, position,
                    Optional.ofNullable(note).filter(n -> !n.isBlank()));
        }
    }

    record Note(Long workOrderId, String body, Boolean internal) implements Shape {
        SyncPayload.NoteEvent toPayload() {
            return new SyncPayload.NoteEvent(id(workOrderId), body, internal != null && internal);
        }
    }

    /** As {@code POST /jobs/{id}/checklist/{itemId}}: either {@code value} or {@code attachmentId}. */
    record Checklist(Long workOrderId, Long itemId, JsonNode value, Long attachmentId) implements Shape {
        SyncPayload.ChecklistAnswerEvent toPayload() {
            required(itemId, "itemId");
            // the same reading of an answer as the direct route, so a queued answer means what a live one does
            return new SyncPayload.ChecklistAnswerEvent(id(workOrderId), itemId,
                    new ChecklistAnswerRequest(value, attachmentId).toAnswer());
        }
    }

    /** The event id is the labor entry's client id: one event, one entry. */
    record Labor(Long workOrderId, OffsetDateTime start, OffsetDateTime end, Long visitId, Boolean billable,
                 String note) implements Shape {
        SyncPayload.LaborEvent toPayload(UUID eventId) {
            required(start, "start");
            required(end, "end");
            return new SyncPayload.LaborEvent(new NewLaborEntry(eventId, id(workOrderId),
                    visitId == null ? OptionalLong.empty() : OptionalLong.of(visitId), start.toInstant(),
                    end.toInstant(), billable == null || billable, Optional.ofNullable(note)));
        }
    }

    /** As {@code POST /jobs/{id}/parts}; without a {@code clientId} the event id keys the use. */
    record PartUsed(Long workOrderId, Long partId, String sku, BigDecimal quantity, UUID clientId) implements Shape {
        SyncPayload.PartUsedEvent toPayload(UUID eventId) {
            long job = id(workOrderId);
            return new SyncPayload.PartUsedEvent(job, new PartsUsedRequest(partId, sku, quantity, clientId).toUse(eventId));
        }
    }

    /** One position of {@code POST /pings}, recorded at the event's client time. */
    record Ping(Double lat, Double lon, Double accuracyM, Double speedMps, Double headingDeg) implements Shape {
        SyncPayload.PingEvent toPayload(Instant clientTime) {
            required(lat, "lat");
            required(lon, "lon");
            return new SyncPayload.PingEvent(new LocationPing(clientTime, lat, lon, optional(accuracyM),
                    optional(speedMps), optional(headingDeg)));
        }

        private static OptionalDouble optional(Double value) {
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
    }

    /**
     * As {@code POST /jobs/{id}/signature}, read by the route's own {@link SignatureRequest}; without a
     * {@code clientId} the event id is the signature's.
     */
    record Signature(Long workOrderId, UUID clientId, String signerName, OffsetDateTime signedAt, Double lat,
                     Double lon, Long visitId, String png, String svg) implements Shape {
        SyncPayload.SignatureEvent toPayload(UUID eventId) {
            long job = id(workOrderId);
            return new SyncPayload.SignatureEvent(new SignatureRequest(clientId != null ? clientId : eventId,
                    signerName, signedAt, lat, lon, visitId, png, svg).toSignature(job));
        }
    }

    /**
     * As {@code POST /jobs/{id}/complete}, read by the route's own {@link CompletionBody}, but completed at the
     * event's client time and with photos named by their upload client ids (the phone knows no server ids).
     */
    record Complete(Long workOrderId, Double lat, Double lon, Boolean firstTimeFix, Boolean customerConfirmed,
                    String summary, List<UUID> photoClientIds) implements Shape {
        SyncPayload.CompleteEvent toPayload() {
            long job = id(workOrderId);
            if (photoClientIds != null && photoClientIds.contains(null)) {
                throw new ValidationException("photoClientIds", "photoClientIds holds the photos' upload client ids, no nulls");
            }
            CompletionRequest request = new CompletionBody(null, null, lat, lon, firstTimeFix, customerConfirmed,
                    summary, null, null).toRequest();
            return new SyncPayload.CompleteEvent(job, request, Optional.ofNullable(photoClientIds));
        }
    }

    static long id(Long workOrderId) {
        required(workOrderId, "workOrderId");
        return workOrderId;
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new ValidationException(field, field + " is required");
        }
    }
}

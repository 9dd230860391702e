package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.api.auth.RequiredPermission;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.sync.SyncEvent;
import com.fieldwork.core.sync.SyncOutcome;
import com.fieldwork.core.sync.SyncService;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/sync}: a phone's offline queue. Always 200 with one result per event, in request
 * order, unless the batch itself is unusable (no body, no {@code events}, more than {@link #MAX_EVENTS},
 * an event without a readable id): then 400 and nothing is applied.
 * <p>A malformed event is rejected with {@code validation_failed} (its {@code result.field} naming the bad
 * field) without a receipt: reading it again gives the same answer anyway, and the id stays free for a
 * corrected event.
 */
public final class SyncController {

    /** A day's work for one technician is a few hundred events; larger batches are split by the phone. */
    static final int MAX_EVENTS = 500;

    private final SyncService sync;
    private final SyncEventReader reader;

    public SyncController(SyncService sync, ObjectMapper json) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.reader = new SyncEventReader(json);
    }

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.post("/api/v1/sync")
                .operation("sync", "Sync", "Send the offline queue: each event applied, duplicate or rejected")
                .description("At most " + MAX_EVENTS + " events per batch. Each event applies whole or not at all, "
                        + "in client-time order; resending any of them returns the stored outcome and changes nothing. "
                        + "A 400 refuses the whole batch (no events list, too many, an event without a UUID id). "
                        + "An event's payload is the body of the matching online route plus workOrderId.")
                .body(SyncShapes.SyncBatch.class)
                .reply(200, "One result per event, in request order", SyncShapes.SyncResults.class)
                .roles(RequiredPermission.of(Permission.FIELD_WORK)), this::sync);
    }

    void sync(Context ctx) {
        SyncRequest request = JsonBody.read(ctx, SyncRequest.class);
        if (request.events() == null) {
            throw new ValidationException("events", "events is required (a list, possibly empty)");
        }
        if (request.events().size() > MAX_EVENTS) {
            throw new ValidationException("events", "At most " + MAX_EVENTS + " events per batch, got "
                    + request.events().size() + "; send the rest in another batch");
        }
        // ids first, for the whole batch: an unreadable id refuses the batch before anything is applied
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < request.events().size(); i++) {
            ids.add(reader.id(request.events().get(i), i));
        }
        List<Object> slots = new ArrayList<>();
        List<SyncEvent> events = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            slots.add(readOne(ids.get(i), request.events().get(i), events));
        }
        Map<SyncEvent, SyncOutcome> outcomes = new IdentityHashMap<>();
        List<SyncOutcome> applied = sync.apply(CurrentActor.of(ctx), events);
        for (int i = 0; i < events.size(); i++) {
            outcomes.put(events.get(i), applied.get(i));
        }
        List<Map<String, Object>> results = slots.stream()
                .map(slot -> slot instanceof SyncEvent event ? outcomes.get(event) : (SyncOutcome) slot)
                .map(SyncController::result).toList();
        ctx.json(Map.of("results", results));
    }

    /** The parsed event (also added to {@code events}), or its rejection. */
    private Object readOne(UUID id, JsonNode node, List<SyncEvent> events) {
        try {
            SyncEvent event = reader.read(id, node);
            events.add(event);
            return event;
        } catch (ValidationException e) {
            // the field, as the live routes give it in details.field, so the phone can point at it
            return new SyncOutcome(id, SyncOutcome.Kind.REJECTED, Optional.of(e.code()), Optional.of(e.getMessage()),
                    Map.of("field", e.field()));
        } catch (DomainException e) {
            return SyncOutcome.rejected(id, e.code(), e.getMessage());
        }
    }

    private static Map<String, Object> result(SyncOutcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", outcome.eventId());
        out.put("outcome", outcome.kind().name());
        outcome.code().ifPresent(code -> out.put("code", code));
        outcome.message().ifPresent(message -> out.put("message", message));
        if (!outcome.result().isEmpty()) {
            out.put("result", outcome.result());
        }
        return out;
    }
}

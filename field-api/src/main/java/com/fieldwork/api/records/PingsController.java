package com.fieldwork.api.records;

import com.fieldwork.api.JsonBody;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.LocationPing;
import com.fieldwork.core.field.LocationPingRule;
import com.fieldwork.core.field.LocationPings;
import io.javalin.http.Context;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Positions for the console map: one ping, or {@code {"pings": [...]}} as a phone sends what it
 * collected offline. All or nothing, and a bad one is named by its index ({@code pings[3].lat}), so the
 * phone can fix and resend the batch. Accepted (202): the map shows them, nobody waits on them.
 */
final class PingsController {

    private final LocationPings pings;
    private final ObjectMapper json;

    PingsController(LocationPings pings, ObjectMapper json) {
        this.pings = Objects.requireNonNull(pings, "pings");
        this.json = Objects.requireNonNull(json, "json");
    }

    void receive(Context ctx) {
        JsonNode body = JsonBody.read(ctx, JsonNode.class);
        List<LocationPing> batch = parse(body);
        int stored = pings.record(batch, CurrentActor.of(ctx));
        ctx.status(202).json(new Received(batch.size(), stored));
    }

    public record Received(int received, int stored) {
    }

    /** The phone's shape of one ping; {@code at} carries its offset. */
    public record PingRequest(OffsetDateTime at, Double lat, Double lon, Double accuracyM, Double speedMps,
                              Double headingDeg) {
    }

    /** A batch as the phone sends what it collected offline. */
    public record PingBatch(List<PingRequest> pings) {
    }

    private List<LocationPing> parse(JsonNode body) {
        if (!body.isObject()) {
            throw new ValidationException("pings", "Send one ping as an object, or {\"pings\": [...]}");
        }
        if (!body.has("pings")) {
            return List.of(ping(body, 0));
        }
        JsonNode array = body.get("pings");
        if (!array.isArray()) {
            throw new ValidationException("pings", "pings must be an array");
        }
        if (array.size() > LocationPingRule.MAX_BATCH) {
            // before converting them all: the rule would refuse the batch anyway
            throw new ValidationException("pings", "A batch may hold at most " + LocationPingRule.MAX_BATCH
                    + " pings, got " + array.size());
        }
        List<LocationPing> batch = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            batch.add(ping(array.get(i), i));
        }
        return batch;
    }

    private LocationPing ping(JsonNode node, int index) {
        PingRequest ping;
        try {
            ping = json.treeToValue(node, PingRequest.class);
        } catch (JacksonException e) {
            throw new ValidationException("pings[" + index + "]", "Ping " + index + " is not a ping: " + e.getOriginalMessage());
        }
        if (ping == null) {
            throw new ValidationException("pings[" + index + "]", "Ping " + index + " is null");
        }
        required(ping.at(), index, "at");
        required(ping.lat(), index, "lat");
        required(ping.lon(), index, "lon");
        return new LocationPing(ping.at().toInstant(), ping.lat(), ping.lon(), optional(ping.accuracyM()),
                optional(ping.speedMps()), optional(ping.headingDeg()));
    }

    private static void required(Object value, int index, String field) {
        if (value == null) {
            throw new ValidationException("pings[" + index + "]." + field, "Ping " + index + ": " + field + " is required");
        }
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}

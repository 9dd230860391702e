package com.fieldwork.api.sync;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The event types a queue may hold, each with the record its payload is read as. One list for the reader and
 * for the OpenAPI document, so the document cannot name a type the server refuses, nor miss one it takes.
 */
enum SyncEventType {
    STATUS(SyncPayloads.Status.class),
    NOTE(SyncPayloads.Note.class),
    CHECKLIST_ANSWER(SyncPayloads.Checklist.class),
    LABOR(SyncPayloads.Labor.class),
    PART_USED(SyncPayloads.PartUsed.class),
    PING(SyncPayloads.Ping.class),
    SIGNATURE(SyncPayloads.Signature.class),
    COMPLETE(SyncPayloads.Complete.class);

    /** For messages: "status, note, …". */
    static final String KNOWN = Arrays.stream(values()).map(SyncEventType::wire).collect(Collectors.joining(", "));

    private final Class<? extends SyncPayloads.Shape> payload;

    SyncEventType(Class<? extends SyncPayloads.Shape> payload) {
        this.payload = payload;
    }

    /** The name on the wire, as the phone writes it. */
    @JsonValue
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    Class<? extends SyncPayloads.Shape> payload() {
        return payload;
    }

    static Optional<SyncEventType> of(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire().equals(wire)).findFirst();
    }
}

package com.fieldwork.core.sync;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of one event. {@code result} holds a few flat values the phone can use (new ids, the job's
 * status); it is what the receipt keeps, so a resend gets exactly the first answer back.
 *
 * @param code    empty when applied; the domain error code when rejected
 * @param message empty when applied; why, in words the phone can show, when rejected
 */
public record SyncOutcome(UUID eventId, Kind kind, Optional<String> code, Optional<String> message,
                          Map<String, String> result) {

    public enum Kind { APPLIED, DUPLICATE, REJECTED }

    public SyncOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        result = Map.copyOf(result);
    }

    public static SyncOutcome applied(UUID eventId, Map<String, String> result) {
        return new SyncOutcome(eventId, Kind.APPLIED, Optional.empty(), Optional.empty(), result);
    }

    public static SyncOutcome rejected(UUID eventId, String code, String message) {
        return new SyncOutcome(eventId, Kind.REJECTED, Optional.of(code), Optional.of(message), Map.of());
    }

    /**
     * The stored outcome handed back for a resend: an applied event comes back as DUPLICATE with its first
     * result; a rejected one comes back REJECTED with the same code and message (it was never applied).
     */
    public SyncOutcome asDuplicate() {
        return kind == Kind.REJECTED ? this : new SyncOutcome(eventId, Kind.DUPLICATE, code, message, result);
    }
}

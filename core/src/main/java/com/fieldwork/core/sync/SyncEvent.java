package com.fieldwork.core.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One action a phone recorded while offline.
 *
 * @param id         generated on the phone; the key of its receipt, so a resend is recognised
 * @param clientTime when it happened on the phone; a batch applies in this order
 */
public record SyncEvent(UUID id, Instant clientTime, SyncPayload payload) {

    /** Client time, then id: a total order, so two servers replaying the same events agree. */
    public static final Comparator<SyncEvent> CLIENT_ORDER =
            Comparator.comparing(SyncEvent::clientTime).thenComparing(SyncEvent::id);

    public SyncEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientTime, "clientTime");
        Objects.requireNonNull(payload, "payload");
    }
}

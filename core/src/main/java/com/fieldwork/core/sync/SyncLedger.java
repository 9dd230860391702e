package com.fieldwork.core.sync;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The receipts of offline events, and the one transaction in which an event and its receipt are written. */
public interface SyncLedger {

    /** The receipt stored for this event id, if any. */
    Optional<Receipt> receipt(UUID eventId);

    /**
     * Runs {@code work} on use cases bound to one new transaction and stores an APPLIED receipt with its
     * result in that same transaction. An exception from {@code work} rolls everything back and is rethrown.
     * When a concurrent request stored a receipt for this id first, this one rolls back and the stored
     * outcome comes back as a duplicate.
     */
    SyncOutcome applyOnce(SyncEvent event, long technicianId, Function<EventScope, Map<String, String>> work);

    /** Stores a REJECTED receipt in its own transaction (or returns the one a concurrent request stored). */
    SyncOutcome reject(SyncEvent event, long technicianId, SyncOutcome rejection);

    /** A stored outcome and whose event it was. */
    record Receipt(long technicianId, SyncOutcome outcome) {
    }
}

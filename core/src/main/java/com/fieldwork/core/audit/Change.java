package com.fieldwork.core.audit;

import java.time.Instant;
import java.util.OptionalLong;

/** One row of the change feed: "this entity changed", so live screens know what to reload. */
public record Change(long seq, String entity, String entityId, ChangeOperation op, OptionalLong actorId, Instant at) {
}

package com.fieldwork.core.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** One line of the audit log: who changed what, from what to what. Kept forever. */
public record AuditEntry(long id, Instant at, OptionalLong actorId, String actorName, String entity, String entityId,
                         String action, Optional<String> reason, Optional<String> beforeJson,
                         Optional<String> afterJson) {
}

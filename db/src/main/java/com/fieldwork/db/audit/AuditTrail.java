package com.fieldwork.db.audit;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Record;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;

/**
 * Writes the audit log row and the change feed row for one change. Always called with the
 * transaction's own {@link DSLContext}, so both rows commit or roll back with the change itself.
 */
public final class AuditTrail {

    /** Hashes are secrets too: the audit log shows that they changed, never their value. */
    private static final Set<String> SECRET_COLUMNS = Set.of("password_hash", "token_hash", "key_hash");
    private static final JSONFormat JSON = new JSONFormat()
            .header(false)
            .recordFormat(JSONFormat.RecordFormat.OBJECT);

    private AuditTrail() {
    }

    /**
     * @param before the row as it was, or null for an insert
     * @param after  the row as it is now, or null for a delete
     */
    public static void record(DSLContext tx, Actor actor, Instant at, String entity, Object entityId,
                              ChangeOperation op, String action, Record before, Record after, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(op, "op");
        String id = String.valueOf(Objects.requireNonNull(entityId, "entityId"));
        Long actorId = actor.isSystem() ? null : actor.userId();
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTOR_NAME, actor.displayName() + " (" + actor.username() + ")")
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, id)
                .set(AUDIT_LOG.ACTION, action == null ? op.name() : action)
                .set(AUDIT_LOG.REASON, reason)
                .set(AUDIT_LOG.BEFORE_JSON, json(before))
                .set(AUDIT_LOG.AFTER_JSON, json(after))
                .execute();
        tx.insertInto(CHANGE_FEED)
                .set(CHANGE_FEED.ENTITY, entity)
                .set(CHANGE_FEED.ENTITY_ID, id)
                .set(CHANGE_FEED.OP, op.name())
                .set(CHANGE_FEED.ACTOR_ID, actorId)
                .set(CHANGE_FEED.AT, at)
                .execute();
    }

    /** A change that only the change feed needs (e.g. a location ping): live screens refresh, nobody audits it. */
    public static void feedOnly(DSLContext tx, Actor actor, Instant at, String entity, Object entityId, ChangeOperation op) {
        tx.insertInto(CHANGE_FEED)
                .set(CHANGE_FEED.ENTITY, entity)
                .set(CHANGE_FEED.ENTITY_ID, String.valueOf(entityId))
                .set(CHANGE_FEED.OP, op.name())
                .set(CHANGE_FEED.ACTOR_ID, actor.isSystem() ? null : actor.userId())
                .set(CHANGE_FEED.AT, at)
                .execute();
    }

    static String json(Record record) {
        if (record == null) {
            return null;
        }
        Field<?>[] visible = Arrays.stream(record.fields())
                .filter(field -> !SECRET_COLUMNS.contains(field.getName()))
                .toArray(Field<?>[]::new);
        return record.into(visible).formatJSON(JSON);
    }
}

package com.fieldwork.db.audit;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.db.support.RenderedStatement;
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

    // every write in the product runs these two: rendered once, not built and rendered per change
    private static final RenderedStatement AUDIT_INSERT = RenderedStatement.insert(AUDIT_LOG, AUDIT_LOG.AT,
            AUDIT_LOG.ACTOR_ID, AUDIT_LOG.ACTOR_NAME, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION,
            AUDIT_LOG.REASON, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON);
    private static final RenderedStatement FEED_INSERT = RenderedStatement.insert(CHANGE_FEED, CHANGE_FEED.ENTITY,
            CHANGE_FEED.ENTITY_ID, CHANGE_FEED.OP, CHANGE_FEED.ACTOR_ID, CHANGE_FEED.AT);

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
        AUDIT_INSERT.execute(tx, at, actorId, actor.displayName() + " (" + actor.username() + ")", entity, id,
                action == null ? op.name() : action, reason, json(before), json(after));
        FEED_INSERT.execute(tx, entity, id, op.name(), actorId, at);
    }

    /** A change that only the change feed needs (e.g. a location ping): live screens refresh, nobody audits it. */
    public static void feedOnly(DSLContext tx, Actor actor, Instant at, String entity, Object entityId, ChangeOperation op) {
        FEED_INSERT.execute(tx, entity, String.valueOf(entityId), op.name(), actor.isSystem() ? null : actor.userId(), at);
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

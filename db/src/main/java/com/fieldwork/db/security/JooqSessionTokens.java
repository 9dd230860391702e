package com.fieldwork.db.security;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Session;
import com.fieldwork.core.security.SessionTokens;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.SessionTokenRecord;
import com.fieldwork.db.support.RenderedStatement;
import org.jooq.Record;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.support.RenderedStatement.param;
import static com.fieldwork.db.jooq.Tables.SESSION_TOKEN;

/**
 * Sessions in SQL. The audit rows name the session by its id; {@link AuditTrail} leaves the
 * {@code token_hash} column out of the row images, so neither the token nor its hash is audited.
 */
public final class JooqSessionTokens implements SessionTokens {

    static final String ENTITY = "session";
    /** How long a dead session is kept after it ended: long enough to answer "expired" rather than "unknown". */
    static final Duration KEEP_ENDED = Duration.ofDays(30);

    /** Every request with a bearer token runs it. */
    private static final RenderedStatement BY_HASH = RenderedStatement.of(dsl -> dsl.selectFrom(SESSION_TOKEN)
            .where(SESSION_TOKEN.TOKEN_HASH.eq(param(SESSION_TOKEN.TOKEN_HASH))));

    private final DSLContext dsl;

    public JooqSessionTokens(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Session issue(Actor actor, String tokenHash, Instant createdAt, Instant expiresAt, Optional<String> userAgent) {
        Objects.requireNonNull(actor, "actor");
        requireHash(tokenHash);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SessionTokenRecord row = tx.newRecord(SESSION_TOKEN)
                    .setUserId(actor.userId()).setTokenHash(tokenHash)
                    .setCreatedAt(createdAt).setExpiresAt(expiresAt).setUserAgent(userAgent.orElse(null));
            row.store();
            AuditTrail.record(tx, actor, createdAt, ENTITY, row.getId(), ChangeOperation.INSERT, "login", null, row, null);
            purgeEnded(tx, actor.userId(), createdAt.minus(KEEP_ENDED));
            return toSession(row);
        });
    }

    @Override
    public Optional<Session> find(String tokenHash) {
        return BY_HASH.fetch(dsl, SESSION_TOKEN.fields(), tokenHash).stream().findFirst().map(JooqSessionTokens::toSession);
    }

    @Override
    public boolean revoke(String tokenHash, Instant at, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SessionTokenRecord before = tx.selectFrom(SESSION_TOKEN)
                    .where(SESSION_TOKEN.TOKEN_HASH.eq(tokenHash).and(SESSION_TOKEN.REVOKED_AT.isNull()))
                    .forUpdate().fetchOne();
            if (before == null) {
                return false;
            }
            // the revoked_at condition again: two sign-outs racing revoke (and audit) once
            int updated = tx.update(SESSION_TOKEN).set(SESSION_TOKEN.REVOKED_AT, at)
                    .where(SESSION_TOKEN.ID.eq(before.getId()).and(SESSION_TOKEN.REVOKED_AT.isNull()))
                    .execute();
            if (updated == 0) {
                return false;
            }
            SessionTokenRecord after = tx.selectFrom(SESSION_TOKEN).where(SESSION_TOKEN.ID.eq(before.getId())).fetchSingle();
            AuditTrail.record(tx, actor, at, ENTITY, before.getId(), ChangeOperation.UPDATE, "logout", before, after, null);
            return true;
        });
    }

    /**
     * A phone signs in every day or so: without this, a user's dead sessions would pile up for ever. Each sign-in
     * clears that user's sessions that ended long ago, so the table stays at about the live ones. Not audited:
     * the login and logout that made and ended them are.
     */
    private static void purgeEnded(DSLContext tx, long userId, Instant endedBefore) {
        tx.deleteFrom(SESSION_TOKEN)
                .where(SESSION_TOKEN.USER_ID.eq(userId))
                .and(SESSION_TOKEN.EXPIRES_AT.lt(endedBefore).or(SESSION_TOKEN.REVOKED_AT.lt(endedBefore)))
                .execute();
    }

    private static void requireHash(String tokenHash) {
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            // a plain token passed by mistake must never be stored
            throw new IllegalArgumentException("A token hash is 64 lower-case hex characters");
        }
    }

    private static Session toSession(Record r) {
        return new Session(r.get(SESSION_TOKEN.ID), r.get(SESSION_TOKEN.USER_ID), r.get(SESSION_TOKEN.CREATED_AT),
                r.get(SESSION_TOKEN.EXPIRES_AT), Optional.ofNullable(r.get(SESSION_TOKEN.REVOKED_AT)));
    }
}

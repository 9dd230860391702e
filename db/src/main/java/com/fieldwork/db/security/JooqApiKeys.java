package com.fieldwork.db.security;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.security.ApiKey;
import com.fieldwork.core.security.ApiKeyStore;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.ApiKeyRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.API_KEY;

/**
 * API keys in SQL. {@link AuditTrail} leaves {@code key_hash} out of the row images, so the audit
 * names a key by id, name and prefix only.
 */
public final class JooqApiKeys implements ApiKeyStore {

    static final String ENTITY = "api_key";

    private final DSLContext dsl;

    public JooqApiKeys(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public ApiKey create(String name, String prefix, String keyHash, Role role, Actor createdBy, Instant at) {
        Objects.requireNonNull(createdBy, "createdBy");
        if (keyHash == null || !keyHash.matches("[0-9a-f]{64}")) {
            // a plain key passed by mistake must never be stored
            throw new IllegalArgumentException("A key hash is 64 lower-case hex characters");
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            // checked first so the admin hears "name taken" rather than a constraint violation; the
            // unique index still decides a race between two admins
            if (tx.fetchExists(API_KEY, API_KEY.NAME.eq(name))) {
                throw new ConflictException("There is already an API key named '" + name + "'");
            }
            ApiKeyRecord row = tx.newRecord(API_KEY)
                    .setName(name).setKeyPrefix(prefix).setKeyHash(keyHash).setRole(role.name())
                    .setCreatedBy(createdBy.userId()).setCreatedAt(at);
            row.store();
            AuditTrail.record(tx, createdBy, at, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toKey(row);
        });
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return dsl.selectFrom(API_KEY).where(API_KEY.KEY_HASH.eq(keyHash)).fetchOptional().map(JooqApiKeys::toKey);
    }

    @Override
    public Optional<ApiKey> find(long id) {
        return dsl.selectFrom(API_KEY).where(API_KEY.ID.eq(id)).fetchOptional().map(JooqApiKeys::toKey);
    }

    @Override
    public List<ApiKey> list() {
        return dsl.selectFrom(API_KEY).orderBy(API_KEY.CREATED_AT.desc(), API_KEY.ID.desc()).fetch(JooqApiKeys::toKey);
    }

    @Override
    public boolean revoke(long id, Actor actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ApiKeyRecord before = tx.selectFrom(API_KEY).where(API_KEY.ID.eq(id)).forUpdate().fetchOne();
            if (before == null || before.getRevokedAt() != null) {
                return false;
            }
            tx.update(API_KEY).set(API_KEY.REVOKED_AT, at).where(API_KEY.ID.eq(id)).execute();
            ApiKeyRecord after = tx.selectFrom(API_KEY).where(API_KEY.ID.eq(id)).fetchSingle();
            AuditTrail.record(tx, actor, at, ENTITY, id, ChangeOperation.UPDATE, "revoke", before, after, null);
            return true;
        });
    }

    @Override
    public void touch(long id, Instant at) {
        dsl.update(API_KEY).set(API_KEY.LAST_USED_AT, at).where(API_KEY.ID.eq(id)).execute();
    }

    private static ApiKey toKey(ApiKeyRecord r) {
        return new ApiKey(r.getId(), r.getName(), r.getKeyPrefix(), Role.valueOf(r.getRole()), r.getCreatedBy(),
                r.getCreatedAt(), Optional.ofNullable(r.getLastUsedAt()), Optional.ofNullable(r.getRevokedAt()));
    }
}

package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of API keys over an in-memory store: who may make them, and who a key acts as. */
class ApiKeysTest {

    static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    static final Actor ADMIN = new Actor(1, "admin", "Ada Admin", Role.SUPER_ADMIN);

    final MemoryStore store = new MemoryStore();
    final Map<Long, Actor> active = new HashMap<>(Map.of(1L, ADMIN));
    final ApiKeys keys = new ApiKeys(store, id -> Optional.ofNullable(active.get(id)), Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void aKeyIsShownOnceAndStoredAsItsHash() {
        IssuedApiKey issued = keys.create(ADMIN, " ERP ", Role.DISPATCHER);

        assertThat(issued.plaintext()).matches("fwk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}").startsWith(issued.key().prefix());
        assertThat(store.hashes).containsExactly(TokenHash.of(issued.plaintext()));
        assertThat(issued.key().name()).isEqualTo("ERP");
        assertThat(issued.toString()).doesNotContain(issued.plaintext());
    }

    @Test
    void aKeyActsAsItsCreatorWithTheKeysRoleAndName() {
        String key = keys.create(ADMIN, "ERP", Role.DISPATCHER).plaintext();

        Actor actor = keys.authenticate(key);

        assertThat(actor.userId()).isEqualTo(ADMIN.userId());
        assertThat(actor.role()).isEqualTo(Role.DISPATCHER);
        assertThat(actor.displayName()).isEqualTo("API key ERP");
        assertThat(store.touched).containsExactly(T0);
    }

    @Test
    void unknownRevokedOrOrphanedKeysAreRefused() {
        String key = keys.create(ADMIN, "ERP", Role.DISPATCHER).plaintext();
        assertThatThrownBy(() -> keys.authenticate(" ")).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> keys.authenticate(key + "x")).isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("not valid");

        active.clear();
        assertThatThrownBy(() -> keys.authenticate(key)).isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("owner");

        active.put(1L, ADMIN);
        keys.revoke(ADMIN, 1);
        assertThatThrownBy(() -> keys.authenticate(key)).isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("revoked");
    }

    @Test
    void onlyAnAdminManagesKeysAndNoKeyIsATechnician() {
        Actor manager = new Actor(2, "boss", "Bo Boss", Role.OPERATIONS_MANAGER);
        assertThatThrownBy(() -> keys.create(manager, "ERP", Role.DISPATCHER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> keys.list(manager)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> keys.create(ADMIN, "Phones", Role.TECHNICIAN)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> keys.create(ADMIN, "", Role.DISPATCHER)).isInstanceOf(ValidationException.class);
        assertThat(store.hashes).isEmpty();
    }

    /** Just enough of a store: ids from 1, by hash. */
    static final class MemoryStore implements ApiKeyStore {
        final List<String> hashes = new ArrayList<>();
        final List<ApiKey> keys = new ArrayList<>();
        final List<Instant> touched = new ArrayList<>();

        @Override
        public ApiKey create(String name, String prefix, String keyHash, Role role, Actor createdBy, Instant at) {
            ApiKey key = new ApiKey(keys.size() + 1, name, prefix, role, createdBy.userId(), at, Optional.empty(), Optional.empty());
            keys.add(key);
            hashes.add(keyHash);
            return key;
        }

        @Override
        public Optional<ApiKey> findByHash(String keyHash) {
            int i = hashes.indexOf(keyHash);
            return i < 0 ? Optional.empty() : Optional.of(keys.get(i));
        }

        @Override
        public Optional<ApiKey> find(long id) {
            return keys.stream().filter(k -> k.id() == id).findFirst();
        }

        @Override
        public List<ApiKey> list() {
            return List.copyOf(keys);
        }

        @Override
        public boolean revoke(long id, Actor actor, Instant at) {
            ApiKey k = keys.get((int) id - 1);
            keys.set((int) id - 1, new ApiKey(k.id(), k.name(), k.prefix(), k.role(), k.createdBy(), k.createdAt(),
                    k.lastUsedAt(), Optional.of(at)));
            return true;
        }

        @Override
        public void touch(long id, Instant at) {
            touched.add(at);
        }
    }
}

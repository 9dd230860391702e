package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * API keys for systems that call the API without a person signing in (an ERP sending work orders).
 * An admin creates one for a role; the key is shown once and stored only as its {@link TokenHash}.
 * A call with the key acts as the admin who made it, with the key's role, so the audit log says
 * both which key and which person is answerable for it.
 */
public final class ApiKeys {

    /** Visible in lists and in the key itself, so a leaked key can be found: "fwk_" and 8 random characters. */
    static final String PREFIX_START = "fwk_";
    private static final int PREFIX_BYTES = 6;
    private static final int SECRET_BYTES = 32;

    private final ApiKeyStore store;
    private final ActiveActors actors;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(ApiKeyStore store, ActiveActors actors, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws PermissionDeniedException unless the actor may manage API keys
     * @throws ValidationException       for a blank name or the Technician role (a key has no
     *                                   technician profile, and a technician's access is through it)
     */
    public IssuedApiKey create(Actor actor, String name, Role role) {
        actor.require(Permission.API_KEY_MANAGE);
        String cleanName = Text.required("name", name, 100);
        if (role == null) {
            throw new ValidationException("role", "Role is required");
        }
        if (role == Role.TECHNICIAN) {
            throw new ValidationException("role", "An API key cannot have the Technician role");
        }
        String prefix = PREFIX_START + randomText(PREFIX_BYTES);
        String plaintext = prefix + "_" + randomText(SECRET_BYTES);
        ApiKey key = store.create(cleanName, prefix, TokenHash.of(plaintext), role, actor, clock.instant());
        return new IssuedApiKey(key, plaintext);
    }

    public List<ApiKey> list(Actor actor) {
        actor.require(Permission.API_KEY_MANAGE);
        return store.list();
    }

    /**
     * Revoking twice is fine (the key stays revoked); an unknown id is not.
     *
     * @throws NotFoundException when there is no such key
     */
    public void revoke(Actor actor, long id) {
        actor.require(Permission.API_KEY_MANAGE);
        store.find(id).orElseThrow(() -> new NotFoundException("API key", id));
        store.revoke(id, actor, clock.instant());
    }

    /**
     * Who is calling with this key: its creator, named after the key and holding the key's role.
     *
     * @throws UnauthenticatedException for a missing, unknown or revoked key, or when its creator was
     *                                  deactivated (a key must not outlive the person answerable for it)
     */
    public Actor authenticate(String plaintext) {
        if (plaintext == null || plaintext.isBlank()) {
            throw new UnauthenticatedException("Send the API key as 'X-Api-Key: <key>'");
        }
        ApiKey key = store.findByHash(TokenHash.of(plaintext.strip()))
                .orElseThrow(() -> new UnauthenticatedException("The API key is not valid"));
        if (key.isRevoked()) {
            throw new UnauthenticatedException("The API key was revoked; ask an administrator for a new one");
        }
        Actor owner = actors.find(key.createdBy()).orElseThrow(() ->
                new UnauthenticatedException("The API key's owner can no longer sign in; ask an administrator"));
        Instant now = clock.instant();
        store.touch(key.id(), now);
        return new Actor(owner.userId(), owner.username(), "API key " + key.name(), key.role());
    }

    private String randomText(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}

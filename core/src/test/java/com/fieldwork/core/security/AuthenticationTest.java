package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.organisation.NewUser;
import com.fieldwork.core.organisation.User;
import com.fieldwork.core.organisation.UserEdit;
import com.fieldwork.core.organisation.UserRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in rules without a database: in-memory ports that record what they were asked. */
class AuthenticationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    private static final Actor TECH = new Actor(7, "ann", "Ann Tech", Role.TECHNICIAN, OptionalLong.of(70));

    private final Users users = new Users();
    private final Map<String, Session> sessions = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Authentication auth = new Authentication(users, id -> id == TECH.userId() ? Optional.of(TECH) : Optional.empty(),
            new Sessions(), new Failures(), LoginThrottle.DEFAULT, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @Test
    void aGoodSignInStoresOnlyTheHashOfARandomTokenForTwelveHours() {
        IssuedToken issued = auth.login("  ANN ", "secret", "10.0.0.1", Optional.of("FieldApp"));

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}"); // 32 bytes, base64url without padding
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(issued.actor()).isEqualTo(TECH);
        assertThat(sessions).containsOnlyKeys(TokenHash.of(issued.token()));
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(auth.login("ann", "secret", "10.0.0.1", Optional.empty()).token()).isNotEqualTo(issued.token());
    }

    @Test
    void aThrottledUsernameIsRefusedBeforeThePasswordIsHashed() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> auth.login("ann", "wrong", "10.0.0.1", Optional.empty()))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        int checks = users.passwordChecks;

        assertThatThrownBy(() -> auth.login("ann", "secret", "10.0.0.2", Optional.empty()))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(15 * 60));
        // refusing must cost no BCrypt work, or the throttle itself becomes a way to load the server
        assertThat(users.passwordChecks).isEqualTo(checks);
    }

    @Test
    void aTokenTellsWhyItNoLongerWorks() {
        String token = auth.login("ann", "secret", "10.0.0.1", Optional.empty()).token();
        assertThat(auth.authenticate(token)).isEqualTo(TECH);

        auth.logout(token);

        assertThatThrownBy(() -> auth.authenticate(token)).isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("signed out");
        assertThatThrownBy(() -> auth.authenticate("made-up")).hasMessageContaining("not valid");
        assertThatThrownBy(() -> auth.authenticate(" ")).hasMessageContaining("Bearer");
    }

    private final class Users implements UserRepository {
        int passwordChecks;

        @Override
        public Optional<User> verifyPassword(String username, CharSequence password) {
            passwordChecks++;
            boolean ok = "ann".equals(username) && "secret".contentEquals(password);
            return ok ? Optional.of(new User(TECH.userId(), "ann", "Ann Tech", Optional.empty(), Optional.empty(),
                    Role.TECHNICIAN, OptionalLong.empty(), true, 0)) : Optional.empty();
        }

        @Override public User create(NewUser user, CharSequence password, Actor actor) { throw unused(); }
        @Override public Optional<User> find(long id) { throw unused(); }
        @Override public Optional<User> findByUsername(String username) { throw unused(); }
        @Override public List<User> list() { throw unused(); }
        @Override public User update(long id, long v, UserEdit edit, Actor actor) { throw unused(); }
        @Override public User changePassword(long id, long v, CharSequence p, Actor actor) { throw unused(); }
        @Override public User deactivate(long id, long v, Actor actor) { throw unused(); }

        private UnsupportedOperationException unused() {
            return new UnsupportedOperationException("not used by sign-in");
        }
    }

    private final class Sessions implements SessionTokens {
        @Override
        public Session issue(Actor actor, String tokenHash, Instant createdAt, Instant expiresAt, Optional<String> ua) {
            Session session = new Session(sessions.size() + 1, actor.userId(), createdAt, expiresAt, Optional.empty());
            sessions.put(tokenHash, session);
            return session;
        }

        @Override
        public Optional<Session> find(String tokenHash) {
            return Optional.ofNullable(sessions.get(tokenHash));
        }

        @Override
        public boolean revoke(String tokenHash, Instant at, Actor actor) {
            Session s = sessions.get(tokenHash);
            sessions.put(tokenHash, new Session(s.id(), s.userId(), s.createdAt(), s.expiresAt(), Optional.of(at)));
            return true;
        }
    }

    private final class Failures implements LoginFailures {
        @Override
        public void record(String username, String remoteAddr, Instant at) {
            failures.add(username);
        }

        @Override
        public List<Instant> byUsernameSince(String username, Instant since) {
            return failures.stream().filter(username::equals).map(u -> NOW).toList();
        }

        @Override
        public List<Instant> byAddressSince(String remoteAddr, Instant since) {
            return List.of();
        }

        @Override
        public void clear(String username) {
            failures.removeIf(username::equals);
        }

        @Override
        public void forgetBefore(Instant cutoff) {
            // every failure here happens at NOW, so none is ever old enough
        }
    }
}

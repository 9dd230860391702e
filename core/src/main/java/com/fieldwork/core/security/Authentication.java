package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.organisation.User;
import com.fieldwork.core.organisation.UserRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in with a username and password, checking a bearer token on every request, and signing
 * out. Tokens are random, shown once and stored only as their {@link TokenHash}; failed sign-ins
 * are throttled by {@link LoginThrottle} before the password is even looked at.
 */
public final class Authentication {

    /** A technician's shift, so a phone signed in at the start of the day works until its end. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_USER_AGENT = 200;
    /** Far longer than the throttle needs: an administrator can still see last night's guessing. */
    private static final Duration KEEP_FAILURES = Duration.ofDays(1);

    private final UserRepository users;
    private final ActiveActors actors;
    private final SessionTokens sessions;
    private final LoginFailures failures;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    public Authentication(UserRepository users, ActiveActors actors, SessionTokens sessions, LoginFailures failures,
                          LoginThrottle throttle, Clock clock, Duration ttl) {
        this.users = Objects.requireNonNull(users, "users");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A token must live a while, got " + ttl);
        }
    }

    /**
     * @throws TooManyAttemptsException    when the username or the address failed too often lately
     * @throws InvalidCredentialsException for an unknown user, a wrong password or a deactivated account
     */
    public IssuedToken login(String username, CharSequence password, String remoteAddr, Optional<String> userAgent) {
        String name = cut(Objects.requireNonNullElse(username, "").trim().toLowerCase(Locale.ROOT),
                LoginFailures.MAX_USERNAME);
        String address = cut(Objects.requireNonNullElse(remoteAddr, "unknown"), LoginFailures.MAX_ADDRESS);
        Instant now = clock.instant();
        Instant since = throttle.windowStart(now);
        throttle.retryAfter(failures.byUsernameSince(name, since), failures.byAddressSince(address, since), now)
                .ifPresent(wait -> {
                    throw new TooManyAttemptsException(wait);
                });
        Optional<Actor> actor = users.verifyPassword(name, password).map(User::id).flatMap(actors::find);
        if (actor.isEmpty()) {
            failures.record(name, address, now);
            failures.forgetBefore(now.minus(KEEP_FAILURES));
            throw new InvalidCredentialsException();
        }
        failures.clear(name);
        String token = newToken();
        Instant expiresAt = now.plus(ttl);
        sessions.issue(actor.get(), TokenHash.of(token), now, expiresAt,
                userAgent.filter(ua -> !ua.isBlank()).map(ua -> cut(ua, MAX_USER_AGENT)));
        return new IssuedToken(token, expiresAt, actor.get());
    }

    /**
     * Who is calling with this bearer token.
     *
     * @throws UnauthenticatedException when the token is missing, unknown, signed out or expired, or
     *                                  its user was deactivated since
     */
    public Actor authenticate(String token) {
        return check(token).actor();
    }

    /**
     * Signs the token out; it stops working at once.
     *
     * @throws UnauthenticatedException when the token does not work (any more)
     */
    public void logout(String token) {
        Checked checked = check(token);
        sessions.revoke(checked.tokenHash(), clock.instant(), checked.actor());
    }

    private Checked check(String token) {
        if (token == null || token.isBlank()) {
            throw UnauthenticatedException.missing();
        }
        String hash = TokenHash.of(token);
        Session session = sessions.find(hash).orElseThrow(UnauthenticatedException::unknown);
        switch (session.stateAt(clock.instant())) {
            case REVOKED -> throw UnauthenticatedException.revoked();
            case EXPIRED -> throw UnauthenticatedException.expired();
            case ACTIVE -> {
                // go on: the user must still be allowed in
            }
        }
        Actor actor = actors.find(session.userId()).orElseThrow(UnauthenticatedException::inactive);
        return new Checked(hash, actor);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private record Checked(String tokenHash, Actor actor) {
    }
}

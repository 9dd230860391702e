package com.fieldwork.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many failed sign-ins are tolerated before further attempts are refused: a few per username
 * (someone guessing one person's password) and more per remote address (someone trying many
 * usernames, or a whole office behind one address). An attempt is allowed again as soon as enough of
 * the failures have left the sliding window, so nobody is locked out for good.
 */
public final class LoginThrottle {

    public static final LoginThrottle DEFAULT = new LoginThrottle(5, 20, Duration.ofMinutes(15));

    private final int perUsername;
    private final int perAddress;
    private final Duration window;

    public LoginThrottle(int perUsername, int perAddress, Duration window) {
        if (perUsername < 1 || perAddress < 1) {
            throw new IllegalArgumentException("Limits must be at least 1, got " + perUsername + " / " + perAddress);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The window must be positive, got " + window);
        }
        this.perUsername = perUsername;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Failures at or before this instant no longer count at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * How long the caller must wait, or empty when the attempt may go ahead.
     *
     * @param usernameFailures the username's failures in the window, oldest first
     * @param addressFailures  the address's failures in the window, oldest first
     */
    public Optional<Duration> retryAfter(List<Instant> usernameFailures, List<Instant> addressFailures, Instant now) {
        Optional<Instant> byUser = allowedAgainAt(usernameFailures, perUsername, now);
        Optional<Instant> byAddress = allowedAgainAt(addressFailures, perAddress, now);
        return byUser.or(() -> byAddress)
                .map(at -> byAddress.filter(other -> other.isAfter(at)).orElse(at))
                .map(at -> Duration.between(now, at));
    }

    /**
     * With n failures counting and a limit of k, n - k + 1 of them must leave the window before the
     * count is under the limit; the last of those is the (n - k)-th oldest.
     */
    private Optional<Instant> allowedAgainAt(List<Instant> failures, int limit, Instant now) {
        Instant start = windowStart(now);
        // a failure exactly one window old has just left it
        List<Instant> counting = failures.stream().filter(at -> at.isAfter(start)).sorted().toList();
        if (counting.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(counting.get(counting.size() - limit).plus(window));
    }
}

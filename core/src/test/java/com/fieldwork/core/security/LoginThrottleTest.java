package com.fieldwork.core.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15));

    /** {@code count} failures a minute apart, the last one {@code lastMinutesAgo} before NOW. */
    private static List<Instant> failures(int count, int lastMinutesAgo) {
        return IntStream.range(0, count)
                .mapToObj(i -> NOW.minus(Duration.ofMinutes(lastMinutesAgo + count - 1 - i)))
                .toList();
    }

    @Test
    void fourFailuresStillAllowAFifthAttempt() {
        assertThat(throttle.retryAfter(failures(4, 0), List.of(), NOW)).isEmpty();
    }

    @Test
    void fiveFailuresRefuseUntilTheOldestLeavesTheWindow() {
        // oldest was 4 minutes ago, so it leaves the 15-minute window in 11 minutes
        assertThat(throttle.retryAfter(failures(5, 0), List.of(), NOW)).contains(Duration.ofMinutes(11));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        assertThat(throttle.retryAfter(failures(5, 16), List.of(), NOW)).isEmpty();
        // the oldest of five leaves the window exactly now
        List<Instant> leavingNow = failures(5, 11);
        assertThat(leavingNow.get(0)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
        assertThat(throttle.retryAfter(leavingNow, List.of(), NOW)).isEmpty();
        assertThat(throttle.retryAfter(leavingNow, List.of(), NOW.minusMillis(1))).contains(Duration.ofMillis(1));
    }

    @Test
    void moreFailuresThanTheLimitWaitForEnoughOfThemToLeave() {
        // two requests raced past the check: 7 failures, 3 must leave; the third oldest is 4 minutes ago
        List<Instant> seven = failures(7, 0);
        assertThat(throttle.retryAfter(seven, List.of(), NOW)).contains(Duration.ofMinutes(11));
    }

    /** {@code count} failures half a minute apart, the last one now: the oldest is (count - 1) / 2 minutes ago. */
    private static List<Instant> rapidFailures(int count) {
        return IntStream.range(0, count).mapToObj(i -> NOW.minusSeconds(30L * (count - 1 - i))).toList();
    }

    @Test
    void oneAddressTryingManyUsernamesIsRefusedToo() {
        assertThat(throttle.retryAfter(List.of(), rapidFailures(19), NOW)).isEmpty();
        // the oldest of 20 was 9.5 minutes ago
        assertThat(throttle.retryAfter(List.of(), rapidFailures(20), NOW)).contains(Duration.ofSeconds(330));
    }

    @Test
    void whenBothAreOverTheLimitTheLongerWaitWins() {
        assertThat(throttle.retryAfter(failures(5, 0), rapidFailures(20), NOW)).contains(Duration.ofMinutes(11));
        // username's oldest was 14 minutes ago (1 minute left), the address needs 5.5 minutes
        assertThat(throttle.retryAfter(failures(5, 10), rapidFailures(20), NOW)).contains(Duration.ofSeconds(330));
    }

    @Test
    void rejectsNonsenseLimits() {
        assertThatThrownBy(() -> new LoginThrottle(0, 20, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(5, 20, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}

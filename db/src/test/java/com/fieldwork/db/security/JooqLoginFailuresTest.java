package com.fieldwork.db.security;

import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JooqLoginFailuresTest extends DatabaseTest {

    private static final Instant T0 = Seed.T0;

    private JooqLoginFailures failures;

    @BeforeEach
    void setUp() {
        failures = new JooqLoginFailures(dsl());
    }

    @Test
    void countsAUsernamesFailuresFromTheWindowStartOldestFirst() {
        failures.record("ann", "10.0.0.1", T0.plusSeconds(30));
        failures.record("ann", "10.0.0.2", T0);
        failures.record("ann", "10.0.0.1", T0.minusSeconds(1));
        failures.record("bob", "10.0.0.1", T0.plusSeconds(10));

        assertThat(failures.byUsernameSince("ann", T0)).containsExactly(T0, T0.plusSeconds(30));
        assertThat(failures.byAddressSince("10.0.0.1", T0)).containsExactly(T0.plusSeconds(10), T0.plusSeconds(30));
        assertThat(failures.byUsernameSince("nobody", T0)).isEmpty();
    }

    @Test
    void clearingForgetsOnlyThatUsername() {
        failures.record("ann", "10.0.0.1", T0);
        failures.record("bob", "10.0.0.1", T0);

        failures.clear("ann");

        assertThat(failures.byUsernameSince("ann", T0)).isEmpty();
        assertThat(failures.byUsernameSince("bob", T0)).containsExactly(T0);
    }

    @Test
    void forgettingDropsOnlyFailuresBeforeTheCutoff() {
        failures.record("ann", "10.0.0.1", T0.minusSeconds(1));
        failures.record("bob", "10.0.0.2", T0.minusSeconds(1));
        failures.record("ann", "10.0.0.1", T0);

        failures.forgetBefore(T0);

        assertThat(failures.byUsernameSince("ann", T0.minusSeconds(60))).containsExactly(T0);
        assertThat(failures.byUsernameSince("bob", T0.minusSeconds(60))).isEmpty();
    }

    @Test
    void overlongInputIsCutToFitRatherThanFailing() {
        String longName = "x".repeat(500);
        String longAddress = "y".repeat(500);

        failures.record(longName, longAddress, T0);

        assertThat(failures.byUsernameSince(longName, T0)).containsExactly(T0);
        assertThat(failures.byAddressSince(longAddress, T0)).containsExactly(T0);
    }
}

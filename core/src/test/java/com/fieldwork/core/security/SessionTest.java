package com.fieldwork.core.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {

    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(12));

    @Test
    void activeUntilTheMomentItExpires() {
        Session session = new Session(1, 7, START, END, Optional.empty());
        assertThat(session.stateAt(START)).isEqualTo(Session.State.ACTIVE);
        assertThat(session.stateAt(END.minusMillis(1))).isEqualTo(Session.State.ACTIVE);
        assertThat(session.stateAt(END)).isEqualTo(Session.State.EXPIRED);
    }

    @Test
    void signingOutWinsOverExpiry() {
        Session session = new Session(1, 7, START, END, Optional.of(START.plusSeconds(60)));
        assertThat(session.stateAt(START)).isEqualTo(Session.State.ACTIVE);
        assertThat(session.stateAt(START.plusSeconds(60))).isEqualTo(Session.State.REVOKED);
        assertThat(session.stateAt(END.plusSeconds(1))).isEqualTo(Session.State.REVOKED);
    }

    @Test
    void theTokenHashIsSha256HexAndNotTheToken() {
        // the well-known SHA-256 of "abc"
        assertThat(TokenHash.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aRetryAfterIsWholeSecondsRoundedUp() {
        assertThat(new TooManyAttemptsException(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooManyAttemptsException(Duration.ofMillis(60_001)).retryAfterSeconds()).isEqualTo(61);
        assertThat(new TooManyAttemptsException(Duration.ofSeconds(660)).retryAfterSeconds()).isEqualTo(660);
    }
}

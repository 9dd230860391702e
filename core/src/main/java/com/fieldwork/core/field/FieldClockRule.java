package com.fieldwork.core.field;

import com.fieldwork.core.common.ValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Times a phone reports may run a little ahead of the server's clock, never far: a phone whose clock is
 * wrong by hours would otherwise put labor and positions in the future.
 */
public final class FieldClockRule {

    /** Phone clocks synchronise over the network; five minutes covers drift and slow delivery. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private FieldClockRule() {
    }

    public static void notInFuture(String field, Instant reported, Clock clock) {
        Instant latest = clock.instant().plus(TOLERANCE);
        if (reported.isAfter(latest)) {
            throw new ValidationException(field, "The time " + reported + " is in the future (server time "
                    + clock.instant() + "); check the phone's clock");
        }
    }
}

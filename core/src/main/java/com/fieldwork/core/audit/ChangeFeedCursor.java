package com.fieldwork.core.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One reader's place in the change feed, for a screen that polls it. Reading "everything after the last
 * sequence number seen" loses changes: numbers are handed out when a row is inserted, not when its
 * transaction commits, so number 11 can become visible while 10 is still being written by a longer
 * transaction (two dispatchers saving at once on PostgreSQL, a big plan commit next to a phone's status).
 * The cursor therefore reads from the first number it has not yet seen, hands each change out once, and
 * waits for a missing number for {@code patience} before taking it for a rolled-back transaction and
 * moving past it. Not thread-safe: one poller owns it.
 */
public final class ChangeFeedCursor {

    /** Longer than any transaction should run (H2 waits 10 s for a lock), short enough to keep re-reads small. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(1);
    /** Rows read per query; a poll reads on until nothing new is left. */
    public static final int BATCH = 1_000;

    private final ChangeFeed feed;
    private final Clock clock;
    private final Duration patience;
    /** Every number up to here has been handed out or given up on. */
    private long settled;
    /** Handed out, above a missing number. */
    private final NavigableSet<Long> deliveredAbove = new TreeSet<>();
    /** Missing numbers, with when they were first noticed missing. */
    private final Map<Long, Instant> missingSince = new HashMap<>();

    public ChangeFeedCursor(ChangeFeed feed, long startAfter, Clock clock, Duration patience) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.patience = Objects.requireNonNull(patience, "patience");
        if (startAfter < 0) {
            throw new IllegalArgumentException("startAfter must be >= 0, was " + startAfter);
        }
        this.settled = startAfter;
    }

    /** A cursor that hands out what changes from now on: a screen that has just loaded its data. */
    public static ChangeFeedCursor fromNow(ChangeFeed feed, Clock clock) {
        return new ChangeFeedCursor(feed, feed.latestSeq(), clock, DEFAULT_PATIENCE);
    }

    /** The changes that became visible since the last poll, each exactly once, oldest number first. */
    public List<Change> poll() {
        Instant now = clock.instant();
        List<Change> fresh = new ArrayList<>();
        for (Change change : feed.since(settled, BATCH)) {
            if (change.seq() > settled && deliveredAbove.add(change.seq())) {
                fresh.add(change);
                missingSince.remove(change.seq());
            }
        }
        noteMissing(now);
        settle(now);
        return fresh;
    }

    /** Every number up to this one has been handed out or given up on. */
    public long settledSeq() {
        return settled;
    }

    private void noteMissing(Instant now) {
        if (deliveredAbove.isEmpty()) {
            return;
        }
        for (long seq = settled + 1; seq < deliveredAbove.last(); seq++) {
            if (!deliveredAbove.contains(seq)) {
                missingSince.putIfAbsent(seq, now);
            }
        }
    }

    private void settle(Instant now) {
        while (!deliveredAbove.isEmpty()) {
            long next = settled + 1;
            if (deliveredAbove.remove(next)) {
                settled = next;
                continue;
            }
            Instant missing = missingSince.get(next);
            if (missing == null || Duration.between(missing, now).compareTo(patience) < 0) {
                return;
            }
            missingSince.remove(next);
            settled = next;
        }
    }
}

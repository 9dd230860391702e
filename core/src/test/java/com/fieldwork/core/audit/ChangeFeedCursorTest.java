package com.fieldwork.core.audit;

import com.fieldwork.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeFeedCursorTest {

    private final VisibleRows feed = new VisibleRows();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));

    @Test
    void handsOutEachVisibleChangeOnceInOrder() {
        ChangeFeedCursor cursor = new ChangeFeedCursor(feed, 0, clock, Duration.ofSeconds(60));
        feed.commit(1, 2, 3);

        assertThat(seqs(cursor.poll())).containsExactly(1L, 2L, 3L);
        assertThat(cursor.poll()).isEmpty();
        feed.commit(4);
        assertThat(seqs(cursor.poll())).containsExactly(4L);
        assertThat(cursor.settledSeq()).isEqualTo(4);
    }

    @Test
    void aChangeThatCommitsAfterAHigherNumberIsStillHandedOut() {
        ChangeFeedCursor cursor = new ChangeFeedCursor(feed, 0, clock, Duration.ofSeconds(60));
        feed.commit(1, 3);  // 2 is still being written by a longer transaction

        assertThat(seqs(cursor.poll())).containsExactly(1L, 3L);
        assertThat(cursor.settledSeq()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        feed.commit(2, 4);

        assertThat(seqs(cursor.poll())).containsExactly(2L, 4L);
        assertThat(cursor.settledSeq()).isEqualTo(4);
        assertThat(cursor.poll()).isEmpty();
    }

    @Test
    void aNumberThatNeverCommitsIsPassedAfterThePatience() {
        ChangeFeedCursor cursor = new ChangeFeedCursor(feed, 0, clock, Duration.ofSeconds(60));
        feed.commit(1, 3);  // 2 rolled back
        cursor.poll();

        clock.advance(Duration.ofSeconds(59));
        assertThat(cursor.poll()).isEmpty();
        assertThat(cursor.settledSeq()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cursor.poll()).isEmpty();
        assertThat(cursor.settledSeq()).isEqualTo(3);
        feed.commit(5, 6);
        assertThat(seqs(cursor.poll())).containsExactly(5L, 6L);
    }

    @Test
    void patienceRunsFromWhenEachNumberWasFirstMissed() {
        ChangeFeedCursor cursor = new ChangeFeedCursor(feed, 0, clock, Duration.ofSeconds(60));
        feed.commit(2);
        cursor.poll();          // 1 missed from now on
        clock.advance(Duration.ofSeconds(30));
        feed.commit(4);
        cursor.poll();          // 3 missed from 30 s later
        clock.advance(Duration.ofSeconds(30));

        cursor.poll();
        assertThat(cursor.settledSeq()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        cursor.poll();
        assertThat(cursor.settledSeq()).isEqualTo(4);
    }

    @Test
    void startsAfterWhatTheScreenAlreadyLoaded() {
        feed.commit(1, 2, 3);
        ChangeFeedCursor cursor = ChangeFeedCursor.fromNow(feed, clock);
        feed.commit(4);

        assertThat(seqs(cursor.poll())).containsExactly(4L);
    }

    private static List<Long> seqs(List<Change> changes) {
        return changes.stream().map(Change::seq).toList();
    }

    /** The rows a reader can see: committed ones only, whatever order they committed in. */
    private final class VisibleRows implements ChangeFeed {
        private final List<Change> rows = new ArrayList<>();

        void commit(long... seqs) {
            for (long seq : seqs) {
                rows.add(new Change(seq, "visit", Long.toString(seq), ChangeOperation.UPDATE, OptionalLong.empty(), clock.instant()));
            }
            rows.sort(Comparator.comparingLong(Change::seq));
        }

        @Override
        public List<Change> since(long afterSeq, int limit) {
            return rows.stream().filter(c -> c.seq() > afterSeq).limit(limit).toList();
        }

        @Override
        public long latestSeq() {
            return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq();
        }
    }
}

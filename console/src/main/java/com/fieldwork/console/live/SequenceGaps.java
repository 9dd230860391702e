package com.fieldwork.console.live;

import com.fieldwork.core.audit.Change;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sequence numbers the poller skipped over. Two transactions that write the change feed at once may
 * commit in the other order: the reader then sees 11 before 10 is visible. Such a hole is remembered for
 * a while and asked for again on later polls; a rolled-back transaction leaves a hole that never fills,
 * so it is given up after {@code patienceMillis}.
 */
final class SequenceGaps {

    /** A burst of rolled-back writes must not make every poll re-read thousands of rows. */
    static final int MAX_TRACKED = 1_000;

    private final long patienceMillis;
    /** Missing sequence number → when it was first missed. */
    private final TreeMap<Long, Long> missing = new TreeMap<>();

    SequenceGaps(long patienceMillis) {
        this.patienceMillis = patienceMillis;
    }

    /** Records the numbers between {@code afterSeq} and each change of {@code batch} that did not come. */
    void noteRead(long afterSeq, List<Change> batch, long nowMillis) {
        long expected = afterSeq + 1;
        for (Change change : batch) {
            for (long seq = expected; seq < change.seq() && missing.size() < MAX_TRACKED; seq++) {
                missing.put(seq, nowMillis);
            }
            expected = change.seq() + 1;
        }
    }

    boolean isEmpty() {
        return missing.isEmpty();
    }

    /** Where a re-read starts: just before the oldest hole. */
    long readFrom() {
        return missing.firstKey() - 1;
    }

    /** True when {@code seq} filled a hole (deliver it); it is no longer missing. */
    boolean fill(long seq) {
        return missing.remove(seq) != null;
    }

    /** Forgets holes older than the patience: their transactions rolled back. */
    void expire(long nowMillis) {
        for (Iterator<Map.Entry<Long, Long>> it = missing.entrySet().iterator(); it.hasNext(); ) {
            if (nowMillis - it.next().getValue() > patienceMillis) {
                it.remove();
            }
        }
    }
}

package com.fieldwork.console.live;

import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeFeed;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller without a screen: a fake feed, polls run when the test says, deliveries counted. */
class ChangeFeedPollerTest {

    private final FakeFeed feed = new FakeFeed();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final Executor fxThread = fxQueue::add;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final ChangeFeedPoller poller = new ChangeFeedPoller(feed, scheduler, fxThread, Duration.ofSeconds(1),
            clock);

    @Test
    void startsAtTheNewestChangeAndDeliversOnlyWhatCameAfter() {
        feed.add("work_order", "1");
        List<List<Change>> workOrders = new ArrayList<>();
        poller.subscribe("work_order", workOrders::add);
        poller.start();

        scheduler.tick();
        runFx();
        assertThat(workOrders).isEmpty();
        assertThat(poller.stateProperty().get()).isEqualTo(LiveState.LIVE);

        feed.add("work_order", "7");
        scheduler.tick();
        runFx();
        assertThat(workOrders).hasSize(1);
        assertThat(workOrders.get(0)).extracting(Change::entityId).containsExactly("7");
    }

    @Test
    void eachSubscriberHearsOnlyItsEntityAndOnlyOnTheFxThread() {
        List<Change> visits = new ArrayList<>();
        List<Change> workOrders = new ArrayList<>();
        poller.subscribe("visit", visits::addAll);
        poller.subscribe("work_order", workOrders::addAll);
        poller.start();
        scheduler.tick();
        runFx();

        feed.add("visit", "3");
        feed.add("work_order", "9");
        feed.add("visit", "4");
        scheduler.tick();
        assertThat(visits).as("nothing is delivered off the FX thread").isEmpty();
        runFx();

        assertThat(visits).extracting(Change::entityId).containsExactly("3", "4");
        assertThat(workOrders).extracting(Change::entityId).containsExactly("9");
    }

    @Test
    void aFailedPollSaysSoAndTheNextOneCatchesUpWithoutLosingChanges() {
        List<Change> seen = new ArrayList<>();
        poller.subscribe("work_order", seen::addAll);
        poller.start();
        scheduler.tick();
        feed.add("work_order", "1");
        feed.failing = true;
        scheduler.tick();
        runFx();
        assertThat(poller.stateProperty().get()).isEqualTo(LiveState.INTERRUPTED);

        feed.failing = false;
        feed.add("work_order", "2");
        scheduler.tick();
        runFx();
        assertThat(seen).extracting(Change::entityId).containsExactly("1", "2");
        assertThat(poller.stateProperty().get()).isEqualTo(LiveState.LIVE);
    }

    @Test
    void aBacklogLargerThanOneBatchIsReadInFull() {
        poller.start();
        scheduler.tick();
        for (int i = 0; i < ChangeFeedPoller.BATCH + 5; i++) {
            feed.add("visit", String.valueOf(i));
        }
        List<Change> seen = new ArrayList<>();
        poller.subscribe("visit", seen::addAll);
        scheduler.tick();
        runFx();
        assertThat(seen).hasSize(ChangeFeedPoller.BATCH + 5);
    }

    @Test
    void unsubscribedAndClosedPollersDeliverNothing() throws Exception {
        List<Change> seen = new ArrayList<>();
        AutoCloseable subscription = poller.subscribe("work_order", seen::addAll);
        poller.start();
        scheduler.tick();
        subscription.close();
        feed.add("work_order", "1");
        scheduler.tick();
        runFx();
        assertThat(seen).isEmpty();

        poller.close();
        runFx();
        assertThat(scheduler.closed).isTrue();
        assertThat(poller.stateProperty().get()).isEqualTo(LiveState.STOPPED);
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsStillDeliveredOnce() {
        List<Change> seen = new ArrayList<>();
        poller.subscribe("visit", seen::addAll);
        poller.start();
        scheduler.tick();

        feed.addAt(2, "visit", "late-second");   // seq 1's transaction has not committed yet
        scheduler.tick();
        feed.addAt(1, "visit", "first");
        scheduler.tick();
        scheduler.tick();
        runFx();

        assertThat(seen).extracting(Change::entityId).containsExactly("late-second", "first");
    }

    @Test
    void aHoleThatNeverFillsIsGivenUpAndNoLongerReRead() {
        List<Change> seen = new ArrayList<>();
        poller.subscribe("visit", seen::addAll);
        poller.start();
        scheduler.tick();
        feed.addAt(2, "visit", "after-a-rollback");
        scheduler.tick();

        clock.advance(Duration.ofMillis(ChangeFeedPoller.GAP_PATIENCE_MILLIS + 1));
        scheduler.tick();
        int reads = feed.reads;
        scheduler.tick();

        assertThat(feed.reads - reads).as("one read per poll once the hole is given up").isEqualTo(1);
        feed.addAt(1, "visit", "far-too-late");
        scheduler.tick();
        runFx();
        assertThat(seen).extracting(Change::entityId).containsExactly("after-a-rollback");
    }

    private void runFx() {
        List<Runnable> queued = new ArrayList<>(fxQueue);
        fxQueue.clear();
        queued.forEach(Runnable::run);
    }

    private static final class ManualScheduler implements PollScheduler {
        private Runnable poll;
        private boolean closed;

        @Override
        public AutoCloseable every(Duration period, Runnable task) {
            this.poll = task;
            return () -> closed = true;
        }

        void tick() {
            poll.run();
        }
    }

    private static final class FakeFeed implements ChangeFeed {
        private final List<Change> changes = new ArrayList<>();
        private boolean failing;
        private int reads;

        void add(String entity, String id) {
            addAt(changes.stream().mapToLong(Change::seq).max().orElse(0) + 1, entity, id);
        }

        /** A change whose transaction commits now, whatever sequence number it drew. */
        void addAt(long seq, String entity, String id) {
            changes.add(new Change(seq, entity, id, ChangeOperation.UPDATE, OptionalLong.empty(), Instant.EPOCH));
            changes.sort(java.util.Comparator.comparingLong(Change::seq));
        }

        @Override
        public List<Change> since(long afterSeq, int limit) {
            if (failing) {
                throw new IllegalStateException("database unreachable");
            }
            reads++;
            return changes.stream().filter(c -> c.seq() > afterSeq).limit(limit).toList();
        }

        @Override
        public long latestSeq() {
            return changes.stream().mapToLong(Change::seq).max().orElse(0);
        }
    }
}

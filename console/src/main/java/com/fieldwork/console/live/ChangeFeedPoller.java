package com.fieldwork.console.live;

import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeFeed;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Keeps open screens live: reads the change feed by sequence number off the FX thread and hands each
 * batch, grouped by entity ({@code work_order}, {@code visit}, ...), to the views that subscribed to that
 * entity, on the FX thread. A view then reloads only the rows named in the batch.
 *
 * <p>It starts at the newest sequence number when started (what happened before is already on screen),
 * and after a failed poll tries again from the same place, so no change is skipped.
 */
public final class ChangeFeedPoller implements AutoCloseable {

    /** Polled every second: a change from a phone shows within two. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(1);
    static final int BATCH = 1_000;
    /** How long a skipped sequence number is waited for: far longer than any write transaction takes. */
    static final long GAP_PATIENCE_MILLIS = 30_000;

    private final ChangeFeed feed;
    private final PollScheduler scheduler;
    private final Executor fxThread;
    private final Duration period;
    private final Map<String, List<Consumer<List<Change>>>> subscribers = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<LiveState> state = new ReadOnlyObjectWrapper<>(LiveState.STOPPED);
    private final LongSupplier millis;
    private final SequenceGaps gaps = new SequenceGaps(GAP_PATIENCE_MILLIS);
    private volatile long lastSeq = -1;
    private AutoCloseable running;

    /**
     * @param fxThread runs deliveries on the FX thread ({@code Platform::runLater}); tests pass {@code Runnable::run}
     */
    public ChangeFeedPoller(ChangeFeed feed, PollScheduler scheduler, Executor fxThread, Duration period) {
        this(feed, scheduler, fxThread, period, System::currentTimeMillis);
    }

    /** @param millis the wall clock, for giving up on holes in the sequence (tests pass their own) */
    ChangeFeedPoller(ChangeFeed feed, PollScheduler scheduler, Executor fxThread, Duration period, LongSupplier millis) {
        this.millis = Objects.requireNonNull(millis, "millis");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.period = Objects.requireNonNull(period, "period");
    }

    /** Starts polling; the first poll only learns where the feed is now. */
    public synchronized void start() {
        if (running == null) {
            state.set(LiveState.STARTING);
            running = scheduler.every(period, this::pollOnce);
        }
    }

    /**
     * Calls {@code listener} on the FX thread with each batch of changes to {@code entity}. Call from the FX
     * thread; close the result when the view goes away.
     */
    public AutoCloseable subscribe(String entity, Consumer<List<Change>> listener) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(listener, "listener");
        List<Consumer<List<Change>>> forEntity;
        synchronized (subscribers) {
            forEntity = subscribers.computeIfAbsent(entity, e -> new CopyOnWriteArrayList<>());
        }
        forEntity.add(listener);
        return () -> forEntity.remove(listener);
    }

    /** Changes only on the FX thread. */
    public ReadOnlyObjectProperty<LiveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * One poll: reads what is new (all of it, a batch at a time) and what came late into a hole of an earlier
     * read, and hands it over. Runs off the FX thread.
     */
    void pollOnce() {
        try {
            if (lastSeq < 0) {
                lastSeq = feed.latestSeq();
                fxThread.execute(() -> state.set(LiveState.LIVE));
                return;
            }
            long now = millis.getAsLong();
            gaps.expire(now);
            if (!gaps.isEmpty()) {
                List<Change> late = feed.since(gaps.readFrom(), BATCH).stream()
                        .filter(change -> change.seq() < lastSeq && gaps.fill(change.seq())).toList();
                if (!late.isEmpty()) {
                    fxThread.execute(() -> deliver(late));
                }
            }
            List<Change> batch;
            do {
                batch = feed.since(lastSeq, BATCH);
                gaps.noteRead(lastSeq, batch, now);
                if (!batch.isEmpty()) {
                    lastSeq = batch.get(batch.size() - 1).seq();
                    List<Change> delivered = batch;
                    fxThread.execute(() -> deliver(delivered));
                }
            } while (batch.size() == BATCH);
            fxThread.execute(() -> state.set(LiveState.LIVE));
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; keep polling and say so on screen instead.
            fxThread.execute(() -> state.set(LiveState.INTERRUPTED));
        }
    }

    private void deliver(List<Change> batch) {
        Map<String, List<Change>> byEntity = batch.stream()
                .collect(Collectors.groupingBy(Change::entity, LinkedHashMap::new, Collectors.toList()));
        byEntity.forEach((entity, changes) -> {
            List<Consumer<List<Change>>> listeners;
            synchronized (subscribers) {
                listeners = new ArrayList<>(subscribers.getOrDefault(entity, List.of()));
            }
            listeners.forEach(listener -> listener.accept(List.copyOf(changes)));
        });
    }

    /** Stops polling; subscriptions stay but hear nothing more. */
    @Override
    public synchronized void close() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the change feed poller", e);
            }
            running = null;
        }
        fxThread.execute(() -> state.set(LiveState.STOPPED));
    }
}

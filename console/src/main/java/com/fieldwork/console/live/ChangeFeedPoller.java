package com.fieldwork.console.live;

import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeFeed;
import com.fieldwork.core.audit.ChangeFeedCursor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps open screens live: reads the change feed by sequence number off the FX thread and hands each
 * batch, grouped by entity ({@code work_order}, {@code visit}, ...), to the views that subscribed to that
 * entity, on the FX thread. A view then reloads only the rows named in the batch.
 *
 * <p>It starts at the newest sequence number when started (what happened before is already on screen),
 * reads through core's {@link ChangeFeedCursor}, so a change whose transaction commits after a later one
 * is still delivered, once, and after a failed poll tries again from the same place, so no change is skipped.
 */
public final class ChangeFeedPoller implements AutoCloseable {

    /** Polled every second: a change from a phone shows within two. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(1);
    static final int BATCH = ChangeFeedCursor.BATCH;
    /** How long a skipped sequence number is waited for: far longer than any write transaction takes. */
    static final long GAP_PATIENCE_MILLIS = 30_000;

    private final ChangeFeed feed;
    private final PollScheduler scheduler;
    private final Executor fxThread;
    private final Duration period;
    private final Clock clock;
    private final Map<String, List<Consumer<List<Change>>>> subscribers = new LinkedHashMap<>();
    private final List<Consumer<List<Change>>> everything = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<LiveState> state = new ReadOnlyObjectWrapper<>(LiveState.STOPPED);
    /** Made by the first poll, at the feed's newest number then; used only by the polling thread after. */
    private volatile ChangeFeedCursor cursor;
    private AutoCloseable running;

    /**
     * @param fxThread runs deliveries on the FX thread ({@code Platform::runLater}); tests pass {@code Runnable::run}
     */
    public ChangeFeedPoller(ChangeFeed feed, PollScheduler scheduler, Executor fxThread, Duration period) {
        this(feed, scheduler, fxThread, period, Clock.systemUTC());
    }

    /** @param clock for giving up on holes in the sequence (tests pass their own) */
    ChangeFeedPoller(ChangeFeed feed, PollScheduler scheduler, Executor fxThread, Duration period, Clock clock) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.period = Objects.requireNonNull(period, "period");
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /** Every batch, whatever changed: the board, calendar and map sort the rows out themselves. */
    public AutoCloseable subscribeAll(Consumer<List<Change>> listener) {
        everything.add(Objects.requireNonNull(listener, "listener"));
        return () -> everything.remove(listener);
    }

    /** Changes only on the FX thread. */
    public ReadOnlyObjectProperty<LiveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One poll: reads everything that became visible (a batch at a time) and hands it over. Runs off the FX thread. */
    void pollOnce() {
        try {
            if (cursor == null) {
                cursor = new ChangeFeedCursor(feed, feed.latestSeq(), clock, Duration.ofMillis(GAP_PATIENCE_MILLIS));
                fxThread.execute(() -> state.set(LiveState.LIVE));
                return;
            }
            List<Change> batch;
            do {
                batch = cursor.poll();
                if (!batch.isEmpty()) {
                    List<Change> delivered = batch;
                    fxThread.execute(() -> deliver(delivered));
                }
            } while (batch.size() == BATCH); // a short read has taken everything visible now
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
        List<Change> all = List.copyOf(batch);
        everything.forEach(listener -> listener.accept(all));
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

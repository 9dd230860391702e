package com.fieldwork.console.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the poll again and again. The console uses {@link #daemonThread()}; tests pass their own and
 * run the poll when they choose, so nothing in them waits on a clock.
 */
@FunctionalInterface
public interface PollScheduler {

    /** Runs {@code poll} every {@code period} until the returned handle is closed. */
    AutoCloseable every(Duration period, Runnable poll);

    /** One daemon thread per poller: it never keeps the JVM alive and never runs on the FX thread. */
    static PollScheduler daemonThread() {
        return (period, poll) -> {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "change-feed-poller");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(poll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
            return executor::shutdownNow;
        };
    }
}

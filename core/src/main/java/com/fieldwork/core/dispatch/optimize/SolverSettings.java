package com.fieldwork.core.dispatch.optimize;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How the solver runs. The search is deterministic for a fixed seed when it is bounded by
 * {@code maxIterations} (its cooling then follows the iteration count); bounded by time only, it cools by
 * the clock, so the same seed on a busier machine makes fewer iterations and may end elsewhere.
 *
 * @param maxIterations 0 for no bound other than time
 */
public record SolverSettings(long seed, Duration timeLimit, long maxIterations, BooleanSupplier cancelled,
                             SolverProgress progress) {

    public SolverSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations cannot be negative: " + maxIterations);
        }
    }

    public static SolverSettings of(long seed, Duration timeLimit) {
        return new SolverSettings(seed, timeLimit, 0, () -> false, SolverProgress.NONE);
    }

    public SolverSettings withIterations(long iterations) {
        return new SolverSettings(seed, timeLimit, iterations, cancelled, progress);
    }

    /** Called from the solver's thread now and then with the best solution so far; must return quickly. */
    @FunctionalInterface
    public interface SolverProgress {
        SolverProgress NONE = (fraction, best) -> { };

        void update(double elapsedFraction, RoutingSolution best);
    }
}

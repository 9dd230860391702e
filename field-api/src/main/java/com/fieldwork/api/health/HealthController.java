package com.fieldwork.api.health;

import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.db.Database;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /health}: 200 when the database answers a trivial query and its schema is up to date,
 * 503 otherwise, so a reverse proxy or a watchdog can take this instance out of service.
 */
public final class HealthController {

    /** A health check must answer quickly even when the database hangs (a dead server, a full pool). */
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final Database database;
    private final Clock clock;
    private final String version;
    /** At most two probes at once: when the database hangs, further checks fail fast instead of piling up threads. */
    private final ExecutorService probes = new ThreadPoolExecutor(0, 2, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "fieldwork-health-probe");
                thread.setDaemon(true);
                return thread;
            });

    public HealthController(Database database, Clock clock, String version) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.version = Objects.requireNonNull(version, "version");
    }

    public void install(ApiRoutes routes) {
        // public: it is outside /api/v1, which the bearer check guards
        routes.add(ApiRoute.get("/health")
                .operation("health", "Meta", "Whether this instance can serve: database reachable, schema up to date")
                .reply(200, "Up", HealthResponse.class)
                .reply(503, "Down: the database does not answer or migrations are pending", HealthResponse.class),
                this::health);
    }

    void health(Context ctx) {
        HealthResponse health = check();
        ctx.status(health.isUp() ? 200 : 503).json(health);
    }

    HealthResponse check() {
        String engine = database.engine().name();
        try {
            Future<HealthResponse> probe = probes.submit(() -> probe(engine));
            try {
                return probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                probe.cancel(true);
                return down(engine, "the database did not answer within " + TIMEOUT.toSeconds() + " s");
            }
        } catch (RejectedExecutionException e) {
            return down(engine, "the database has not answered the previous health checks yet");
        } catch (ExecutionException e) {
            return down(engine, describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(engine, "the health check was interrupted");
        }
    }

    private HealthResponse probe(String engine) {
        database.dsl().selectOne().queryTimeout(QUERY_TIMEOUT_SECONDS).fetch();
        String schemaVersion = database.schemaVersion().orElse("none");
        return database.isMigrated()
                ? HealthResponse.up(engine, schemaVersion, version, now())
                : HealthResponse.notMigrated(engine, schemaVersion, version, now());
    }

    private HealthResponse down(String engine, String error) {
        return HealthResponse.down(engine, version, now(), error);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The innermost message says what is wrong ("Connection refused"); the wrappers only repeat it. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "the database does not answer: " + message;
    }
}

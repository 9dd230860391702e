package com.fieldwork.console.map.internal;

import com.fieldwork.console.map.MapSettings;
import com.gluonhq.maps.tile.TileRetriever;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gluon Maps' tile hook (registered in {@code META-INF/services}): fetches tiles from the configured tile
 * server instead of the hard-wired public one. Gluon Maps creates it once through a ServiceLoader, so the
 * settings are static and set before the first map is built.
 *
 * <p>Offline must not hurt: requests time out after a few seconds on two daemon threads, and after a failure
 * the server is left alone for a while (tiles come back blank, markers are drawn anyway), so a map without a
 * network neither hangs nor floods the log.
 */
public final class ConfiguredTileRetriever implements TileRetriever {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredTileRetriever.class);
    private static final Duration BACK_OFF = Duration.ofSeconds(60);
    private static final String USER_AGENT = "Fieldwork-dispatch-console/0.1 (on-premise field service)";

    private static volatile MapSettings settings = MapSettings.defaults();
    private static volatile long offlineUntilNanos;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, daemons());
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(POOL)
            .connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Where tiles come from from now on; {@code none} stops fetching. */
    public static void configure(MapSettings newSettings) {
        settings = newSettings;
        offlineUntilNanos = 0;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        MapSettings now = settings;
        if (!now.drawsTiles() || System.nanoTime() < offlineUntilNanos) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(now.tile(zoom, x, y)))
                .timeout(Duration.ofSeconds(8)).header("User-Agent", USER_AGENT).GET().build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(ConfiguredTileRetriever::image)
                .exceptionally(failure -> {
                    offline(failure);
                    return null;
                });
    }

    private static Image image(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("tile server answered " + response.statusCode() + " for " + response.uri());
        }
        return new Image(new ByteArrayInputStream(response.body()));
    }

    private static void offline(Throwable failure) {
        boolean first = System.nanoTime() >= offlineUntilNanos;
        offlineUntilNanos = System.nanoTime() + BACK_OFF.toNanos();
        if (first) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            log.warn("Map tiles unavailable from {} ({}); showing markers on a blank map, retrying in {} s",
                    settings.tileUrl(), cause instanceof IOException ? cause.toString() : cause.getMessage(),
                    BACK_OFF.toSeconds());
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "map-tiles-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

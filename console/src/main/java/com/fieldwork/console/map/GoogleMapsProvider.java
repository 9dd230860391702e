package com.fieldwork.console.map;

import com.fieldwork.console.map.google.GoogleMapSurface;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Google Maps through GMapsFX, for an office with a Google Maps API key. GMapsFX is a WebView around Google's
 * JavaScript: it needs the key, the internet and JavaFX's web module. Without a key it explains itself
 * before anything is loaded; with one, the surface has {@link #startTimeout()} to load Google's script, or
 * the map switches to OpenStreetMap ({@link MapProviderChoice}).
 */
public final class GoogleMapsProvider implements MapProvider {

    public static final String ID = "google";
    /** Google's loader and maps script come in well under this on an office line; offline they never come. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(8);
    private static final String[] NEEDED_CLASSES = {"com.dlsc.gmapsfx.GoogleMapView", "javafx.scene.web.WebView"};

    private final BooleanSupplier installed;
    private final Duration startTimeout;

    public GoogleMapsProvider() {
        this(GoogleMapsProvider::webViewInstalled, START_TIMEOUT);
    }

    /** @param installed whether GMapsFX and javafx-web are on the class path (a trimmed build may leave them out) */
    GoogleMapsProvider(BooleanSupplier installed, Duration startTimeout) {
        this.installed = Objects.requireNonNull(installed, "installed");
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Google Maps";
    }

    @Override
    public Optional<String> unavailableReason(MapSettings settings) {
        if (settings.googleApiKey().isEmpty()) {
            return Optional.of("Google Maps needs an API key: set the environment variable "
                    + MapSettings.GOOGLE_KEY_ENV + " to the office's key.");
        }
        if (!installed.getAsBoolean()) {
            return Optional.of("Google Maps needs GMapsFX and JavaFX's web module, which this installation of the"
                    + " console does not include.");
        }
        return Optional.empty();
    }

    @Override
    public MapSurface createSurface(MapSettings settings) {
        return new GoogleMapSurface(settings.googleApiKey().orElseThrow(
                () -> new IllegalStateException(unavailableReason(settings).orElse("no Google Maps API key"))));
    }

    @Override
    public Optional<Duration> startTimeout() {
        return Optional.of(startTimeout);
    }

    /** Looked up without initialising anything: WebKit's native library is loaded only by a real map. */
    private static boolean webViewInstalled() {
        ClassLoader loader = GoogleMapsProvider.class.getClassLoader();
        for (String name : NEEDED_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
        return true;
    }
}

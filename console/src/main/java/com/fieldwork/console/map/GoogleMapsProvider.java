package com.fieldwork.console.map;

import java.util.Optional;

/**
 * Google Maps through GMapsFX, for an office with a Google Maps API key: the provider a configuration can
 * name today, and the place its surface goes. GMapsFX is a WebView around Google's JavaScript: it needs the
 * internet, the key, and JavaFX's web module. This build does not ship it (it brings javafx-web's native
 * WebKit of ~80 MB, a logback 1.2 backend and JAXB into the console, and a WebView cannot be tested on the
 * headless CI), so the provider explains itself and the map shows OpenStreetMap.
 */
public final class GoogleMapsProvider implements MapProvider {

    public static final String ID = "google";

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
            return Optional.of("Google Maps needs the office's API key in the environment variable "
                    + MapSettings.GOOGLE_KEY_ENV + ".");
        }
        return Optional.of("Google Maps (GMapsFX) is not included in this build of the console.");
    }

    @Override
    public MapSurface createSurface(MapSettings settings) {
        throw new UnsupportedOperationException(unavailableReason(settings).orElseThrow());
    }
}

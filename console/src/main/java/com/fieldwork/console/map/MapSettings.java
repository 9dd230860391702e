package com.fieldwork.console.map;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the map gets its background. Read from {@code fieldwork.properties} with environment overrides, like
 * every other setting; the Google key only from the environment, so it never lands in a file that is
 * copied around or committed.
 *
 * @param provider     {@code osm} (default) or {@code google}
 * @param tileUrl      an XYZ tile URL template with {z}, {x} and {y}; {@code none} draws no tiles at all
 *                     (markers on a blank background), e.g. for a site without any tile server
 * @param googleApiKey the office's Google Maps JavaScript API key, if it has one
 */
public record MapSettings(String provider, String tileUrl, Optional<String> googleApiKey) {

    public static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String NO_TILES = "none";
    public static final String PROVIDER_PROPERTY = "map.provider";
    public static final String PROVIDER_ENV = "FIELDWORK_MAP_PROVIDER";
    public static final String TILE_URL_PROPERTY = "map.tile-url";
    public static final String TILE_URL_ENV = "FIELDWORK_MAP_TILE_URL";
    public static final String GOOGLE_KEY_ENV = "FIELDWORK_GOOGLE_MAPS_KEY";

    public MapSettings {
        provider = provider == null || provider.isBlank() ? OpenStreetMapProvider.ID
                : provider.trim().toLowerCase(Locale.ROOT);
        tileUrl = tileUrl == null || tileUrl.isBlank() ? DEFAULT_TILE_URL : tileUrl.trim();
        Objects.requireNonNull(googleApiKey, "googleApiKey");
        googleApiKey = googleApiKey.map(String::trim).filter(k -> !k.isEmpty());
        if (!tileUrl.equals(NO_TILES)
                && !(tileUrl.contains("{z}") && tileUrl.contains("{x}") && tileUrl.contains("{y}"))) {
            throw new IllegalArgumentException("map.tile-url must contain {z}, {x} and {y} (or be 'none'), got "
                    + tileUrl);
        }
    }

    public static MapSettings defaults() {
        return new MapSettings(OpenStreetMapProvider.ID, DEFAULT_TILE_URL, Optional.empty());
    }

    /**
     * @param properties a lookup in {@code fieldwork.properties} (null when absent)
     * @param environment the process environment
     */
    public static MapSettings from(Function<String, String> properties, Map<String, String> environment) {
        String provider = Optional.ofNullable(environment.get(PROVIDER_ENV)).orElse(properties.apply(PROVIDER_PROPERTY));
        String tiles = Optional.ofNullable(environment.get(TILE_URL_ENV)).orElse(properties.apply(TILE_URL_PROPERTY));
        return new MapSettings(provider, tiles, Optional.ofNullable(environment.get(GOOGLE_KEY_ENV)));
    }

    public boolean drawsTiles() {
        return !tileUrl.equals(NO_TILES);
    }

    /** The URL of one tile. */
    public String tile(int zoom, long x, long y) {
        return tileUrl.replace("{z}", Integer.toString(zoom)).replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y));
    }
}

package com.fieldwork.console.map;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the map's background comes from. The office picks one in configuration ({@code map.provider});
 * {@link MapProviders#select} falls back to OpenStreetMap with the chosen provider's explanation when it
 * cannot run here, and {@link MapProviderChoice} when it does not start in time. A provider only draws: what
 * is on the map comes from {@link MapViewModel}.
 */
public interface MapProvider {

    /** The configuration value that selects it, e.g. {@code osm}. */
    String id();

    String displayName();

    /** Why it cannot be used with these settings on this machine, in a sentence; empty when it can. */
    Optional<String> unavailableReason(MapSettings settings);

    /** Builds the map surface; called on the FX thread, only when {@link #unavailableReason} is empty. */
    MapSurface createSurface(MapSettings settings);

    /**
     * How long its surface may take to report that it started ({@link MapSurface#whenStarted}) before the map
     * gives up on it; empty when the surface works as soon as it is built.
     */
    default Optional<Duration> startTimeout() {
        return Optional.empty();
    }
}

package com.fieldwork.console.map;

import java.util.Optional;

/**
 * Where the map's background comes from. The office picks one in configuration ({@code map.provider});
 * {@link MapProviders#select} falls back to OpenStreetMap with the chosen provider's explanation when it
 * cannot run here.
 */
public interface MapProvider {

    /** The configuration value that selects it, e.g. {@code osm}. */
    String id();

    String displayName();

    /** Why it cannot be used with these settings on this machine, in a sentence; empty when it can. */
    Optional<String> unavailableReason(MapSettings settings);

    /** Builds the map surface; called on the FX thread, only when {@link #unavailableReason} is empty. */
    MapSurface createSurface(MapSettings settings);
}

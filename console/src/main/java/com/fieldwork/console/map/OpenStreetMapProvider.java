package com.fieldwork.console.map;

import com.fieldwork.console.map.internal.ConfiguredTileRetriever;
import com.fieldwork.console.map.internal.GluonMapSurface;

import java.util.Optional;

/**
 * OpenStreetMap tiles through Gluon Maps from the configured tile server (the public one, or an office's
 * own). Always usable: without a network the tiles stay blank and the markers are still drawn.
 */
public final class OpenStreetMapProvider implements MapProvider {

    public static final String ID = "osm";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "OpenStreetMap";
    }

    @Override
    public Optional<String> unavailableReason(MapSettings settings) {
        return Optional.empty();
    }

    @Override
    public MapSurface createSurface(MapSettings settings) {
        ConfiguredTileRetriever.configure(settings);
        return new GluonMapSurface();
    }
}

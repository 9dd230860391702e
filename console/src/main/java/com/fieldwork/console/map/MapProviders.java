package com.fieldwork.console.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the map provider the settings ask for, or OpenStreetMap with a message saying why the one asked
 * for is not used (no key, library not installed, unknown name). The map always has a provider.
 */
public final class MapProviders {

    private final List<MapProvider> providers;
    private final MapProvider fallback;

    public MapProviders(List<MapProvider> providers, MapProvider fallback) {
        this.providers = List.copyOf(providers);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** OpenStreetMap (Gluon Maps) and Google Maps (GMapsFX, when given a key). */
    public static MapProviders standard() {
        OpenStreetMapProvider osm = new OpenStreetMapProvider();
        return new MapProviders(List.of(osm, new GoogleMapsProvider()), osm);
    }

    /** The provider that always works, used when the one asked for cannot. */
    public MapProvider fallback() {
        return fallback;
    }

    public Selection select(MapSettings settings) {
        Optional<MapProvider> asked = providers.stream().filter(p -> p.id().equals(settings.provider())).findFirst();
        if (asked.isEmpty()) {
            return new Selection(fallback, Optional.of("Unknown map provider '" + settings.provider()
                    + "' (map.provider): showing " + fallback.displayName() + "; choose one of "
                    + providers.stream().map(MapProvider::id).toList()));
        }
        Optional<String> reason = asked.get().unavailableReason(settings);
        if (reason.isPresent() && asked.get() != fallback) {
            return new Selection(fallback, Optional.of(reason.get() + " Showing " + fallback.displayName() + "."));
        }
        return new Selection(asked.get(), reason);
    }

    /** The provider to use and, when it is not the one configured or is degraded, why. */
    public record Selection(MapProvider provider, Optional<String> message) {
        public Selection {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(message, "message");
        }
    }
}

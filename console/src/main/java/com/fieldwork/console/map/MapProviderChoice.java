package com.fieldwork.console.map;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Which provider the map shows and what its banner says, from the configuration through the provider's
 * start: the configured one when it can run here, else OpenStreetMap with the reason
 * ({@link MapProviders#select}); and when the chosen one then fails to start, or does not report within its
 * timeout (Google's script never loads offline, and a wrong key may never answer), OpenStreetMap with what
 * went wrong. No screen involved: the view runs the timer and swaps the surfaces.
 */
public final class MapProviderChoice {

    private final MapProvider fallback;
    private MapProviders.Selection current;
    private boolean settled;

    public MapProviderChoice(MapProviders providers, MapSettings settings) {
        this.fallback = providers.fallback();
        this.current = providers.select(settings);
        this.settled = current.provider().startTimeout().isEmpty();
    }

    public MapProviders.Selection current() {
        return current;
    }

    /** How long to wait for the current provider to start; empty when there is nothing to wait for. */
    public Optional<Duration> startTimeout() {
        return settled ? Optional.empty() : current.provider().startTimeout();
    }

    /** The provider reported that it works: a late timer changes nothing. */
    public void started() {
        settled = true;
    }

    /**
     * The provider could not start, or stopped working (Google refuses a wrong key only after its script has
     * loaded): OpenStreetMap from now on, and the banner says why. Empty when OpenStreetMap is already shown.
     */
    public Optional<MapProviders.Selection> failed(String why) {
        Objects.requireNonNull(why, "why");
        if (current.provider() == fallback) {
            return Optional.empty();
        }
        settled = true;
        current = new MapProviders.Selection(fallback, Optional.of(current.provider().displayName()
                + " did not load: " + why + " Showing " + fallback.displayName() + "."));
        return Optional.of(current);
    }

    /** Nothing heard from the provider within {@link #startTimeout()}; empty when it has started meanwhile. */
    public Optional<MapProviders.Selection> startTimedOut() {
        if (settled) {
            return Optional.empty();
        }
        Duration timeout = current.provider().startTimeout().orElse(Duration.ZERO);
        return failed("no answer from " + current.provider().displayName() + " within "
                + timeout.toSeconds() + " seconds (no internet connection, or a wrong API key?).");
    }
}

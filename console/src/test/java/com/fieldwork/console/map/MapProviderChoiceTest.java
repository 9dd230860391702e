package com.fieldwork.console.map;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which map is shown and what the banner says, from the settings through Google's start, without a screen. */
class MapProviderChoiceTest {

    private static final MapSettings GOOGLE_WITH_KEY = MapSettings.from(key -> null,
            Map.of("FIELDWORK_MAP_PROVIDER", "google", "FIELDWORK_GOOGLE_MAPS_KEY", "AIza-test"));

    private final OpenStreetMapProvider osm = new OpenStreetMapProvider();
    private final MapProviders providers = new MapProviders(
            List.of(osm, new GoogleMapsProvider(() -> true, Duration.ofSeconds(8))), osm);

    @Test
    void openStreetMapHasNothingToWaitFor() {
        MapProviderChoice choice = new MapProviderChoice(providers, MapSettings.defaults());

        assertThat(choice.current().provider()).isSameAs(osm);
        assertThat(choice.current().message()).isEmpty();
        assertThat(choice.startTimeout()).isEmpty();
        assertThat(choice.startTimedOut()).isEmpty();
    }

    @Test
    void googleWithoutAKeyIsNeverTriedAndTheBannerSaysWhichVariableToSet() {
        MapProviderChoice choice = new MapProviderChoice(providers,
                MapSettings.from(key -> key.equals("map.provider") ? "google" : null, Map.of()));

        assertThat(choice.current().provider()).isSameAs(osm);
        assertThat(choice.current().message()).get().asString()
                .isEqualTo("Google Maps needs an API key: set the environment variable FIELDWORK_GOOGLE_MAPS_KEY"
                        + " to the office's key. Showing OpenStreetMap.");
        assertThat(choice.startTimeout()).isEmpty();
    }

    @Test
    void googleWithAKeyIsTriedAndWaitedForWithoutABanner() {
        MapProviderChoice choice = new MapProviderChoice(providers, GOOGLE_WITH_KEY);

        assertThat(choice.current().provider().id()).isEqualTo("google");
        assertThat(choice.current().message()).isEmpty();
        assertThat(choice.startTimeout()).contains(Duration.ofSeconds(8));
    }

    @Test
    void googleSilentPastTheTimeoutGivesWayToOpenStreetMapAndSaysSo() {
        MapProviderChoice choice = new MapProviderChoice(providers, GOOGLE_WITH_KEY);

        Optional<MapProviders.Selection> next = choice.startTimedOut();

        assertThat(next).get().extracting(MapProviders.Selection::provider).isSameAs(osm);
        assertThat(next.get().message()).get().asString()
                .isEqualTo("Google Maps did not load: no answer from Google Maps within 8 seconds"
                        + " (no internet connection, or a wrong API key?). Showing OpenStreetMap.");
        assertThat(choice.current()).isEqualTo(next.get());
        assertThat(choice.startTimeout()).isEmpty();
        assertThat(choice.startTimedOut()).as("only one switch").isEmpty();
    }

    @Test
    void googleFailingToLoadSwitchesAtOnceWithItsReason() {
        MapProviderChoice choice = new MapProviderChoice(providers, GOOGLE_WITH_KEY);

        Optional<MapProviders.Selection> next = choice.failed("Google's script could not be fetched (no internet connection?).");

        assertThat(next).get().extracting(MapProviders.Selection::provider).isSameAs(osm);
        assertThat(next.get().message()).get().asString().isEqualTo("Google Maps did not load: Google's script"
                + " could not be fetched (no internet connection?). Showing OpenStreetMap.");
        assertThat(choice.failed("again")).isEmpty();
    }

    @Test
    void aStartedGoogleMapIgnoresALateTimerButNotARefusedKey() {
        MapProviderChoice choice = new MapProviderChoice(providers, GOOGLE_WITH_KEY);
        choice.started();

        assertThat(choice.startTimeout()).isEmpty();
        assertThat(choice.startTimedOut()).isEmpty();
        assertThat(choice.current().provider().id()).isEqualTo("google");

        Optional<MapProviders.Selection> next = choice.failed("Google refused the API key.");
        assertThat(next).get().extracting(MapProviders.Selection::provider).isSameAs(osm);
    }
}

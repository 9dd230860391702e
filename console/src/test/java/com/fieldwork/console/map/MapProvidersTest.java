package com.fieldwork.console.map;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapProvidersTest {

    private final MapProviders providers = MapProviders.standard();

    @Test
    void openStreetMapByDefaultWithoutAnyMessage() {
        MapProviders.Selection selection = providers.select(MapSettings.from(key -> null, Map.of()));

        assertThat(selection.provider().id()).isEqualTo("osm");
        assertThat(selection.message()).isEmpty();
    }

    @Test
    void googleWithoutAKeyExplainsItselfAndOpenStreetMapIsUsed() {
        MapSettings settings = MapSettings.from(key -> key.equals("map.provider") ? "google" : null, Map.of());

        MapProviders.Selection selection = providers.select(settings);

        assertThat(selection.provider().id()).isEqualTo("osm");
        assertThat(selection.message()).get().asString()
                .contains("FIELDWORK_GOOGLE_MAPS_KEY").contains("Showing OpenStreetMap");
    }

    @Test
    void googleWithAKeyIsChosenAndGetsAFewSecondsToLoad() {
        MapSettings settings = MapSettings.from(key -> key.equals("map.provider") ? "google" : null,
                Map.of("FIELDWORK_GOOGLE_MAPS_KEY", " AIza-test "));

        MapProviders.Selection selection = providers.select(settings);

        assertThat(settings.googleApiKey()).contains("AIza-test");
        assertThat(selection.provider().id()).isEqualTo("google");
        assertThat(selection.message()).isEmpty();
        assertThat(selection.provider().startTimeout()).get()
                .satisfies(t -> assertThat(t).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(15)));
    }

    @Test
    void googleWithAKeyButNoGmapsfxInThisBuildStillFallsBackAndSaysWhy() {
        MapSettings settings = MapSettings.from(key -> null,
                Map.of("FIELDWORK_MAP_PROVIDER", "Google", "FIELDWORK_GOOGLE_MAPS_KEY", "AIza-test"));
        OpenStreetMapProvider osm = new OpenStreetMapProvider();
        MapProviders providers = new MapProviders(
                List.of(osm, new GoogleMapsProvider(() -> false, Duration.ofSeconds(8))), osm);

        MapProviders.Selection selection = providers.select(settings);

        assertThat(settings.googleApiKey()).contains("AIza-test");
        assertThat(selection.provider().id()).isEqualTo("osm");
        assertThat(selection.message()).get().asString().contains("GMapsFX");
    }

    @Test
    void anUnknownProviderNamesTheChoices() {
        MapProviders.Selection selection = providers.select(new MapSettings("bing", null, Optional.empty()));

        assertThat(selection.provider().id()).isEqualTo("osm");
        assertThat(selection.message()).get().asString().contains("'bing'").contains("osm").contains("google");
    }

    @Test
    void tileUrlComesFromSettingsEnvironmentFirstAndMustNameTheTile() {
        MapSettings own = MapSettings.from(key -> key.equals("map.tile-url") ? "https://tiles.example/{z}/{x}/{y}.png" : null,
                Map.of());
        assertThat(own.tile(12, 845, 1554)).isEqualTo("https://tiles.example/12/845/1554.png");
        MapSettings env = MapSettings.from(key -> "https://ignored/{z}/{x}/{y}", Map.of("FIELDWORK_MAP_TILE_URL", "none"));
        assertThat(env.drawsTiles()).isFalse();
        assertThatThrownBy(() -> new MapSettings("osm", "https://tiles.example/tile.png", Optional.empty()))
                .hasMessageContaining("{z}, {x} and {y}");
    }
}

package com.fieldwork.console.map.internal;

import com.fieldwork.console.map.MapSettings;
import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline the map must neither hang nor throw: a dead tile server gives blank tiles, quickly, then none are asked for. */
class ConfiguredTileRetrieverTest {

    @AfterEach
    void reset() {
        ConfiguredTileRetriever.configure(MapSettings.defaults());
    }

    @Test
    void gluonMapsFindsOurRetrieverThroughTheServiceFile() {
        TileRetriever loaded = TileRetrieverProvider.getInstance().load();

        assertThat(loaded).isInstanceOf(ConfiguredTileRetriever.class);
    }

    @Test
    void anUnreachableTileServerGivesBlankTilesAndIsThenLeftAlone() throws Exception {
        ConfiguredTileRetriever.configure(new MapSettings("osm", "http://127.0.0.1:9/{z}/{x}/{y}.png", Optional.empty()));
        TileRetriever retriever = new ConfiguredTileRetriever();

        long start = System.nanoTime();
        Image first = retriever.loadTile(10, 212, 387).get(15, TimeUnit.SECONDS);
        CompletableFuture<Image> second = retriever.loadTile(10, 213, 387);

        assertThat(first).isNull();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(12);
        assertThat(second).isDone(); // backing off: no second connection attempt
        assertThat(second.get()).isNull();
    }

    @Test
    void noneDrawsNoTilesWithoutTouchingTheNetwork() {
        ConfiguredTileRetriever.configure(new MapSettings("osm", MapSettings.NO_TILES, Optional.empty()));

        CompletableFuture<Image> tile = new ConfiguredTileRetriever().loadTile(3, 1, 2);

        assertThat(tile).isCompletedWithValue(null);
    }
}

package com.fieldwork.console.map.google;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.map.MapProviders;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.console.map.MapTestDay;
import com.fieldwork.console.map.MapView;
import com.fieldwork.console.map.MapViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real GMapsFX surface with a key but without Google (the CI has no internet): the WebView loads GMapsFX's
 * page, Google's script does not come, and the map switches to OpenStreetMap and says why.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleMapsOfflineTest {

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MapViewModel model = MapTestDay.model();
        MapSettings settings = MapSettings.from(key -> null, Map.of("FIELDWORK_MAP_PROVIDER", "google",
                "FIELDWORK_GOOGLE_MAPS_KEY", "AIza-not-a-real-key", "FIELDWORK_MAP_TILE_URL", MapSettings.NO_TILES));
        stage.setScene(new Scene(new MapView(model, settings, MapProviders.standard()), 900, 650));
        stage.show();
        model.load();
    }

    @Test
    void withAKeyButNoInternetTheMapFallsBackToOpenStreetMapAndSaysWhy(FxRobot robot) throws Exception {
        // offline, Google's script fails at once; a network that swallows the request runs into the timeout
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(".dispatch-map").tryQuery().filter(com.gluonhq.maps.MapView.class::isInstance).isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".web-view").tryQuery()).as("Google's WebView is gone").isEmpty();
        assertThat(robot.lookup("#map-provider-message").queryAs(Label.class).getText())
                .startsWith("Google Maps did not load: ").endsWith("Showing OpenStreetMap.");
        assertThat(robot.lookup("#job-pin-11").tryQuery()).isPresent();
        assertThat(robot.lookup("#technician-1").tryQuery()).isPresent();
    }
}

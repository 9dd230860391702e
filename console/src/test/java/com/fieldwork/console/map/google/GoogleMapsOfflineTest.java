package com.fieldwork.console.map.google;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.map.MapProviders;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.console.map.MapView;
import com.fieldwork.console.map.MapViewModel;
import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;
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

import java.time.Clock;
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
        FakeScheduleSource source = new FakeScheduleSource();
        source.technician(1, "Robert Diaz");
        source.visit(11, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.EMERGENCY, new GeoPoint(39.70, -104.95));
        source.ping(1, at(10, 25), new GeoPoint(39.74, -104.99));
        MapViewModel model = new MapViewModel(source, new SynchronousTaskExecutor(),
                Clock.fixed(at(10, 30), DispatchWorld.ZONE));
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

package com.fieldwork.console.map;

import atlantafx.base.theme.PrimerLight;
import javafx.scene.Node;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The map view builds offline (no tiles), draws the layers, and a pin click opens the job. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private MapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as the console runs
        MapViewModel model = MapTestDay.model();
        model.setOnOpenWorkOrder(opened::add);
        // offline as on the CI: no tile server at all, and Google asked for without a key
        view = new MapView(model, new MapSettings("google", MapSettings.NO_TILES, Optional.empty()),
                MapProviders.standard());
        stage.setScene(new Scene(view, 900, 650));
        stage.show();
        model.load();
    }

    @Test
    void offlineItDrawsPinsVanAndRouteAndExplainsTheProviderFallback(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#job-pin-11").tryQuery()).isPresent();
        assertThat(robot.lookup("#job-pin-12").tryQuery()).isPresent();
        assertThat(robot.lookup("#technician-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#map-provider-message").queryAs(Label.class).getText())
                .contains("FIELDWORK_GOOGLE_MAPS_KEY").endsWith("Showing OpenStreetMap.");
        assertThat(robot.lookup(".dispatch-map").<Node>query()).as("the OpenStreetMap surface")
                .isInstanceOf(com.gluonhq.maps.MapView.class);

        robot.interact(() -> view.model().selectTechnician(1));
        Polyline route = robot.lookup(".route-line").queryAs(Polyline.class);
        assertThat(route.getPoints()).hasSize(4);
    }

    @Test
    void clickingAPinOpensItsWorkOrder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node pin = robot.lookup("#job-pin-12").query();

        robot.clickOn(pin);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(1012L);
    }

    @Test
    void theJobListReachesEveryPinWithTheKeyboardAndEnterOpensTheJob(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> jobs = robot.lookup("#map-jobs").queryAs(javafx.scene.control.ListView.class);
        assertThat(jobs.getItems()).hasSize(2);
        robot.interact(jobs::requestFocus);

        robot.type(javafx.scene.input.KeyCode.DOWN);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).as("the second job of the day, by time").containsExactly(1012L);
    }
}

package com.fieldwork.console.map;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configured provider that does not start (as Google's offline, or with a key Google refuses) gives way to
 * OpenStreetMap with the same layers and a banner saying why. A stand-in provider plays Google here, so the
 * test needs neither the internet nor WebKit.
 */
@ExtendWith(ApplicationExtension.class)
class MapProviderFallbackViewTest {

    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private StandInProvider standIn;
    private MapView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        // long enough that no timer fires while a test looks at the loading provider, however slow the machine
        stage.setScene(new Scene(mapWaitingFor(Duration.ofMinutes(1)), 1200, 800)); // taller than a map assumes before its layout
        stage.show();
    }

    /** A map whose configured provider is the stand-in, given this long to start, on a loaded day. */
    private MapView mapWaitingFor(Duration startTimeout) {
        MapViewModel model = MapTestDay.model();
        model.setOnOpenWorkOrder(opened::add);
        OpenStreetMapProvider osm = new OpenStreetMapProvider();
        standIn = new StandInProvider(startTimeout);
        view = new MapView(model, new MapSettings(StandInProvider.ID, MapSettings.NO_TILES, Optional.empty()),
                new MapProviders(List.of(osm, standIn), osm));
        model.load();
        return view;
    }

    @Test
    void whileTheProviderLoadsItIsShownWithTheLayersAndNoBanner(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stand-in-map").tryQuery()).isPresent();
        assertThat(robot.lookup(".dispatch-map").tryQuery()).isEmpty();
        assertThat(robot.lookup("#map-provider-message").queryAs(Label.class).isVisible()).isFalse();
        assertThat(standIn.surface.jobs).extracting(ScheduledVisit::visitId).containsExactlyInAnyOrder(11L, 12L);
        assertThat(standIn.surface.technicians).hasSize(1);
    }

    @Test
    void noAnswerWithinTheTimeoutSwitchesToOpenStreetMapWithTheSameLayersAndSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> stage.getScene().setRoot(mapWaitingFor(Duration.ofSeconds(2))));
        assertThat(robot.lookup("#stand-in-map").tryQuery()).isPresent();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dispatch-map").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stand-in-map").tryQuery()).isEmpty();
        assertThat(standIn.surface.disposed).isTrue();
        Label banner = robot.lookup("#map-provider-message").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Stand-in maps did not load: no answer from Stand-in maps within"
                + " 2 seconds (no internet connection, or a wrong API key?). Showing OpenStreetMap.");
        assertThat(robot.lookup("#technician-1").tryQuery()).isPresent();
        com.gluonhq.maps.MapView osm = robot.lookup(".dispatch-map").queryAs(com.gluonhq.maps.MapView.class);
        MapFit fit = MapFit.of(MapTestDay.POINTS, osm.getWidth(), osm.getHeight());
        assertThat(osm.getZoom()).as("centred on the day as OpenStreetMap is from the start").isEqualTo(fit.zoom());

        robot.interact(() -> view.model().selectTechnician(1));
        robot.clickOn(robot.lookup("#job-pin-12").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(1012L);
    }

    @Test
    void aProviderThatReportsAFailureIsReplacedAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> standIn.surface.failed.accept("Google refused the API key."));

        assertThat(robot.lookup(".dispatch-map").tryQuery()).isPresent();
        assertThat(robot.lookup("#map-provider-message").queryAs(Label.class).getText())
                .isEqualTo("Stand-in maps did not load: Google refused the API key. Showing OpenStreetMap.");
        assertThat(robot.lookup("#job-pin-11").tryQuery()).isPresent();
    }

    /** Plays a provider that loads slowly: it never reports unless the test makes it fail. */
    private static final class StandInProvider implements MapProvider {

        static final String ID = "stand-in";
        private final Duration startTimeout;
        StandInSurface surface;

        StandInProvider(Duration startTimeout) {
            this.startTimeout = startTimeout;
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String displayName() {
            return "Stand-in maps";
        }

        @Override
        public Optional<String> unavailableReason(MapSettings settings) {
            return Optional.empty();
        }

        @Override
        public MapSurface createSurface(MapSettings settings) {
            surface = new StandInSurface();
            return surface;
        }

        @Override
        public Optional<Duration> startTimeout() {
            return Optional.of(startTimeout);
        }
    }

    private static final class StandInSurface implements MapSurface {

        private final Pane pane = new Pane();
        final List<ScheduledVisit> jobs = new ArrayList<>();
        final List<TechnicianMarker> technicians = new ArrayList<>();
        Consumer<String> failed = why -> { };
        boolean disposed;

        StandInSurface() {
            pane.setId("stand-in-map");
        }

        @Override
        public Node node() {
            return pane;
        }

        @Override
        public void setZone(ZoneId zone) {
        }

        @Override
        public void showTechnicians(List<TechnicianMarker> shown) {
            technicians.clear();
            technicians.addAll(shown);
        }

        @Override
        public void showJobs(List<ScheduledVisit> shown) {
            jobs.clear();
            jobs.addAll(shown);
        }

        @Override
        public void showRoute(List<ScheduledVisit> stops) {
        }

        @Override
        public void centre(GeoPoint point, int zoom) {
        }

        @Override
        public void setOnJobClicked(Consumer<ScheduledVisit> handler) {
        }

        @Override
        public void setOnTechnicianClicked(LongConsumer technicianId) {
        }

        @Override
        public void whenStarted(Runnable ready, Consumer<String> failed) {
            this.failed = failed;
        }

        @Override
        public void dispose() {
            disposed = true;
        }
    }
}

package com.fieldwork.console.map.google;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.map.MapTestDay;
import com.fieldwork.console.map.TechnicianMarker;
import com.fieldwork.console.schedule.ScheduleStyles;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.dispatch.DispatchWorld;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GMapsFX surface in a real WebView, with a stand-in for Google's script (the tests have no internet):
 * it starts when the script calls back, draws the layers the view model gives it with the stylesheet's
 * colours, a click on a pin comes back as the job, and a refused key is reported.
 */
@ExtendWith(ApplicationExtension.class)
class GoogleMapSurfaceTest {

    private final List<ScheduledVisit> clicked = new CopyOnWriteArrayList<>();
    private final List<Long> technicianClicks = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean ready = new AtomicBoolean();
    private GoogleMapSurface surface;
    private List<ScheduledVisit> jobs;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        jobs = List.copyOf(MapTestDay.source().visits.values());
        String script = Objects.requireNonNull(getClass().getResource("fake-google-maps.js")).toExternalForm();
        surface = new GoogleMapSurface("AIza-test key", script);
        surface.setZone(DispatchWorld.ZONE);
        surface.setOnJobClicked(clicked::add);
        surface.setOnTechnicianClicked(technicianClicks::add);
        surface.whenStarted(() -> ready.set(true), failures::add);
        // layers arrive before Google's script has loaded, as they do from the view model
        surface.showJobs(jobs);
        surface.showTechnicians(List.of(new TechnicianMarker(1, "Robert Diaz", new GeoPoint(39.74, -104.99),
                at(10, 25), true)));
        surface.showRoute(jobs);
        StackPane root = new StackPane(surface.node());
        ScheduleStyles.apply(root);
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }

    private Object js(FxRobot robot, String script) {
        Object[] result = new Object[1];
        robot.interact(() -> result[0] = robot.lookup(".web-view").queryAs(WebView.class).getEngine().executeScript(script));
        return result[0];
    }

    @Test
    void startsWhenTheScriptCallsBackAndDrawsTheLayersItWasGivenBefore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, ready::get);

        assertThat(failures).isEmpty();
        assertThat((String) js(robot, "fake.src")).contains("callback=fieldworkMapsLoaded").contains("key=AIza-test%20key");
        assertThat(js(robot, "fake.markers.length")).isEqualTo(5); // 2 jobs, 1 van, 2 route stops
        assertThat(js(robot, "fake.lines.length + ':' + fake.lines[0].options.path.length")).isEqualTo("1:2");
        String emergency = (String) js(robot, "fake.markers.filter(function(m) { return m.options.title.indexOf('"
                + jobs.get(0).number() + "') === 0; })[0].icon.url");
        assertThat(emergency).startsWith("data:image/svg+xml").contains("%23d7263d"); // the stylesheet's red ring
        String planned = (String) js(robot, "fake.markers.filter(function(m) { return m.options.title.indexOf('"
                + jobs.get(1).number() + "') === 0; })[0].icon.url");
        assertThat(planned).contains("%232f6fdb").contains("stroke%3D%27%23ffffff%27"); // planned: blue, white ring
        assertThat((String) js(robot, "fake.markers.map(function(m) { return m.options.title; }).join('|')"))
                .contains("Robert Diaz\nlast seen 10:25 (phone silent)").contains("Stop 1").contains("Stop 2");
    }

    @Test
    void clickingAPinGivesTheJobAndAVanItsTechnician(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, ready::get);

        js(robot, "fake.click('" + jobs.get(1).number() + "')");
        js(robot, "fake.click('Robert Diaz')");

        assertThat(clicked).containsExactly(jobs.get(1));
        assertThat(technicianClicks).containsExactly(1L);
    }

    @Test
    void redrawingReplacesALayerAndAKeyGoogleRefusesIsReported(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, ready::get);

        robot.interact(() -> surface.showRoute(List.of()));
        assertThat(js(robot, "fake.markers.length + ':' + fake.lines.length")).isEqualTo("3:0");

        js(robot, "gm_authFailure()");
        assertThat(failures).singleElement().asString().startsWith("Google refused the API key")
                .contains("FIELDWORK_GOOGLE_MAPS_KEY");
    }
}

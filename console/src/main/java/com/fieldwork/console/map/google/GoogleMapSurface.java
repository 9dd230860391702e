package com.fieldwork.console.map.google;

import com.dlsc.gmapsfx.GoogleMapView;
import com.dlsc.gmapsfx.javascript.object.GoogleMap;
import com.dlsc.gmapsfx.javascript.object.LatLong;
import com.dlsc.gmapsfx.javascript.object.MapOptions;
import com.dlsc.gmapsfx.javascript.object.MapTypeIdEnum;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.console.map.MapSurface;
import com.fieldwork.console.map.TechnicianMarker;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import netscape.javascript.JSObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The Google Maps surface: GMapsFX's WebView around Google's JavaScript. It starts when Google's script has
 * loaded (GMapsFX's "map initialized"); it fails when the page cannot fetch Google's loader (offline) or
 * Google refuses the key ({@code gm_authFailure}). When Google never answers at all, the map view's timer
 * decides. Layers shown before the start are kept and drawn once the map exists.
 */
public final class GoogleMapSurface implements MapSurface {

    private static final Logger log = LoggerFactory.getLogger(GoogleMapSurface.class);
    private static final GeoPoint FIRST_CENTRE = new GeoPoint(39.74, -104.99);

    private final StackPane root = new StackPane();
    private final StylesheetSwatch swatch = new StylesheetSwatch();
    private final GoogleMapView view;
    private final WebEngine engine;
    /** Held here: WebKit keeps only a weak reference to objects handed to JavaScript. */
    private final PageCallbacks callbacks = new PageCallbacks();
    private GoogleLayers layers;
    private List<TechnicianMarker> technicians = List.of();
    private List<ScheduledVisit> jobs = List.of();
    private List<ScheduledVisit> route = List.of();
    private GeoPoint centre = FIRST_CENTRE;
    private int zoom = 11;
    private ZoneId zone = ZoneId.systemDefault();
    private Consumer<ScheduledVisit> onJobClicked = job -> { };
    private LongConsumer onTechnicianClicked = id -> { };
    private Runnable onReady = () -> { };
    private Consumer<String> onFailed = why -> { };
    private boolean ready;
    private String failure;

    /** Call on the FX thread. */
    public GoogleMapSurface(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        view = new GoogleMapView(Locale.getDefault().getLanguage(), apiKey);
        view.getStyleClass().add("dispatch-map");
        engine = view.getWebview().getEngine();
        view.addMapInitializedListener(this::scriptLoaded);
        engine.getLoadWorker().stateProperty().addListener((obs, was, now) -> pageState(now));
        engine.setOnError(e -> log.warn("Google Maps page: {}", e.getMessage()));
        root.getChildren().addAll(swatch.node(), view);
        pageState(engine.getLoadWorker().getState());
    }

    private void pageState(Worker.State state) {
        if (state == Worker.State.FAILED) {
            Throwable cause = engine.getLoadWorker().getException();
            fail("the map page did not load (" + (cause == null ? "unknown error" : cause.getMessage()) + ").");
        } else if (state == Worker.State.SUCCEEDED) {
            // GMapsFX has just asked Google's loader for the maps script; offline there is no loader at all
            if ("undefined".equals(engine.executeScript("typeof google"))) {
                fail("Google's script could not be fetched (no internet connection?).");
                return;
            }
            JSObject window = (JSObject) engine.executeScript("window");
            window.setMember("fieldworkMap", callbacks);
            engine.executeScript("window.gm_authFailure = function() { fieldworkMap.keyRefused(); };");
        }
    }

    private void scriptLoaded() {
        if (failure != null) {
            return;
        }
        GoogleMap map = view.createMap(new MapOptions()
                .center(new LatLong(centre.lat(), centre.lon())).zoom(zoom).mapType(MapTypeIdEnum.ROADMAP)
                .streetViewControl(false).mapTypeControl(false).fullscreenControl(false).clickableIcons(false));
        layers = new GoogleLayers(map, engine, swatch);
        engine.executeScript(GoogleLayers.PAGE_HELPERS);
        redraw();
        ready = true;
        onReady.run();
    }

    private void fail(String why) {
        if (failure != null) {
            return;
        }
        failure = why;
        log.warn("Google Maps unavailable: {}", why);
        onFailed.accept(why);
    }

    private void redraw() {
        if (layers == null) {
            return;
        }
        layers.route(route);
        layers.jobs(jobs, zone);
        layers.technicians(technicians, zone);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setZone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void showTechnicians(List<TechnicianMarker> technicians) {
        this.technicians = List.copyOf(technicians);
        if (layers != null) {
            layers.technicians(this.technicians, zone);
        }
    }

    @Override
    public void showJobs(List<ScheduledVisit> jobs) {
        this.jobs = List.copyOf(jobs);
        if (layers != null) {
            layers.jobs(this.jobs, zone);
        }
    }

    @Override
    public void showRoute(List<ScheduledVisit> stops) {
        this.route = List.copyOf(stops);
        if (layers != null) {
            layers.route(this.route);
        }
    }

    @Override
    public void centre(GeoPoint point, int zoom) {
        this.centre = point;
        this.zoom = zoom;
        if (layers != null) {
            view.setZoom(zoom);
            view.setCenter(point.lat(), point.lon());
        }
    }

    @Override
    public void setOnJobClicked(Consumer<ScheduledVisit> handler) {
        onJobClicked = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void setOnTechnicianClicked(LongConsumer handler) {
        onTechnicianClicked = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void whenStarted(Runnable ready, Consumer<String> failed) {
        onReady = Objects.requireNonNull(ready, "ready");
        onFailed = Objects.requireNonNull(failed, "failed");
        if (failure != null) {
            failed.accept(failure);
        } else if (this.ready) {
            ready.run();
        }
    }

    @Override
    public void dispose() {
        failure = failure == null ? "closed" : failure;
        engine.load("about:blank");
    }

    /** What the page's JavaScript calls back (public: WebKit reaches it by reflection). */
    public final class PageCallbacks {

        public void keyRefused() {
            fail("Google refused the API key in the environment variable " + MapSettings.GOOGLE_KEY_ENV
                    + " (wrong key, or the Maps JavaScript API is not enabled for it).");
        }

        public void jobClicked(String visitId) {
            layers.job(Long.parseLong(visitId)).ifPresent(onJobClicked);
        }

        public void technicianClicked(String technicianId) {
            onTechnicianClicked.accept(Long.parseLong(technicianId));
        }
    }
}

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
 * The Google Maps surface: GMapsFX's WebView around Google's JavaScript. GMapsFX shows our own page (its
 * default page fetches Google's old {@code jsapi} loader and throws into the FX thread when that is missing);
 * once the page is there, Google's Maps script is added with the key, and the surface starts when the script
 * calls back. It fails when the script cannot be fetched (offline) or Google refuses the key
 * ({@code gm_authFailure}); when Google never answers at all, the map view's timer decides. Layers shown
 * before the start are kept and drawn once the map exists.
 */
public final class GoogleMapSurface implements MapSurface {

    private static final Logger log = LoggerFactory.getLogger(GoogleMapSurface.class);
    /** Only until the view centres the map on the day's points, which it does as soon as there are any. */
    private static final GeoPoint FIRST_CENTRE = new GeoPoint(39.74, -104.99);
    private static final String GOOGLE_SCRIPT = "https://maps.googleapis.com/maps/api/js";
    private static final String PAGE = "/com/fieldwork/console/map/google/google-map.html";
    private static final String LOAD_GOOGLE = """
            (function() {
              window.fieldworkMapsLoaded = function() { fieldworkMap.scriptLoaded(); };
              window.gm_authFailure = function() { fieldworkMap.keyRefused(); };
              var script = document.createElement('script');
              script.src = fieldworkMapScript + '?callback=fieldworkMapsLoaded'
                  + '&key=' + encodeURIComponent(fieldworkMapKey) + '&language=' + encodeURIComponent(fieldworkMapLanguage);
              script.async = true;
              script.onerror = function() { fieldworkMap.scriptFailed(); };
              document.head.appendChild(script);
            })();""";

    private final StackPane root = new StackPane();
    private final StylesheetSwatch swatch = new StylesheetSwatch();
    private final GoogleMapView view;
    private final WebEngine engine;
    /** Held here: WebKit keeps only a weak reference to objects handed to JavaScript. */
    private final PageCallbacks callbacks = new PageCallbacks();
    private final String apiKey;
    private final String scriptUrl;
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
    private boolean pageShown;
    private boolean ready;
    private String failure;

    /** Call on the FX thread. */
    public GoogleMapSurface(String apiKey) {
        this(apiKey, GOOGLE_SCRIPT);
    }

    /** @param scriptUrl where Google's Maps script comes from (a stand-in in tests, which have no internet) */
    GoogleMapSurface(String apiKey, String scriptUrl) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.scriptUrl = Objects.requireNonNull(scriptUrl, "scriptUrl");
        // with a page of its own GMapsFX reports "initialized" as soon as the page has loaded
        view = new GoogleMapView(PAGE, null, null, false);
        view.getStyleClass().add("dispatch-map");
        engine = view.getWebview().getEngine();
        view.addMapInitializedListener(this::pageLoaded);
        engine.getLoadWorker().stateProperty().addListener((obs, was, now) -> {
            if (now == Worker.State.FAILED) {
                Throwable cause = engine.getLoadWorker().getException();
                fail("the map page did not load (" + (cause == null ? "unknown error" : cause.getMessage()) + ").");
            }
        });
        engine.setOnError(e -> log.warn("Google Maps page: {}", e.getMessage()));
        root.getChildren().addAll(swatch.node(), view);
    }

    /** Our page is there: ask Google for its script. The key is handed over as a value, never pasted into code. */
    private void pageLoaded() {
        if (pageShown || failure != null) {
            return;
        }
        pageShown = true;
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("fieldworkMap", callbacks);
        window.setMember("fieldworkMapKey", apiKey);
        window.setMember("fieldworkMapScript", scriptUrl);
        window.setMember("fieldworkMapLanguage", Locale.getDefault().toLanguageTag());
        engine.executeScript(LOAD_GOOGLE);
    }

    private void scriptLoaded() {
        if (failure != null || layers != null) {
            return;
        }
        try {
            GoogleMap map = view.createMap(new MapOptions()
                    .center(new LatLong(centre.lat(), centre.lon())).zoom(zoom).mapType(MapTypeIdEnum.ROADMAP)
                    .streetViewControl(false).mapTypeControl(false).fullscreenControl(false).clickableIcons(false));
            layers = new GoogleLayers(map, engine, swatch);
            redraw();
        } catch (RuntimeException e) { // a script that loaded but is not the Maps API we expect
            log.warn("Google Maps could not draw the map", e);
            fail("Google's map could not be drawn (" + e.getMessage() + ").");
            return;
        }
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
        // stops Google's timers and requests; the empty page has a head for GMapsFX's font listener
        engine.loadContent("<html><head></head><body></body></html>");
    }

    /** What the page's JavaScript calls back (public: WebKit reaches it by reflection). */
    public final class PageCallbacks {

        public void scriptLoaded() {
            GoogleMapSurface.this.scriptLoaded();
        }

        public void scriptFailed() {
            fail("Google's script could not be fetched (no internet connection?).");
        }

        public void keyRefused() {
            fail("Google refused the API key in the environment variable " + MapSettings.GOOGLE_KEY_ENV
                    + " (wrong key, or the Maps JavaScript API is not enabled for it).");
        }

        public void clicked(String kind, String id) {
            if (GoogleLayers.JOB.equals(kind)) {
                layers.job(Long.parseLong(id)).ifPresent(onJobClicked);
            } else if (GoogleLayers.TECHNICIAN.equals(kind)) {
                onTechnicianClicked.accept(Long.parseLong(id));
            }
        }
    }
}

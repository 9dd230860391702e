package com.fieldwork.console.map.google;

import com.dlsc.gmapsfx.javascript.object.GoogleMap;
import com.fieldwork.console.map.JobMarkerStyle;
import com.fieldwork.console.map.MarkerText;
import com.fieldwork.console.map.TechnicianMarker;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.web.WebEngine;
import netscape.javascript.JSObject;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws the map's three layers on a Google map, as OpenStreetMap's layers do: the route (a line and numbered
 * stops) under the job pins under the van badges. Each show replaces that layer.
 *
 * <p>The markers are made by a few lines of JavaScript in the page rather than GMapsFX's Marker objects: each
 * GMapsFX object is a global JavaScript variable plus an entry in a static registry that is never emptied, and
 * the layers are redrawn on every change the phones send all day. Values go over as arguments, never pasted
 * into code.
 */
final class GoogleLayers {

    /** Put into the page once the map exists. */
    static final String PAGE_HELPERS = """
            window.fieldworkLayers = { route: [], jobs: [], technicians: [] };
            window.fieldworkClear = function(layer) {
              fieldworkLayers[layer].forEach(function(shape) {
                google.maps.event.clearInstanceListeners(shape);
                shape.setMap(null);
              });
              fieldworkLayers[layer] = [];
            };
            window.fieldworkPin = function(map, layer, lat, lng, title, url, ax, ay, z, kind, id) {
              var marker = new google.maps.Marker({ map: map, position: new google.maps.LatLng(lat, lng), title: title,
                  icon: { url: url, anchor: new google.maps.Point(ax, ay) }, zIndex: z });
              if (kind) {
                google.maps.event.addListener(marker, 'click', function() { fieldworkMap.clicked(kind, id); });
              }
              fieldworkLayers[layer].push(marker);
            };
            window.fieldworkLine = function(map, layer, points, colour, weight, opacity) {
              var numbers = points.split(','), path = [];
              for (var i = 0; i < numbers.length; i += 2) {
                path.push(new google.maps.LatLng(parseFloat(numbers[i]), parseFloat(numbers[i + 1])));
              }
              fieldworkLayers[layer].push(new google.maps.Polyline({ map: map, path: path, strokeColor: colour,
                  strokeWeight: weight, strokeOpacity: opacity, clickable: false, zIndex: 1 }));
            };""";
    static final String JOB = "job";
    static final String TECHNICIAN = "technician";
    private static final int ROUTE_Z = 1;
    private static final int JOB_Z = 100;
    private static final int TECHNICIAN_Z = 100_000;

    private final JSObject map;
    private final JSObject window;
    private final StylesheetSwatch swatch;
    private final Map<Long, ScheduledVisit> jobsById = new HashMap<>();

    GoogleLayers(GoogleMap map, WebEngine engine, StylesheetSwatch swatch) {
        this.map = map.getJSObject();
        this.swatch = swatch;
        engine.executeScript(PAGE_HELPERS);
        this.window = (JSObject) engine.executeScript("window");
    }

    void jobs(List<ScheduledVisit> jobs, ZoneId zone) {
        window.call("fieldworkClear", "jobs");
        jobsById.clear();
        int z = JOB_Z;
        for (ScheduledVisit job : JobMarkerStyle.drawingOrder(jobs)) {
            jobsById.put(job.visitId(), job);
            StylesheetSwatch.Look look = swatch.look(new Circle(), List.of(), JobMarkerStyle.styleClasses(job));
            pin("jobs", job.location(), MarkerText.job(job, zone), MarkerIcons.circle(JobMarkerStyle.radius(job), look),
                    z++, JOB, job.visitId());
        }
    }

    Optional<ScheduledVisit> job(long visitId) {
        return Optional.ofNullable(jobsById.get(visitId));
    }

    void technicians(List<TechnicianMarker> technicians, ZoneId zone) {
        window.call("fieldworkClear", "technicians");
        int z = TECHNICIAN_Z;
        for (TechnicianMarker tech : technicians) {
            List<String> badge = tech.stale() ? List.of("technician-badge", "stale") : List.of("technician-badge");
            StylesheetSwatch.Look look = swatch.look(new Rectangle(), badge, List.of("technician-badge-box"));
            pin("technicians", tech.position(), MarkerText.technician(tech, zone),
                    MarkerIcons.badge(tech.initials(), 24, false, look), z++, TECHNICIAN, tech.technicianId());
        }
    }

    void route(List<ScheduledVisit> stops) {
        window.call("fieldworkClear", "route");
        if (stops.isEmpty()) {
            return;
        }
        StylesheetSwatch.Look look = swatch.look(new Polyline(), List.of(), List.of("route-line"));
        String points = stops.stream().map(s -> String.format(Locale.ROOT, "%.6f,%.6f", s.location().lat(),
                s.location().lon())).collect(Collectors.joining(","));
        window.call("fieldworkLine", map, "route", points, look.stroke(), look.strokeWidth(), look.opacity());
        StylesheetSwatch.Look stop = new StylesheetSwatch.Look(look.stroke(), "none", 0, 1);
        for (int i = 0; i < stops.size(); i++) {
            pin("route", stops.get(i).location(), "Stop " + (i + 1),
                    MarkerIcons.badge(Integer.toString(i + 1), 18, true, stop).besidePoint(), ROUTE_Z, null, 0);
        }
    }

    private void pin(String layer, GeoPoint at, String title, MarkerIcons.Icon icon, int z, String kind, long id) {
        window.call("fieldworkPin", map, layer, at.lat(), at.lon(), title, icon.url(), icon.anchorX(), icon.anchorY(),
                z, kind, Long.toString(id));
    }
}

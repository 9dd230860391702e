package com.fieldwork.console.map.google;

import com.dlsc.gmapsfx.javascript.object.GoogleMap;
import com.dlsc.gmapsfx.javascript.object.LatLong;
import com.dlsc.gmapsfx.javascript.object.MVCArray;
import com.dlsc.gmapsfx.javascript.object.Marker;
import com.dlsc.gmapsfx.javascript.object.MarkerOptions;
import com.dlsc.gmapsfx.shapes.Polyline;
import com.dlsc.gmapsfx.shapes.PolylineOptions;
import com.fieldwork.console.map.JobMarkerStyle;
import com.fieldwork.console.map.MarkerText;
import com.fieldwork.console.map.TechnicianMarker;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.web.WebEngine;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the map's three layers on a Google map, as OpenStreetMap's layers do: the route (a line and numbered
 * stops) under the job pins under the van badges. Each show replaces that layer.
 */
final class GoogleLayers {

    /** Put into the page once: a centred SVG icon, a stacking order and a click that calls back into Java. */
    static final String PAGE_HELPERS = """
            window.fieldworkPin = function(marker, url, ax, ay, z, onClick) {
              marker.setIcon({url: url, anchor: new google.maps.Point(ax, ay)});
              marker.setZIndex(z);
              if (onClick) { google.maps.event.addListener(marker, 'click', onClick); }
            };""";
    private static final int ROUTE_Z = 1;
    private static final int JOB_Z = 100;
    private static final int TECHNICIAN_Z = 100_000;

    private final GoogleMap map;
    private final WebEngine engine;
    private final StylesheetSwatch swatch;
    private final List<Marker> jobPins = new ArrayList<>();
    private final List<Marker> technicianBadges = new ArrayList<>();
    private final List<Marker> routeStops = new ArrayList<>();
    private final Map<Long, ScheduledVisit> jobsById = new HashMap<>();
    private Polyline routeLine;

    GoogleLayers(GoogleMap map, WebEngine engine, StylesheetSwatch swatch) {
        this.map = map;
        this.engine = engine;
        this.swatch = swatch;
    }

    void jobs(List<ScheduledVisit> jobs, ZoneId zone) {
        clear(jobPins);
        jobsById.clear();
        int z = JOB_Z;
        for (ScheduledVisit job : JobMarkerStyle.drawingOrder(jobs)) {
            jobsById.put(job.visitId(), job);
            StylesheetSwatch.Look look = swatch.look(new Circle(), List.of(), JobMarkerStyle.styleClasses(job));
            jobPins.add(pin(job.location(), MarkerText.job(job, zone),
                    MarkerIcons.circle(JobMarkerStyle.radius(job), look), z++,
                    "fieldworkMap.jobClicked('" + job.visitId() + "')"));
        }
    }

    Optional<ScheduledVisit> job(long visitId) {
        return Optional.ofNullable(jobsById.get(visitId));
    }

    void technicians(List<TechnicianMarker> technicians, ZoneId zone) {
        clear(technicianBadges);
        int z = TECHNICIAN_Z;
        for (TechnicianMarker tech : technicians) {
            List<String> badge = tech.stale() ? List.of("technician-badge", "stale") : List.of("technician-badge");
            StylesheetSwatch.Look look = swatch.look(new Rectangle(), badge, List.of("technician-badge-box"));
            technicianBadges.add(pin(tech.position(), MarkerText.technician(tech, zone),
                    MarkerIcons.badge(tech.initials(), 24, false, look), z++,
                    "fieldworkMap.technicianClicked('" + tech.technicianId() + "')"));
        }
    }

    void route(List<ScheduledVisit> stops) {
        clear(routeStops);
        if (routeLine != null) {
            map.removeMapShape(routeLine);
            routeLine = null;
        }
        if (stops.isEmpty()) {
            return;
        }
        StylesheetSwatch.Look look = swatch.look(new javafx.scene.shape.Polyline(), List.of(), List.of("route-line"));
        MVCArray path = new MVCArray(stops.stream().map(s -> latLong(s.location())).toArray());
        routeLine = new Polyline(new PolylineOptions().path(path).strokeColor(look.stroke())
                .strokeWeight(look.strokeWidth()).strokeOpacity(look.opacity()).clickable(false).zIndex(ROUTE_Z));
        map.addMapShape(routeLine);
        StylesheetSwatch.Look stop = new StylesheetSwatch.Look(look.stroke(), "none", 0, 1);
        for (int i = 0; i < stops.size(); i++) {
            routeStops.add(pin(stops.get(i).location(), "Stop " + (i + 1),
                    MarkerIcons.badge(Integer.toString(i + 1), 18, true, stop).besidePoint(), ROUTE_Z, null));
        }
    }

    private Marker pin(GeoPoint at, String title, MarkerIcons.Icon icon, int z, String onClick) {
        Marker marker = new Marker(new MarkerOptions().position(latLong(at)).title(title));
        map.addMarker(marker);
        engine.executeScript(String.format(Locale.ROOT, "fieldworkPin(%s, '%s', %.1f, %.1f, %d, %s);",
                marker.getVariableName(), icon.url(), icon.anchorX(), icon.anchorY(), z,
                onClick == null ? "null" : "function() { " + onClick + "; }"));
        return marker;
    }

    private void clear(List<Marker> markers) {
        markers.forEach(map::removeMarker);
        markers.clear();
    }

    private static LatLong latLong(GeoPoint point) {
        return new LatLong(point.lat(), point.lon());
    }
}

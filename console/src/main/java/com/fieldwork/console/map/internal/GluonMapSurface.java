package com.fieldwork.console.map.internal;

import com.fieldwork.console.map.MapSurface;
import com.fieldwork.console.map.TechnicianMarker;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.scene.Node;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The OpenStreetMap surface: Gluon's MapView with the route under the jobs under the technicians. */
public final class GluonMapSurface implements MapSurface {

    private final MapView map = new MapView();
    private final RouteLayer route = new RouteLayer();
    private final JobLayer jobs = new JobLayer();
    private final TechnicianLayer technicians = new TechnicianLayer();

    public GluonMapSurface() {
        map.getStyleClass().add("dispatch-map");
        map.addLayer(route);
        map.addLayer(jobs);
        map.addLayer(technicians);
    }

    @Override
    public void setZone(ZoneId zone) {
        jobs.setZone(zone);
        technicians.setZone(zone);
    }

    @Override
    public Node node() {
        return map;
    }

    @Override
    public void showTechnicians(List<TechnicianMarker> markers) {
        technicians.show(markers);
    }

    @Override
    public void showJobs(List<ScheduledVisit> visits) {
        jobs.show(visits);
    }

    @Override
    public void showRoute(List<ScheduledVisit> stops) {
        route.show(stops);
    }

    @Override
    public void centre(GeoPoint point, int zoom) {
        map.setZoom(zoom);
        map.setCenter(new MapPoint(point.lat(), point.lon()));
    }

    @Override
    public void setOnJobClicked(Consumer<ScheduledVisit> handler) {
        jobs.setOnClick(handler);
    }

    @Override
    public void setOnTechnicianClicked(LongConsumer handler) {
        technicians.setOnClick(handler);
    }
}

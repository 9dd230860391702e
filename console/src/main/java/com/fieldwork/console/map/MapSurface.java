package com.fieldwork.console.map;

import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import javafx.scene.Node;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** A map a provider draws: the three layers, and a callback when the dispatcher clicks a pin. */
public interface MapSurface {

    Node node();

    /** Clock times in tooltips are the company's. */
    void setZone(ZoneId zone);

    void showTechnicians(List<TechnicianMarker> technicians);

    void showJobs(List<ScheduledVisit> jobs);

    /** The selected technician's stops in driving order; empty to hide the route. */
    void showRoute(List<ScheduledVisit> stops);

    void centre(GeoPoint point, int zoom);

    void setOnJobClicked(Consumer<ScheduledVisit> handler);

    void setOnTechnicianClicked(LongConsumer technicianId);
}

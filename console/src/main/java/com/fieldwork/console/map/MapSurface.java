package com.fieldwork.console.map;

import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.common.GeoPoint;
import javafx.scene.Node;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A map a provider draws: the three layers, and a callback when the dispatcher clicks a pin. Layers may be
 * shown before the surface has started; it draws the latest ones once it has.
 */
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

    /**
     * Reports once, on the FX thread, whether the map could start: {@code ready}, or {@code failed} with why
     * in a sentence (no network, key refused). A surface that works as soon as it is built is ready at once.
     */
    default void whenStarted(Runnable ready, Consumer<String> failed) {
        ready.run();
    }

    /** Lets go of what the surface holds (a web page, timers) when the map switches to another provider. */
    default void dispose() {
    }
}

package com.fieldwork.console.map;

import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Clock;
import java.util.List;

import static com.fieldwork.core.dispatch.DispatchWorld.at;

/**
 * The small day the map's UI tests draw: Robert Diaz (technician 1) seen at 10:25, an emergency at 09:00
 * (visit 11) and a normal job at 11:00 (visit 12, work order 1012), both his, around Denver; it is 10:30.
 */
public final class MapTestDay {

    public static final List<GeoPoint> POINTS = List.of(new GeoPoint(39.70, -104.95), new GeoPoint(39.78, -105.02),
            new GeoPoint(39.74, -104.99));

    private MapTestDay() {
    }

    public static FakeScheduleSource source() {
        FakeScheduleSource source = new FakeScheduleSource();
        source.technician(1, "Robert Diaz");
        source.visit(11, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.EMERGENCY, POINTS.get(0));
        source.visit(12, 1, at(11, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, POINTS.get(1));
        source.ping(1, at(10, 25), POINTS.get(2));
        return source;
    }

    /** A view model over {@link #source()} that reads synchronously. */
    public static MapViewModel model() {
        return new MapViewModel(source(), new SynchronousTaskExecutor(), Clock.fixed(at(10, 30), DispatchWorld.ZONE));
    }
}

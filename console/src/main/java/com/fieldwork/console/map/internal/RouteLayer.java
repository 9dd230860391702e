package com.fieldwork.console.map.internal;

import com.fieldwork.console.schedule.ScheduledVisit;
import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;

import java.util.ArrayList;
import java.util.List;

/** The selected technician's day: lines from stop to stop in driving order, each stop numbered. */
final class RouteLayer extends MapLayer {

    private final Polyline line = new Polyline();
    private final List<Label> numbers = new ArrayList<>();
    private List<ScheduledVisit> stops = List.of();

    RouteLayer() {
        line.getStyleClass().add("route-line");
        line.setMouseTransparent(true);
        getChildren().add(line);
    }

    void show(List<ScheduledVisit> route) {
        stops = List.copyOf(route);
        getChildren().removeAll(numbers);
        numbers.clear();
        for (int i = 0; i < stops.size(); i++) {
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("route-stop-number");
            number.setMouseTransparent(true);
            number.setManaged(false);
            numbers.add(number);
        }
        getChildren().addAll(numbers);
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        List<Double> points = new ArrayList<>(stops.size() * 2);
        for (int i = 0; i < stops.size(); i++) {
            Point2D p = getMapPoint(stops.get(i).location().lat(), stops.get(i).location().lon());
            points.add(p.getX());
            points.add(p.getY());
            Label number = numbers.get(i);
            number.autosize();
            number.relocate(p.getX() + 7, p.getY() - number.getHeight() - 4);
        }
        line.getPoints().setAll(points);
    }
}

package com.fieldwork.console.map.internal;

import com.fieldwork.console.map.JobMarkerStyle;
import com.fieldwork.console.map.MarkerText;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One pin per job, coloured by stage and sized by priority; a click opens the job. */
final class JobLayer extends MapLayer {

    private final List<Pin> pins = new ArrayList<>();
    private Consumer<ScheduledVisit> onClick = job -> { };
    private ZoneId zone = ZoneId.systemDefault();

    void setOnClick(Consumer<ScheduledVisit> handler) {
        onClick = handler;
    }

    void setZone(ZoneId zone) {
        this.zone = zone;
    }

    void show(List<ScheduledVisit> jobs) {
        getChildren().clear();
        pins.clear();
        for (ScheduledVisit job : JobMarkerStyle.drawingOrder(jobs)) {
            Circle circle = new Circle(JobMarkerStyle.radius(job));
            circle.getStyleClass().addAll(JobMarkerStyle.styleClasses(job));
            circle.setId("job-pin-" + job.visitId());
            Tooltip tip = new Tooltip(MarkerText.job(job, zone));
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(circle, tip);
            circle.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    onClick.accept(job);
                    e.consume();
                }
            });
            pins.add(new Pin(job, circle));
            getChildren().add(circle);
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Pin pin : pins) {
            Point2D p = getMapPoint(pin.job.location().lat(), pin.job.location().lon());
            pin.circle.setTranslateX(p.getX());
            pin.circle.setTranslateY(p.getY());
        }
    }

    private record Pin(ScheduledVisit job, Circle circle) {
    }
}

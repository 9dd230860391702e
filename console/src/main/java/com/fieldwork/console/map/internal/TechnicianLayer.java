package com.fieldwork.console.map.internal;

import com.fieldwork.console.map.MarkerText;
import com.fieldwork.console.map.TechnicianMarker;
import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Each technician's last position as a van badge with initials; faded when the phone went quiet. */
final class TechnicianLayer extends MapLayer {

    private static final double SIZE = 22;

    private final List<Badge> badges = new ArrayList<>();
    private LongConsumer onClick = id -> { };
    private ZoneId zone = ZoneId.systemDefault();

    void setOnClick(LongConsumer handler) {
        onClick = handler;
    }

    void setZone(ZoneId zone) {
        this.zone = zone;
    }

    void show(List<TechnicianMarker> technicians) {
        getChildren().clear();
        badges.clear();
        for (TechnicianMarker tech : technicians) {
            Rectangle box = new Rectangle(SIZE, SIZE);
            box.setArcWidth(6);
            box.setArcHeight(6);
            box.getStyleClass().add("technician-badge-box");
            Label initials = new Label(tech.initials());
            initials.getStyleClass().add("technician-badge-text");
            StackPane badge = new StackPane(box, initials);
            badge.getStyleClass().add("technician-badge");
            if (tech.stale()) {
                badge.getStyleClass().add("stale");
            }
            badge.setId("technician-" + tech.technicianId());
            badge.setManaged(false);
            badge.resize(SIZE, SIZE);
            Tooltip tip = new Tooltip(MarkerText.technician(tech, zone));
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(badge, tip);
            badge.setOnMouseClicked(e -> {
                onClick.accept(tech.technicianId());
                e.consume();
            });
            badges.add(new Badge(tech, badge));
            getChildren().add(badge);
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Badge b : badges) {
            Point2D p = getMapPoint(b.tech.position().lat(), b.tech.position().lon());
            b.node.relocate(p.getX() - SIZE / 2, p.getY() - SIZE / 2);
        }
    }

    private record Badge(TechnicianMarker tech, StackPane node) {
    }
}

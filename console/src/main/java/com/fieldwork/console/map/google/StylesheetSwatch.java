package com.fieldwork.console.map.google;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;

import java.util.List;
import java.util.Locale;

/**
 * Reads the map's colours from the app stylesheet, so Google's pins look like OpenStreetMap's and the colours
 * stay in one place (the CSS): a hidden shape in the surface's scene takes the style classes of a pin, and
 * what CSS gave it is turned into the hex colours an SVG icon needs.
 */
final class StylesheetSwatch {

    private final Group host = new Group();

    StylesheetSwatch() {
        host.setVisible(false);
        host.setManaged(false);
    }

    /** Must be in the scene for the stylesheet to reach it. */
    Group node() {
        return host;
    }

    /** The shape as the stylesheet dresses it with these classes (parent classes first, e.g. "stale"). */
    <S extends Shape> Look look(S shape, List<String> parentClasses, List<String> classes) {
        Group parent = new Group(shape);
        parent.getStyleClass().setAll(parentClasses);
        shape.getStyleClass().setAll(classes);
        host.getChildren().setAll(parent);
        parent.applyCss();
        Look look = new Look(hex(shape.getFill()), hex(shape.getStroke()), shape.getStrokeWidth(),
                shape.getOpacity() * parent.getOpacity());
        host.getChildren().clear();
        return look;
    }

    private static String hex(Paint paint) {
        if (!(paint instanceof Color color)) {
            return "none";
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    /** Colours as SVG wants them ("none" for no paint). */
    record Look(String fill, String stroke, double strokeWidth, double opacity) {
    }
}

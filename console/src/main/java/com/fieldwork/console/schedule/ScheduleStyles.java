package com.fieldwork.console.schedule;

import javafx.scene.Parent;

import java.util.Objects;

/** The stylesheet of the map and the calendar, next to the app's theme. */
public final class ScheduleStyles {

    private static final String SHEET = Objects.requireNonNull(ScheduleStyles.class.getResource("schedule-views.css"),
            "schedule-views.css").toExternalForm();

    private ScheduleStyles() {
    }

    public static void apply(Parent view) {
        if (!view.getStylesheets().contains(SHEET)) {
            view.getStylesheets().add(SHEET);
        }
    }
}

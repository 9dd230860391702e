package com.fieldwork.console.technician;

import com.fieldwork.console.schedule.ScheduleStyles;
import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.core.technician.Absence;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Technicians by branch on the left; skills, usual week and absences of the selected one on the right. */
public final class TechnicianView extends BorderPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final TechnicianViewModel model;

    public TechnicianView(TechnicianViewModel model) {
        this.model = model;
        getStyleClass().add("technician-view");
        ScheduleStyles.apply(this);
        ListView<TechnicianSummary> list = new ListView<>(model.technicians());
        list.setId("technician-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TechnicianSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  ·  " + item.branchName());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("map-status");
        VBox.setVgrow(list, Priority.ALWAYS);

        ListView<String> skills = new ListView<>(model.skills());
        skills.setId("technician-skills");
        skills.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("certificate-warning");
                if (!empty && item != null && (item.contains("EXPIRED") || item.contains("expires in"))) {
                    getStyleClass().add("certificate-warning");
                }
            }
        });
        ListView<String> week = new ListView<>(model.week());
        week.setId("technician-week");
        ListView<Absence> absences = new ListView<>(model.absences());
        absences.setId("technician-absences");
        absences.setPlaceholder(new Label("No absence from a month ago to three months ahead"));
        absences.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Absence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : absenceLine(item, model.zone()));
            }
        });
        skills.setPrefHeight(180);
        week.setPrefHeight(200);
        VBox.setVgrow(absences, Priority.ALWAYS);
        SplitPane split = new SplitPane(pane(new Label("Technicians"), list, status),
                pane(new Label("Skills (level, certificate)"), skills, new Label("Usual week"), week,
                        new Label("Absences"), absences));
        split.setDividerPositions(0.32);
        setCenter(split);
    }

    /** "Vacation: Sat 14 Mar – Tue 17 Mar 2026 (Family vacation)"; whole days without the midnight times. */
    static String absenceLine(Absence absence, ZoneId zone) {
        String kind = absence.kind().name().charAt(0)
                + absence.kind().name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        ZonedDateTime start = absence.period().start().atZone(zone);
        ZonedDateTime end = absence.period().end().atZone(zone);
        boolean wholeDays = start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT);
        String span = wholeDays
                ? DAY.format(start) + " – " + DAY.format(end.minusDays(1))
                : WHEN.format(start) + " – " + WHEN.format(end);
        return kind + ": " + span + absence.note().map(n -> " (" + n + ")").orElse("");
    }

    private static VBox pane(Node... children) {
        VBox box = new VBox(6, children);
        box.setPadding(new Insets(8));
        return box;
    }

    public TechnicianViewModel model() {
        return model;
    }
}

package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.recommend.Candidate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Pos;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A ranked technician for the selected job: who, the engine's explanation, and one click to assign. */
final class SuggestionCell extends ListCell<Candidate> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private static final double EXPLANATION_HEIGHT = 96;

    private final Label name = new Label();
    private final Label explanation = new Label();
    private final Button assign = new Button("Assign");
    private final HBox root;
    private final Supplier<ZoneId> zone;

    SuggestionCell(Consumer<Candidate> onAssign, Supplier<ZoneId> zone) {
        this.zone = zone;
        name.getStyleClass().add("suggestion-name");
        explanation.getStyleClass().add("suggestion-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, explanation);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        assign.getStyleClass().add("accent");
        assign.setOnAction(e -> onAssign.accept(getItem()));
        assign.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(6, text, assign);
        root.setAlignment(Pos.CENTER_LEFT);
        // A list cell sizes to its content; bound to the list's width the explanation wraps instead.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Candidate candidate, boolean empty) {
        super.updateItem(candidate, empty);
        if (empty || candidate == null) {
            setPrefHeight(Region.USE_COMPUTED_SIZE);
            setGraphic(null);
            return;
        }
        name.setText((getIndex() + 1) + ". " + candidate.technician().name());
        explanation.setText("From " + TIME.format(candidate.placement().start().atZone(zone.get())) + ": "
                + candidate.explanation());
        assign.setAccessibleText("Assign to " + candidate.technician().name());
        if (getListView() != null) {
            double width = getListView().getWidth() - 30;
            root.setPrefWidth(width);
            root.setMaxWidth(width);
            // a list cell asks its graphic's height without a width, so a wrapped explanation would be cut:
            // room for the name and four lines of explanation, the most the engine's sentences take here
            setPrefHeight(EXPLANATION_HEIGHT);
        }
        setGraphic(root);
    }
}

package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.recommend.Candidate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A ranked technician for the selected job: who, the engine's explanation, and one click to assign. */
final class SuggestionCell extends ListCell<Candidate> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

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
        VBox text = new VBox(2, name, explanation);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        assign.getStyleClass().add("accent");
        assign.setOnAction(e -> onAssign.accept(getItem()));
        root = new HBox(6, text, assign);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Candidate candidate, boolean empty) {
        super.updateItem(candidate, empty);
        if (empty || candidate == null) {
            setGraphic(null);
            return;
        }
        name.setText((getIndex() + 1) + ". " + candidate.technician().name() + " — "
                + TIME.format(candidate.placement().start().atZone(zone.get())));
        explanation.setText(candidate.explanation());
        assign.setAccessibleText("Assign to " + candidate.technician().name());
        setGraphic(root);
    }
}
